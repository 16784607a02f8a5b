import { sleep, spawnNode, stopChild, waitForEvent, type Child, type ChildEvent } from './child';

// Runs the ETL process of the drill (etl-loop.ts) and injects its faults: kill -9 in the middle of
// a run, and waiting until it has caught up with Postgres. Counts what it saw of every run.

export interface KillReport {
  /** The run was cut: it had started and had not reported its end. */
  midRun: boolean;
  /** ClickHouse inserts of the cut run that had landed. */
  insertsLanded: number;
  /** Checkpoints written by the cut run before it died (none: the whole window is re-read). */
  checkpointsMoved: string[];
}

export class EtlSupervisor {
  private child: Child | undefined;
  private generation = 0;
  /** Events of the current child's latest run, from its run-start on. */
  private runEvents: ChildEvent[] = [];
  readonly stats = { processes: 0, runsDone: 0, runMsTotal: 0, runsFailed: 0, refusedByLock: 0, pgErrors: 0, crashes: 0 };
  /** Failures of runs, as reported (for the report when the drill fails). */
  readonly lastFailures: string[] = [];

  constructor(private readonly script: string, private readonly env: NodeJS.ProcessEnv, private readonly log: (l: string) => void) {}

  get current(): Child {
    if (!this.child) throw new Error('ETL 进程未运行');
    return this.child;
  }

  start(): Child {
    const gen = ++this.generation;
    const child = spawnNode(`ETL#${gen}`, this.script, [], this.env);
    this.stats.processes++;
    this.runEvents = [];
    child.events.on('event', (e: ChildEvent) => {
      if (this.child === child) {
        if (e.ev === 'run-start') this.runEvents = [];
        this.runEvents.push(e);
      }
      if (e.ev === 'run-done') {
        this.stats.runsDone++;
        this.stats.runMsTotal += Number(e.ms ?? 0);
      }
      if (e.ev === 'pg-error') this.stats.pgErrors++;
      if (e.ev === 'run-failed') {
        this.stats.runsFailed++;
        const msg = String(e.message);
        if (/lock|Failed to create connection/i.test(msg)) this.stats.refusedByLock++;
        this.lastFailures.push(msg);
        if (this.lastFailures.length > 20) this.lastFailures.shift();
      }
    });
    child.events.once('exit', ({ code, signal }: { code: number | null; signal: string | null }) => {
      if (this.child !== child || signal === 'SIGKILL' || signal === 'SIGTERM' || code === 0) return;
      // The ETL process died on its own: a finding for the report; the drill restarts it like a supervisor would.
      this.stats.crashes++;
      this.log(`ETL 进程异常退出 (code ${code}, signal ${signal})，重启:\n${child.tail(1500)}`);
      setTimeout(() => { if (this.child === child) this.start(); }, 500);
    });
    this.child = child;
    return child;
  }

  /**
   * SIGKILL once `afterInserts` ClickHouse inserts of one run have landed (plus `delayMs`), i.e.
   * between or inside batches, before the run's checkpoints move. Falls back to the first insert
   * when runs are too small, then restarts the process.
   */
  async killMidRun(afterInserts: number, delayMs: number, restartAfterMs = 300): Promise<KillReport> {
    const child = this.current;
    const inserts = () => this.runEvents.filter((e) => e.ev === 'insert').length;
    const armedAt = Date.now();
    await waitForEvent(child, (e) => {
      // Runs that stay small: after 8 s, take the first insert of a run.
      const want = Date.now() - armedAt > 8000 ? 1 : afterInserts;
      return e.ev === 'insert' && inserts() >= want;
    }, 60_000, '一次 ETL 插入');
    if (delayMs) await sleep(delayMs);
    child.proc.kill('SIGKILL');
    await child.exited; // every line it wrote before dying has been read by now
    const cut = this.runEvents;
    const report: KillReport = {
      midRun: cut[0]?.ev === 'run-start' && !cut.some((e) => e.ev === 'run-done' || e.ev === 'run-failed'),
      insertsLanded: cut.filter((e) => e.ev === 'insert').length,
      checkpointsMoved: cut.filter((e) => e.ev === 'checkpoint').map((e) => String(e.stream)),
    };
    await sleep(restartAfterMs);
    this.start();
    return report;
  }

  /** Resolves once a run has finished with both checkpoints beyond `xid` (every transaction up to it is in ClickHouse). */
  async waitCaughtUp(xid: bigint, timeoutMs: number): Promise<ChildEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const child = this.current;
      try {
        return await waitForEvent(child, (e) => e.ev === 'run-done' && e.cases !== undefined && e.outbox !== undefined
          && BigInt(String(e.cases)) > xid && BigInt(String(e.outbox)) > xid, Math.max(1000, deadline - Date.now()), 'ETL 追平');
      } catch (e) {
        // A crashed ETL process is restarted by the exit handler: keep waiting on the new one.
        if (Date.now() > deadline || child === this.child) throw e;
      }
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    await stopChild(child);
  }
}
