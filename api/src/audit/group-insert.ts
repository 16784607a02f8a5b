import type { Pool } from 'pg';

// Group commit for append-only rows: each caller still waits until its own row is stored, but
// the rows that arrive while one INSERT is in flight go together in the next one. Under load the
// audit log (one row per mutation) then costs a fraction of a round trip per request; alone, a
// row is written at once. A failed batch is retried row by row, so one bad row fails only its
// own caller.

interface Pending { values: unknown[]; resolve: () => void; reject: (e: unknown) => void }

export class GroupInsert {
  private queue: Pending[] = [];
  private flushing = false;
  private readonly texts = new Map<number, string>();

  /**
   * @param head `INSERT INTO t (a, b, …) VALUES`
   * @param row the placeholders of one row with `$n` numbered from 1, e.g. `($1, $2::jsonb)`
   */
  constructor(private readonly pool: Pool, private readonly head: string, private readonly row: string, private readonly width: number, private readonly maxRows = 200) {}

  insert(values: unknown[]): Promise<void> {
    if (values.length !== this.width) return Promise.reject(new Error(`expected ${this.width} values, got ${values.length}`));
    return new Promise((resolve, reject) => {
      this.queue.push({ values, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  /** The statement for n rows: the row's placeholders renumbered for each (built once per n). */
  sql(n: number): string {
    let text = this.texts.get(n);
    if (text === undefined) {
      const rows = Array.from({ length: n }, (_, i) => this.row.replace(/\$(\d+)/g, (_, k: string) => `$${i * this.width + Number(k)}`));
      this.texts.set(n, (text = `${this.head} ${rows.join(', ')}`));
    }
    return text;
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length) {
        const batch = this.queue.splice(0, this.maxRows);
        try {
          await this.pool.query(this.sql(batch.length), batch.flatMap((p) => p.values));
          for (const p of batch) p.resolve();
        } catch (e) {
          if (batch.length === 1) batch[0].reject(e);
          else await Promise.all(batch.map((p) => this.pool.query(this.sql(1), p.values).then(p.resolve, p.reject)));
        }
      }
    } finally {
      this.flushing = false;
    }
  }
}
