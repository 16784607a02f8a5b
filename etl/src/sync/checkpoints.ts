import type { ClickHouse } from '../clickhouse/client';

export interface Checkpoint { position: string; rowsMoved: number; updatedAt: string }

export async function readCheckpoint(ch: ClickHouse, stream: string): Promise<Checkpoint | undefined> {
  const rs = await ch.client.query({
    query: 'SELECT toString(position) AS position, rows_moved, toString(updated_at) AS updated_at FROM etl_checkpoints FINAL WHERE stream = {stream:String}',
    query_params: { stream },
    format: 'JSONEachRow',
  });
  const [row] = await rs.json<{ position: string; rows_moved: string | number; updated_at: string }>();
  return row ? { position: row.position, rowsMoved: Number(row.rows_moved), updatedAt: row.updated_at } : undefined;
}

export async function writeCheckpoint(ch: ClickHouse, stream: string, position: string, rowsMoved: number): Promise<void> {
  await ch.client.insert({
    table: 'etl_checkpoints',
    values: [{ stream, position, rows_moved: rowsMoved, updated_at: new Date().toISOString().slice(0, 23).replace('T', ' ') }],
    format: 'JSONEachRow',
  });
}
