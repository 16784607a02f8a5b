import type { Pool } from 'pg';
import type { ClickHouse } from '../../etl/src/clickhouse/client';
import { EtlStreams } from '../../etl/src/sync/streams';
import { compileIndicator } from '../../api/src/indicators/query-builder';
import { INDICATORS } from '../../api/src/indicators/registry';
import { compileRollup } from '../../api/src/indicators/rollup-builder';
import { shanghaiDate } from '../../api/src/cases/due-date';
import { summarise, type Summary } from './stats';

// Freshness: commit → visible in an indicator, under a steady stream of writes. Writers insert
// consultations (each its own transaction, acknowledged = committed) at the target rate while the
// ETL runs back to back; a poller reads 咨询量 for the current month through the same query the
// API would run (the rollup path). When the indicator has grown by k, the k earliest acknowledged
// writes are visible: latency = first time seen − acknowledgement (visibility follows commit
// order, as the ETL moves transactions below the snapshot horizon).

export interface FreshnessResult {
  targetPerSec: number;
  achievedPerSec: number;
  writes: number;
  seen: number;
  latencyMs: Summary;
  etlRuns: number;
  seconds: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function benchFreshness(pool: Pool, ch: ClickHouse, opts: { perSec: number; seconds: number; log: (l: string) => void }): Promise<FreshnessResult> {
  const streams = new EtlStreams(pool, ch, 10_000);
  await streams.runOnce(); // start from a caught-up state
  const today = shanghaiDate(new Date());
  const month = today.slice(0, 7);
  const ind = INDICATORS.get('consultation-count')!;
  const q = { grain: 'total' as const, groupBy: 'none' as const, fromDate: `${month}-01`, toExclusive: nextMonth(month), path: '/140500/', today };
  const compiled = compileRollup(ind, q) ?? compileIndicator(ind, q);
  const visible = async () => {
    const rs = await ch.client.query({ query: compiled.sql, query_params: compiled.params, format: 'JSONEachRow' });
    const [row] = await rs.json<{ num: string | number }>();
    return Number(row?.num ?? 0);
  };
  const template = (await pool.query<{ id: number }>('SELECT id FROM consultations ORDER BY id LIMIT 200')).rows.map((r) => r.id);
  if (!template.length) throw new Error('no consultations to copy: seed first');

  const base = await visible();
  const acks: number[] = [];
  let running = true;
  let stopAt = Infinity;
  let etlRuns = 0;
  const etl = (async () => {
    while (running) {
      await streams.runOnce().catch((e) => opts.log(`ETL 运行失败（将重试）: ${(e as Error).message}`));
      etlRuns++;
    }
  })();
  const latencies: number[] = [];
  let seen = 0;
  const poller = (async () => {
    while (running || seen < acks.length) {
      const k = (await visible()) - base;
      const now = Date.now();
      // Acknowledgements arrive out of order across connections: compare against the sorted list.
      const sorted = acks.slice().sort((a, b) => a - b);
      for (; seen < Math.min(k, sorted.length); seen++) latencies.push(now - sorted[seen]);
      if (!running && Date.now() - stopAt > 30_000) break; // give up on stragglers after 30 s
      await sleep(50);
    }
  })();

  const write = (i: number) => pool.query(
    `INSERT INTO consultations (station_id, agent_id, channel, citizen_name, citizen_phone_enc, citizen_phone_masked, item_id, topic, content, status, due_date, created_at, updated_at)
     SELECT station_id, agent_id, channel, citizen_name, citizen_phone_enc, citizen_phone_masked, item_id, topic, content, status, due_date, now(), now()
     FROM consultations WHERE id = $1`, [template[i % template.length]]).then(() => { acks.push(Date.now()); });
  const started = Date.now();
  let issued = 0;
  const inFlight = new Set<Promise<void>>();
  const tickMs = 20;
  while (Date.now() - started < opts.seconds * 1000) {
    const due = Math.floor(((Date.now() - started) / 1000) * opts.perSec);
    while (issued < due && inFlight.size < 64) {
      const p: Promise<void> = write(issued++).finally(() => inFlight.delete(p));
      inFlight.add(p);
    }
    if ((Date.now() - started) % 10_000 < tickMs) opts.log(`新鲜度：已写入 ${acks.length} 条，已可见 ${seen} 条`);
    await sleep(tickMs);
  }
  await Promise.all(inFlight);
  const seconds = (Date.now() - started) / 1000;
  stopAt = Date.now();
  running = false;
  await etl;
  // One more pass so the last writes are counted, then stop polling.
  await streams.runOnce().catch(() => undefined);
  await poller;
  return { targetPerSec: opts.perSec, achievedPerSec: acks.length / seconds, writes: acks.length, seen, latencyMs: summarise(latencies), etlRuns, seconds };
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}
