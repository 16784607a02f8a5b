import type { Pool } from 'pg';
import type { PiiCipher } from './pii-cipher';
import { withClient } from '../../../etl/src/sync/snapshot';

// Key rotation of personal data at rest: every ciphertext not written under the current key is
// decrypted with its own (older) key and encrypted again with the current one, in batches, each
// batch in its own transaction, so the job can stop and resume at any point.

const COLUMNS: { table: string; columns: string[] }[] = [
  { table: 'cases', columns: ['citizen_phone_enc', 'citizen_id_enc'] },
  { table: 'consultations', columns: ['citizen_phone_enc'] },
  // DB1405 8.2.3: the optional contact of a public suggestion.
  { table: 'suggestions', columns: ['contact_enc'] },
];

export async function rotatePii(pool: Pool, pii: PiiCipher, opts: { batch?: number; onProgress?: (done: number) => void } = {}): Promise<number> {
  const batch = opts.batch ?? 2000;
  const current = `${pii.currentKeyId}.%`;
  let done = 0;
  for (const { table, columns } of COLUMNS) {
    const stale = columns.map((c) => `(${c} IS NOT NULL AND ${c} NOT LIKE $1)`).join(' OR ');
    for (;;) {
      const n = await withClient(pool, async (client) => {
        try {
          await client.query('BEGIN');
          const { rows } = await client.query(`SELECT id, ${columns.join(', ')} FROM ${table} WHERE ${stale} ORDER BY id LIMIT ${batch} FOR UPDATE SKIP LOCKED`, [current]);
          for (const r of rows) {
            const values = columns.map((c) => (r[c] && pii.isStale(r[c]) ? pii.encrypt(pii.decrypt(r[c])) : r[c]));
            await client.query(`UPDATE ${table} SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE id = $1`, [r.id, ...values]);
          }
          await client.query('COMMIT');
          return rows.length;
        } catch (e) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw e;
        }
      });
      done += n;
      opts.onProgress?.(done);
      if (n < batch) break;
    }
  }
  return done;
}
