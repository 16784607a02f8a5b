// COPY … FROM STDIN of pre-encoded text chunks, on the seed's single transaction client.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** COPY statement for a table and its column list, text format (tab-separated, \N for NULL). */
export function copySql(table: string, columns: readonly string[]): string {
  return `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) FROM STDIN`;
}

/**
 * Stream chunks into one COPY; resolves with the row count PostgreSQL reports. pipeline()
 * gives back-pressure (socket drain) and turns a COPY error into a rejection.
 */
export async function copyChunks(client: PoolClient, table: string, columns: readonly string[], chunks: Buffer[]): Promise<number> {
  if (chunks.length === 0) return 0;
  const stream = client.query(copyFrom(copySql(table, columns)));
  await pipeline(Readable.from(chunks, { objectMode: false }), stream);
  return stream.rowCount;
}
