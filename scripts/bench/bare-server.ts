import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import { Pool } from 'pg';
import type { Captured, Statement } from './api-capture';

// The baseline of the API benchmark: bare fastify, no framework, no auth, no validation, replaying
// the very statements the API issued for the same request (scripts/bench/api-capture.ts) one after
// another, as a plain handler would, and answering with the rows of the last one (a handler sends
// what it read; answering with row counts only left out the cost of turning rows into JSON).
// Run: node dist/scripts/bench/bare-server.js <statements.json>  (PORT, DATABASE_URL)

const captured = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Captured;
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const app = Fastify({ logger: false });

async function replay(statements: Statement[]) {
  const c = await pool.connect();
  try {
    let rows: unknown[] = [];
    for (const s of statements) {
      const r = await c.query(s.text, s.values);
      if (r.rows.length) rows = r.rows;
    }
    return rows;
  } catch (e) {
    if (statements.some((x) => /^\s*BEGIN/i.test(x.text))) await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
}

app.get('/bare/case', async () => ({ rows: await replay(captured.caseGet) }));
app.post('/bare/consultation', async (_req, reply) => reply.code(201).send({ rows: await replay(captured.consultationPost) }));

app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' }).then(() => console.log('ready'));
