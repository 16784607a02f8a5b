import { truncateStatement, type ClickHouse } from '../clickhouse/client';
import { ROLLUPS } from './rollup-defs';

/** First day of the month of a 'YYYY-MM-DD' date. */
export const monthOf = (isoDate: string) => `${isoDate.slice(0, 7)}-01`;

/** The local (Asia/Shanghai) first-of-month of an instant. */
export function localMonth(d: Date): string {
  return monthOf(new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10));
}

/**
 * The months of case_rollup's 'due' basis a changed case may have moved between. A due date only
 * ever moves later (补正 and 中止 pauses, approved extensions) and never before acceptance, so
 * every month from the acceptance month to the current due month is refreshed: the one the case
 * left included, although its old due date is no longer known.
 */
export function dueMonths(c: { accepted_at: Date | null; due_date: string | null }): string[] {
  if (!c.due_date) return [];
  const last = monthOf(c.due_date);
  let m = c.accepted_at ? localMonth(c.accepted_at) : last;
  const out: string[] = [];
  for (let i = 0; m <= last && i < 36; i++) {
    out.push(m);
    const y = Number(m.slice(0, 4));
    const mo = Number(m.slice(5, 7));
    m = mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, '0')}-01`;
  }
  if (out[out.length - 1] !== last) out.push(last); // beyond three years: the due month itself
  return out;
}

const yyyymm = (month: string) => {
  if (!/^\d{4}-\d{2}-01$/.test(month)) throw new Error(`not a month start: ${month}`);
  return Number(month.slice(0, 4) + month.slice(5, 7));
};

/**
 * Recomputes the given months of every rollup whose fact table changed, and swaps each month in
 * atomically. `touched` maps a fact table (cases, evaluations, consultations) to the months its
 * changed rows fall in. A month that no longer has rows is dropped.
 */
export async function refreshRollups(ch: ClickHouse, touched: Record<string, Iterable<string>>): Promise<number> {
  let refreshed = 0;
  for (const def of ROLLUPS) {
    const months = [...new Set(touched[def.fact] ?? [])].sort();
    if (!months.length) continue;
    // Cluster mode: the partition swap happens on every shard's local tables (docs/scaling.md).
    const local = (t: string) => (ch.cluster ? `${t}_local ON CLUSTER ${ch.cluster}` : t);
    await ch.client.command({ query: truncateStatement(ch, def.stage) });
    await ch.client.command({ query: def.fill, query_params: { months }, clickhouse_settings: ch.cluster ? { insert_distributed_sync: 1 } : {} });
    const rs = await ch.client.query({ query: `SELECT DISTINCT toYYYYMM(month) AS p FROM ${def.stage}`, format: 'JSONEachRow' });
    const filled = new Set((await rs.json<{ p: number | string }>()).map((r) => Number(r.p)));
    for (const m of months) {
      const p = yyyymm(m); // an integer we computed: safe to place in the statement
      await ch.client.command({
        query: filled.has(p)
          ? `ALTER TABLE ${local(def.table)} REPLACE PARTITION ${p} FROM ${ch.cluster ? `${def.stage}_local` : def.stage}`
          : `ALTER TABLE ${local(def.table)} DROP PARTITION ${p}`,
      });
    }
    await ch.client.command({ query: truncateStatement(ch, def.stage) });
    refreshed += months.length;
  }
  return refreshed;
}

/** Every month of every rollup from scratch (after a backfill). */
export async function rebuildRollups(ch: ClickHouse): Promise<void> {
  const months = async (sql: string) => {
    const rs = await ch.client.query({ query: sql, format: 'JSONEachRow' });
    return (await rs.json<{ m: string }>()).map((r) => r.m);
  };
  const caseMonths = await months(`SELECT DISTINCT toString(toStartOfMonth(d)) AS m FROM (
      SELECT toDate(created_at, 'Asia/Shanghai') AS d FROM cases
      UNION ALL SELECT toDate(assumeNotNull(accepted_at), 'Asia/Shanghai') FROM cases WHERE isNotNull(accepted_at)
      UNION ALL SELECT assumeNotNull(completed_date) FROM cases WHERE isNotNull(completed_date)
      UNION ALL SELECT assumeNotNull(due_date) FROM cases WHERE isNotNull(due_date))`);
  const evalMonths = await months('SELECT DISTINCT toString(toStartOfMonth(created_date)) AS m FROM evaluations');
  const consMonths = await months('SELECT DISTINCT toString(toStartOfMonth(created_date)) AS m FROM consultations');
  for (const def of ROLLUPS) await ch.client.command({ query: truncateStatement(ch, def.table) });
  await refreshRollups(ch, { cases: caseMonths, evaluations: evalMonths, consultations: consMonths });
}
