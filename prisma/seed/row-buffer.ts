// Rows in PostgreSQL COPY text format, gathered into UTF-8 chunks of about a megabyte: big
// enough that each COPY message costs little, small enough never to build one giant string.

/** NULL in COPY text format. */
export const NULL = '\\N';

/** Escape a free-text value for COPY text format (backslash, tab, newline, carriage return). */
export function copyText(v: string | null | undefined): string {
  if (v == null) return NULL;
  if (!/[\\\t\n\r]/.test(v)) return v;
  return v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** A text[] literal for COPY text format, e.g. {社保,"a b"}. */
export function copyTextArray(values: readonly string[]): string {
  const items = values.map((v) => (/^[^\s",{}\\]+$/.test(v) && v.toUpperCase() !== 'NULL' ? v : `"${v.replace(/[\\"]/g, '\\$&')}"`));
  return copyText(`{${items.join(',')}}`);
}

/**
 * Rows are encoded into a preallocated Buffer as they arrive, so each row string dies young;
 * keeping millions of strings alive until a join made the garbage collector the bottleneck.
 */
export class RowBuffer {
  private buf: Buffer;
  private pos = 0;
  private chunks: Buffer[] = [];
  /** Rows pushed since construction (not reset by take()). */
  rows = 0;
  bytes = 0;

  constructor(private readonly chunkBytes = 1 << 21) {
    this.buf = Buffer.allocUnsafe(chunkBytes);
  }

  /** One complete row, fields already encoded, terminated by '\n'. */
  push(line: string): void {
    // a UTF-16 code unit never needs more than 3 UTF-8 bytes
    if (this.pos + line.length * 3 > this.buf.length) {
      this.seal();
      if (line.length * 3 > this.buf.length) this.buf = Buffer.allocUnsafe(line.length * 3);
    }
    this.pos += this.buf.write(line, this.pos, 'utf8');
    this.rows++;
  }

  private seal(): void {
    if (this.pos === 0) return;
    this.chunks.push(this.buf.subarray(0, this.pos));
    this.bytes += this.pos;
    this.buf = Buffer.allocUnsafe(this.chunkBytes);
    this.pos = 0;
  }

  /** Hand over everything buffered so far. */
  take(): Buffer[] {
    this.seal();
    const out = this.chunks;
    this.chunks = [];
    return out;
  }
}
