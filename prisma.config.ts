// Prisma's CLI otherwise downloads native engines (fails offline, architecture.md).
// engine "js" + a driver adapter keeps `generate` and `migrate diff` fully offline; the CLI
// also needs DATABASE_URL to be set merely to parse the schema, so a placeholder is given.
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';

process.env.DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/postgres';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  engine: 'js',
  experimental: { adapter: true },
  async adapter() {
    // A short idle timeout lets the CLI exit at once instead of holding an idle connection for 10 s.
    return new PrismaPg({ connectionString: process.env.DATABASE_URL, idleTimeoutMillis: 50 });
  },
});
