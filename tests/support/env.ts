// Where tests find their engines. Postgres: TEST_DATABASE_URL (an admin connection; every test
// file creates its own database named rp_test_*). ClickHouse: chDB in a folder per Jest worker
// (one engine per process), a database per test file.
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** The safety guard of DDH: never run destructive tests on a database whose name lacks "test". */
export function assertTestDatabase(url: string): void {
  const name = new URL(url).pathname.slice(1);
  if (!/test/i.test(name)) throw new Error(`refusing to run tests against database "${name}": its name must contain "test"`);
}
