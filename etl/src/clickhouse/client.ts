import { Readable } from 'node:stream';
import { createClient, type ClickHouseClient } from '@clickhouse/client';

// One ClickHouse client for both paths: a real server (CLICKHOUSE_URL) or chDB, the engine
// in-process, plugged into the same @clickhouse/client through chdb/connection. Callers write
// the same unqualified SQL on both: the server gets `database` per request, chDB (which ignores
// that option, measured) gets a session-wide USE.

export interface ClickHouseOptions {
  url?: string;
  username?: string;
  password?: string;
  database: string;
  chdbPath: string;
  /** Cluster name (server only): DDL ON CLUSTER, Distributed tables over replicated local ones. */
  cluster?: string;
}

export interface ClickHouse {
  client: ClickHouseClient;
  database: string;
  embedded: boolean;
  cluster?: string;
  /** Creates the database if needed and makes it current; safe to call again (e.g. after an outage). */
  ready(): Promise<void>;
  /** Inserts whole lines of TabSeparated (the backfill's COPY text) without parsing them in JavaScript. */
  insertTsv(table: string, columns: string[], body: Buffer): Promise<void>;
  close(): Promise<void>;
}

// chDB returns UInt64 as JSON numbers where a server quotes them (architecture.md): pin it.
const settings = { output_format_json_quote_64bit_integers: 1, date_time_input_format: 'best_effort' } as const;

export function openClickHouse(opts: ClickHouseOptions): ClickHouse {
  if (opts.url) {
    const client = createClient({ url: opts.url, username: opts.username, password: opts.password, database: opts.database, clickhouse_settings: settings, request_timeout: 60_000 });
    const admin = createClient({ url: opts.url, username: opts.username, password: opts.password, clickhouse_settings: settings });
    return {
      client,
      database: opts.database,
      embedded: false,
      cluster: opts.cluster,
      async ready() {
        await admin.command({ query: `CREATE DATABASE IF NOT EXISTS ${opts.database}${opts.cluster ? ` ON CLUSTER ${opts.cluster}` : ''}` });
      },
      async insertTsv(table, columns, body) {
        await client.insert({ table, values: Readable.from([body], { objectMode: false }), format: 'TabSeparated', columns: columns as [string, ...string[]] });
      },
      async close() {
        await Promise.all([client.close(), admin.close()]);
      },
    };
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createChdbConnection } = require('chdb/connection') as typeof import('chdb/connection');
  const connection = createChdbConnection({ path: opts.chdbPath });
  const client = createClient({ connection, clickhouse_settings: settings } as Parameters<typeof createClient>[0]);
  return {
    client,
    database: opts.database,
    embedded: true,
    async ready() {
      // opts.database is validated as an identifier in config; DDL cannot take bound identifiers here.
      await client.command({ query: `CREATE DATABASE IF NOT EXISTS ${opts.database}` });
      await client.command({ query: `USE ${opts.database}` });
    },
    async insertTsv(table, columns, body) {
      // The raw passthrough: the Buffer goes to the engine as is and its parser runs on several
      // threads. Through @clickhouse/client, chdb/connection first decodes the whole body into a
      // JavaScript string and concatenates it to the INSERT: one core was busy with that alone.
      await connection.chdb.rawInsert({ table: `${opts.database}.${table}`, values: body, format: 'TabSeparated', columns });
    },
    async close() {
      await client.close();
    },
  };
}

/** Empties a table; in cluster mode the data lives in the shards' local tables. */
export function truncateStatement(ch: Pick<ClickHouse, 'cluster'>, table: string): string {
  return ch.cluster ? `TRUNCATE TABLE IF EXISTS ${table}_local ON CLUSTER ${ch.cluster}` : `TRUNCATE TABLE IF EXISTS ${table}`;
}
