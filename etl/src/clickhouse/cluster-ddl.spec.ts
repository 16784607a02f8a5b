import { readChMigrations } from './migrate';
import { clusterStatements, shardingKey, UnsupportedDdl } from './cluster-ddl';

const o = { cluster: 'province' };

describe('ClickHouse cluster mode DDL (issue 7)', () => {
  it('turns a ReplacingMergeTree fact into a replicated local table and a Distributed table sharded by its key', () => {
    const [local, dist] = clusterStatements(`CREATE TABLE IF NOT EXISTS cases
(
    id UInt32,
    version UInt32,
    is_deleted UInt8 DEFAULT 0
)
ENGINE = ReplacingMergeTree(version, is_deleted)
PARTITION BY toYYYYMM(created_at)
ORDER BY (county_code, township_code, id)`, o);
    expect(local).toContain('CREATE TABLE IF NOT EXISTS cases_local ON CLUSTER province');
    expect(local).toContain(`ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/cases_local', '{replica}', version, is_deleted)`);
    expect(local).toContain('ORDER BY (county_code, township_code, id)');
    expect(dist).toBe('CREATE TABLE IF NOT EXISTS cases ON CLUSTER province AS cases_local ENGINE = Distributed(province, currentDatabase(), cases_local, cityHash64(id))');
  });

  it('keeps engines without arguments and copies AS tables and ALTERs to both layers', () => {
    const [local] = clusterStatements('CREATE TABLE IF NOT EXISTS case_events (id UInt64) ENGINE = ReplacingMergeTree PARTITION BY toYYYYMM(at) ORDER BY id', o);
    expect(local).toContain(`ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/case_events_local', '{replica}')`);
    expect(clusterStatements('CREATE TABLE IF NOT EXISTS case_rollup_stage AS case_rollup', o)).toEqual([
      'CREATE TABLE IF NOT EXISTS case_rollup_stage_local ON CLUSTER province AS case_rollup_local',
      'CREATE TABLE IF NOT EXISTS case_rollup_stage ON CLUSTER province AS case_rollup',
    ]);
    expect(clusterStatements('ALTER TABLE cases ADD COLUMN IF NOT EXISTS working_days Nullable(Int32) AFTER paused_days', o)).toEqual([
      'ALTER TABLE cases_local ON CLUSTER province ADD COLUMN IF NOT EXISTS working_days Nullable(Int32) AFTER paused_days',
      'ALTER TABLE cases ON CLUSTER province ADD COLUMN IF NOT EXISTS working_days Nullable(Int32) AFTER paused_days',
    ]);
  });

  it('shards by the last ORDER BY column (the Postgres key), so all versions of a row meet on one shard', () => {
    expect(shardingKey('ORDER BY (county_code, township_code, id)')).toBe('cityHash64(id)');
    expect(shardingKey('ORDER BY code')).toBe('cityHash64(code)');
    expect(shardingKey('ORDER BY (basis, county_code, township_code, item_id)')).toBe('cityHash64(item_id)');
  });

  it('converts every statement of every migration, and refuses shapes it does not know', () => {
    let n = 0;
    for (const m of readChMigrations()) {
      for (const st of m.statements) {
        const out = clusterStatements(st, o);
        expect(out.length).toBe(2);
        for (const s of out) expect(s).toContain('ON CLUSTER province');
        n++;
      }
    }
    expect(n).toBeGreaterThan(10);
    expect(() => clusterStatements('DROP TABLE cases', o)).toThrow(UnsupportedDdl);
    expect(() => clusterStatements('CREATE TABLE IF NOT EXISTS x (a UInt8) ENGINE = Memory', o)).toThrow(UnsupportedDdl);
    expect(() => clusterStatements('CREATE TABLE IF NOT EXISTS x AS y', { cluster: 'a; DROP' })).toThrow(UnsupportedDdl);
  });
});
