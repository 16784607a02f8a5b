/** What the ETL did last, per stream, kept in memory for /api/v1/etl/status. */
export interface StreamStatus {
  stream: string;
  lastRunAt: string | null;
  lastSuccessAt: string | null;
  lastRowsMoved: number;
  totalRowsMoved: number;
  lastError: string | null;
  running: boolean;
}

export class EtlStatus {
  private readonly streams = new Map<string, StreamStatus>();

  get(stream: string): StreamStatus {
    let s = this.streams.get(stream);
    if (!s) {
      s = { stream, lastRunAt: null, lastSuccessAt: null, lastRowsMoved: 0, totalRowsMoved: 0, lastError: null, running: false };
      this.streams.set(stream, s);
    }
    return s;
  }

  all(): StreamStatus[] {
    return [...this.streams.values()];
  }
}
