// The fault drill's plan (`npm run test:faults`): how many cycles, which faults in which order, and
// when — all from one seed, so a failing run can be replayed with `--seed`. Pure: no I/O.

export type Fault = 'etl-kill' | 'pg-immediate' | 'ch-outage';
export const FAULTS: readonly Fault[] = ['etl-kill', 'pg-immediate', 'ch-outage'];

export const FAULT_TEXT: Record<Fault, string> = {
  'etl-kill': 'ETL 进程 kill -9',
  'pg-immediate': 'PostgreSQL 立即停止并重启',
  'ch-outage': 'ClickHouse 不可用',
};

export interface DrillOptions {
  cycles: number;
  cases: number;
  seed: number;
  /** Upper bound of one cycle (faults, catch-up and verification), ms. */
  cycleTimeoutMs: number;
  /** ETL batch size: small, so a run has many batches to be killed between. */
  batchSize: number;
  /** Concurrent client flows writing through the API. */
  writers: number;
  keep: boolean;
}

const DEFAULTS: DrillOptions = { cycles: 20, cases: 2000, seed: 20261129, cycleTimeoutMs: 180_000, batchSize: 10, writers: 2, keep: false };

/** `--cycles N` wins over FAULT_CYCLES (what CI sets), which wins over the default of 20. */
export function parseDrillArgs(argv: readonly string[], env: Record<string, string | undefined> = {}): DrillOptions {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    if (i >= 0) return argv[i + 1];
    const eq = argv.find((a) => a.startsWith(`--${name}=`));
    return eq?.slice(name.length + 3);
  };
  const int = (raw: string | undefined, name: string, fallback: number, min: number, max: number): number => {
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} 应为 ${min}-${max} 的整数 (got ${raw})`);
    return n;
  };
  return {
    cycles: int(value('cycles') ?? env.FAULT_CYCLES, '--cycles', DEFAULTS.cycles, 1, 1000),
    cases: int(value('cases') ?? env.FAULT_CASES, '--cases', DEFAULTS.cases, 100, 1_000_000),
    seed: int(value('seed') ?? env.FAULT_SEED, '--seed', DEFAULTS.seed, 0, 2 ** 31 - 1),
    cycleTimeoutMs: int(value('cycle-timeout'), '--cycle-timeout', DEFAULTS.cycleTimeoutMs / 1000, 30, 3600) * 1000,
    batchSize: int(value('batch'), '--batch', DEFAULTS.batchSize, 1, 100_000),
    writers: int(value('writers'), '--writers', DEFAULTS.writers, 1, 16),
    keep: argv.includes('--keep'),
  };
}

/** mulberry32: a tiny seeded generator; Math.random would make a failure unrepeatable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PERMUTATIONS: readonly Fault[][] = [
  ['etl-kill', 'pg-immediate', 'ch-outage'], ['pg-immediate', 'ch-outage', 'etl-kill'], ['ch-outage', 'etl-kill', 'pg-immediate'],
  ['etl-kill', 'ch-outage', 'pg-immediate'], ['pg-immediate', 'etl-kill', 'ch-outage'], ['ch-outage', 'pg-immediate', 'etl-kill'],
];

export interface FaultStep {
  fault: Fault;
  /** Writes that run before the fault is injected, ms. */
  leadMs: number;
  /** How long Postgres stays down or ClickHouse stays unavailable, ms (unused for a kill). */
  downMs: number;
  /** The ETL is killed after this many of a run's ClickHouse inserts have landed (kill only). */
  afterInserts: number;
  /** Extra delay after that insert before SIGKILL, so some kills land inside the next insert, ms. */
  killDelayMs: number;
}

export interface CyclePlan { cycle: number; steps: FaultStep[]; tailMs: number }

/**
 * Every cycle injects all three faults; the order rotates through all six permutations so each
 * fault in turn meets the after-effects of the others (a restarted ETL, a recovering Postgres).
 */
export function planCycle(cycle: number, random: () => number): CyclePlan {
  const between = (lo: number, hi: number) => Math.round(lo + random() * (hi - lo));
  const steps = PERMUTATIONS[(cycle - 1) % PERMUTATIONS.length].map((fault) => ({
    fault,
    leadMs: between(1500, 3500),
    downMs: fault === 'pg-immediate' ? between(800, 3000) : fault === 'ch-outage' ? between(3000, 7000) : 0,
    afterInserts: fault === 'etl-kill' ? between(1, 4) : 0,
    killDelayMs: fault === 'etl-kill' ? between(0, 25) : 0,
  }));
  return { cycle, steps, tailMs: between(1000, 2500) };
}

/** Rows of two tables as multisets: what one side has more of than the other (rendered rows). */
export function multisetDifference(a: readonly unknown[], b: readonly unknown[]): { onlyA: string[]; onlyB: string[] } {
  const count = new Map<string, number>();
  for (const r of a) count.set(JSON.stringify(r), (count.get(JSON.stringify(r)) ?? 0) + 1);
  const onlyB: string[] = [];
  for (const r of b) {
    const k = JSON.stringify(r);
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    else onlyB.push(k);
  }
  const onlyA = [...count.entries()].flatMap(([k, n]) => Array<string>(n).fill(k));
  return { onlyA, onlyB };
}

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} 秒`;
}
