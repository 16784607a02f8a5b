import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import { Pool } from 'pg';
import type { Captured, Statement } from './api-capture';

// The baseline of the API benchmark: bare fastify, no framework, no auth, no validation, replaying
// the very statements the API issued for the same request (scripts/bench/api-capture.ts): reads
// in parallel, a transaction's statements in order on one connection.
// Run: node dist/scripts/bench/bare-server.js <statements.json>  (PORT, DATABASE_URL)

const captured = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Captured;
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const app = Fastify({ logger: false });

const inTransaction = (s: Statement[]) => s.some((x) => /^\s*BEGIN/i.test(x.text));

async function replay(statements: Statement[]) {
  if (!inTransaction(statements)) {
    const results = await Promise.all(statements.map((s) => pool.query(s.text, s.values)));
    return results.map((r) => r.rowCount);
  }
  const c = await pool.connect();
  try {
    const counts: (number | null)[] = [];
    for (const s of statements) counts.push((await c.query(s.text, s.values)).rowCount);
    return counts;
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
}

app.get('/bare/case', async () => ({ rows: await replay(captured.caseGet) }));
app.post('/bare/consultation', async (_req, reply) => reply.code(201).send({ rows: await replay(captured.consultationPost) }));

app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' }).then(() => console.log('ready'));
