/** What the ETL did last, per ClickHouse table, kept in memory for /api/v1/etl/status. */
export interface TableStatus {
  table: string;
  lastRunAt: string | null;
  lastSuccessAt: string | null;
  lastRowsMoved: number;
  totalRowsMoved: number;
  lastError: string | null;
  running: boolean;
}

export class EtlStatus {
  private readonly tables = new Map<string, TableStatus>();

  get(table: string): TableStatus {
    let s = this.tables.get(table);
    if (!s) {
      s = { table, lastRunAt: null, lastSuccessAt: null, lastRowsMoved: 0, totalRowsMoved: 0, lastError: null, running: false };
      this.tables.set(table, s);
    }
    return s;
  }

  all(): TableStatus[] {
    return [...this.tables.values()];
  }
}
