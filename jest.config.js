// Tiers (architecture.md): pure unit specs sit next to the code (*.spec.ts[x]); integration,
// start-path and browser tests live in tests/ (*.test.ts) and talk to real Postgres and chDB.
const swc = ['@swc/jest', {
  jsc: {
    parser: { syntax: 'typescript', decorators: true, tsx: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
}];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/api', '<rootDir>/etl', '<rootDir>/prisma', '<rootDir>/web/src', '<rootDir>/scripts', '<rootDir>/tests'],
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.js'],
  testTimeout: 60000,
};
