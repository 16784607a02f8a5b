// Entry point of the demo-data seed: a realistic, deterministic Jincheng written into an empty,
// migrated database in ONE transaction (an interrupted seed leaves nothing behind).
import { hash } from '@node-rs/argon2';
import { Presets, SingleBar } from 'cli-progress';
import type { Pool, PoolClient } from 'pg';
import { isoToDayNumber } from '../../api/src/calendar/working-days';
import { seedHandoffs } from './handoffs';
import type { PiiCipher } from '../../api/src/privacy/pii-cipher';
import { SeedClock } from './clock';
import { copyChunks } from './copy-loader';
import { DEMO_USERS } from './demo-users';
import { writeCatalogueVersions } from './catalogue-versions';
import { BULK_COLUMNS, BulkBuffers, BulkTable, DayGenerator } from './generate';
import { RowBuffer } from './row-buffer';
import { seedRegisters } from './registers';
import { dropKeysAndIndexes, restoreKeysAndIndexes, syncSequences } from './schema-ops';
import { STATIC_COLUMNS, staticRows } from './static-rows';
import { dailyCounts, dailyWeights } from './volume';
import { buildWorld, World } from './world';

export interface SeedOptions {
  cases: number;
  seed?: number /* default 20241 */;
  today?: string /* 'YYYY-MM-DD', default today's date in Asia/Shanghai */;
  demoPassword: string;
  /** Encrypts citizens' phone and ID numbers at rest (issue 3, PIPL). */
  pii: PiiCipher;
  progress?: boolean /* show a cli-progress bar on stderr */;
}

export interface SeedSummary {
  regions: number;
  stations: number;
  agents: number;
  users: number;
  catalogueItems: number;
  consultations: number;
  cases: number;
  caseEvents: number;
  evaluations: number;
  evaluationTokens: number;
  rectifications: number;
  surveyCalls: number;
  suggestions: number;
  notifications: number;
  seconds: number;
}

export const DEFAULT_SEED = 20241;
/** Stand-alone consultations per case; converted ones (≈0.06 per case) come on top, ≈0.6 in all. */
const CONSULTATIONS_PER_CASE = 0.54;
/** Cases per COPY batch: big enough to amortise a COPY, small enough to overlap with generation. */
const BATCH_CASES = 25_000;
const BULK_TABLES = Object.keys(BULK_COLUMNS) as BulkTable[];
const ALL_TABLES = [...Object.keys(STATIC_COLUMNS), 'users', ...BULK_TABLES, 'app_meta'];

export function todayInShanghai(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The same calendar day 24 months earlier (29 February falls back to the 28th). */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const yy = Math.floor(total / 12);
  const mm = (total % 12) + 1;
  const last = new Date(Date.UTC(yy, mm, 0)).getUTCDate();
  return `${yy}-${String(mm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export async function isSeeded(pool: Pool): Promise<boolean> {
  const { rows } = await pool.query<{ seeded: boolean }>(`SELECT EXISTS (SELECT 1 FROM app_meta WHERE key = 'seed') AS seeded`);
  return rows[0].seeded;
}

function validate(opts: SeedOptions, today: string): void {
  if (!Number.isInteger(opts.cases) || opts.cases < 0) throw new Error(`cases must be a non-negative integer: ${opts.cases}`);
  if (opts.seed !== undefined && !Number.isInteger(opts.seed)) throw new Error(`seed must be an integer: ${opts.seed}`);
  isoToDayNumber(today); // throws on a malformed date
  if (!opts.demoPassword) throw new Error('demoPassword must not be empty');
}

export async function seedDatabase(pool: Pool, opts: SeedOptions): Promise<SeedSummary> {
  const started = performance.now();
  const seed = opts.seed ?? DEFAULT_SEED;
  const today = opts.today ?? todayInShanghai();
  validate(opts, today);

  const world = buildWorld(seed);
  const start = monthsBefore(today, 24);
  const clock = SeedClock.forWindow(start, today);
  const firstDay = isoToDayNumber(start);
  const todayNumber = isoToDayNumber(today);
  // the window ends yesterday: nothing is dated after the moment the seed says "now" begins
  const weights = dailyWeights(clock, firstDay, todayNumber - 1, seed);
  const caseCounts = dailyCounts(weights, opts.cases);
  const consultCounts = dailyCounts(weights, Math.round(opts.cases * CONSULTATIONS_PER_CASE));
  // hashing is slow on purpose; do it before the transaction opens
  const hashes = await Promise.all(DEMO_USERS.map(() => hash(opts.demoPassword)));
  const createdAt = `${clock.iso(firstDay - 7)} 09:00:00+08`;

  const client = await pool.connect();
  const bar = opts.progress ? new SingleBar({ stream: process.stderr, format: '生成演示数据 seeding [{bar}] {percentage}% | {value}/{total} cases | {duration}s' }, Presets.shades_classic) : null;
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL synchronous_commit = off');
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    await client.query(`SET LOCAL work_mem = '64MB'`);
    // serialise concurrent seeds, then refuse a second one
    await client.query('LOCK TABLE app_meta IN SHARE ROW EXCLUSIVE MODE');
    const seeded = await client.query(`SELECT 1 FROM app_meta WHERE key = 'seed'`);
    if (seeded.rowCount) throw new Error('数据库已经写入过演示数据 (the database is already seeded: app_meta has key "seed")');
    const nonEmpty = await client.query('SELECT 1 FROM regions LIMIT 1');
    if (nonEmpty.rowCount) throw new Error('数据库不是空的，演示数据只能写入刚迁移的空库 (the database is not empty; seed only a freshly migrated database)');

    for (const [table, rows] of staticRows(world, createdAt)) await copyChunks(client, table, STATIC_COLUMNS[table], rows.take());
    await seedRegisters(client, world, { seed, today, createdAt }); // DB1405 5.1 zones/facilities/location, 5.2.4 trainings
    await writeCatalogueVersions(client, world.items, start, createdAt);
    const actors = await insertUsers(client, world, hashes, createdAt);

    const plan = await dropKeysAndIndexes(client, BULK_TABLES);
    const gen = new DayGenerator(world, clock, todayNumber, { seed, actors, protect: (v) => opts.pii.encrypt(v) });
    bar?.start(opts.cases, 0);
    await generateAndLoad(client, gen, firstDay, caseCounts, consultCounts, (n) => bar?.increment(n));
    bar?.stop();
    await restoreKeysAndIndexes(client, plan);
    await seedHandoffs(client); // after the events' indexes are back: it looks events up by case
    await syncSequences(client, ALL_TABLES);
    await client.query(`ANALYZE ${ALL_TABLES.map((t) => `"${t}"`).join(', ')}`);

    const finishedAt = new Date().toISOString();
    await client.query(`INSERT INTO app_meta (key, value, updated_at) VALUES ('seed', $1, $2)`, [
      JSON.stringify({ cases: opts.cases, seed, today, finishedAt }),
      finishedAt,
    ]);
    await client.query('COMMIT');
    const c = gen.counts;
    return {
      regions: world.regions.length,
      stations: world.stations.length,
      agents: world.agents.length,
      users: DEMO_USERS.length,
      catalogueItems: world.items.length,
      consultations: c.consultations,
      cases: c.cases,
      caseEvents: c.caseEvents,
      evaluations: c.evaluations,
      evaluationTokens: c.evaluationTokens,
      rectifications: c.rectifications,
      surveyCalls: c.surveyCalls,
      suggestions: c.suggestions,
      notifications: c.notifications,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
  } catch (e) {
    bar?.stop();
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

/**
 * Generate day by day and COPY in batches. While PostgreSQL ingests one batch, the next one is
 * generated (the event loop is yielded after every day so the socket keeps being fed), which
 * keeps both cores of a small machine busy.
 */
async function generateAndLoad(
  client: PoolClient,
  gen: DayGenerator,
  firstDay: number,
  caseCounts: number[],
  consultCounts: number[],
  onProgress: (cases: number) => void,
): Promise<void> {
  const newBuffers = (): BulkBuffers =>
    Object.fromEntries(BULK_TABLES.map((t) => [t, new RowBuffer()])) as BulkBuffers;
  let buffers = newBuffers();
  let batchCases = 0;
  let pending: Promise<void> = Promise.resolve();
  let failure: unknown = null;
  const load = async (chunks: Array<[BulkTable, Buffer[]]>) => {
    for (const [table, c] of chunks) await copyChunks(client, table, BULK_COLUMNS[table], c);
  };
  for (let i = 0; i < caseCounts.length; i++) {
    gen.generateDay(firstDay + i, caseCounts[i], consultCounts[i], buffers);
    batchCases += caseCounts[i];
    onProgress(caseCounts[i]);
    const last = i === caseCounts.length - 1;
    if (last) gen.finish(buffers); // 回访 batches and suggestions go with the last batch
    if (batchCases >= BATCH_CASES || last) {
      const chunks = BULK_TABLES.map((t) => [t, buffers[t].take()] as [BulkTable, Buffer[]]);
      buffers = newBuffers();
      batchCases = 0;
      await pending;
      if (failure) throw failure;
      pending = load(chunks).catch((e) => {
        failure = e;
      });
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (failure) throw failure;
  }
  await pending;
  if (failure) throw failure;
}

async function insertUsers(client: PoolClient, world: World, hashes: string[], createdAt: string) {
  const scope: Record<string, [region: string, display: string, station: number | null, agent: number | null]> = {
    admin: ['140500', '系统管理员', null, null],
    leader: ['140500', '市局领导', null, null],
    county: [world.demo.countyCode, '阳城县领导', null, null],
    reviewer: [world.demo.townshipCode, '凤城镇审核员', null, null],
    agent: [world.demo.villageCode, world.demo.agentName, world.demo.stationId, world.demo.agentId],
  };
  const ids: Record<string, number> = {};
  for (const [i, u] of DEMO_USERS.entries()) {
    const [region, display, station, agent] = scope[u.username];
    ids[u.username] = i + 1;
    await client.query(
      `INSERT INTO users (id, username, password_hash, display_name, role, region_code, station_id, agent_id, active, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true, $9)`,
      [i + 1, u.username, hashes[i], display, u.role, region, station, agent, createdAt],
    );
  }
  return { agentUserId: ids.agent, reviewerUserId: ids.reviewer };
}
