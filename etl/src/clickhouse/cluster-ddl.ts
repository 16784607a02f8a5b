// Cluster mode (issue 7): a province (≈10× Jincheng) or the country (≈200×) outgrows one
// ClickHouse node. With CLICKHOUSE_CLUSTER set, the migration runner rewrites each statement of
// the single-node migrations (the one schema, written once) into its cluster form:
//   CREATE TABLE t (…) ENGINE = XMergeTree(args) …  →  t_local ON CLUSTER with ReplicatedXMergeTree
//       (ZooKeeper/Keeper path per shard and table, replica macro), plus t ON CLUSTER as a
//       Distributed table over t_local, sharded by the table's key so every version of a row lands
//       on one shard (ReplacingMergeTree only replaces within a shard) — readers keep using `t`;
//   CREATE TABLE s AS t                        →  s_local AS t_local and s AS t (Distributed);
//   ALTER TABLE t …                            →  the same on t_local and t, ON CLUSTER.
// Pure string rewriting of the statement shapes our migrations use; anything else is refused so a
// new shape cannot slip into a cluster unconverted.

export interface ClusterOptions {
  cluster: string;
  /** Keeper path prefix; {shard} and {replica} are server macros. */
  zkPrefix?: string;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CREATE = /^CREATE TABLE IF NOT EXISTS (\w+)\s*\(([\s\S]*)\)\s*ENGINE\s*=\s*(\w*MergeTree)(?:\(([^)]*)\))?([\s\S]*)$/i;
const CREATE_AS = /^CREATE TABLE IF NOT EXISTS (\w+) AS (\w+)$/i;
const ALTER = /^ALTER TABLE (\w+) ([\s\S]+)$/i;

export class UnsupportedDdl extends Error {}

/** The sharding key of a table: its Postgres key (the last column of ORDER BY). */
export function shardingKey(tail: string): string {
  const order = /ORDER BY\s*\(?([^)\n;]+)\)?/i.exec(tail);
  if (!order) return 'rand()';
  const cols = order[1].split(',').map((c) => c.trim()).filter(Boolean);
  const last = cols[cols.length - 1];
  return IDENT.test(last) ? `cityHash64(${last})` : 'rand()';
}

export function clusterStatements(statement: string, o: ClusterOptions): string[] {
  if (!IDENT.test(o.cluster)) throw new UnsupportedDdl(`cluster name ${o.cluster}`);
  const on = `ON CLUSTER ${o.cluster}`;
  const s = statement.trim().replace(/;$/, '');
  const zk = o.zkPrefix ?? '/clickhouse/tables/{shard}/{database}';
  let m = CREATE.exec(s);
  if (m) {
    const [, name, columns, engine, args, tail] = m;
    const replicatedArgs = [`'${zk}/${name}_local'`, `'{replica}'`, ...(args?.trim() ? [args.trim()] : [])].join(', ');
    return [
      `CREATE TABLE IF NOT EXISTS ${name}_local ${on} (${columns}) ENGINE = Replicated${engine}(${replicatedArgs})${tail}`,
      `CREATE TABLE IF NOT EXISTS ${name} ${on} AS ${name}_local ENGINE = Distributed(${o.cluster}, currentDatabase(), ${name}_local, ${shardingKey(tail)})`,
    ];
  }
  m = CREATE_AS.exec(s);
  if (m) {
    const [, name, source] = m;
    return [
      `CREATE TABLE IF NOT EXISTS ${name}_local ${on} AS ${source}_local`,
      `CREATE TABLE IF NOT EXISTS ${name} ${on} AS ${source}`,
    ];
  }
  m = ALTER.exec(s);
  if (m) {
    const [, name, rest] = m;
    return [`ALTER TABLE ${name}_local ${on} ${rest}`, `ALTER TABLE ${name} ${on} ${rest}`];
  }
  throw new UnsupportedDdl(`no cluster form for: ${s.slice(0, 80)}`);
}
