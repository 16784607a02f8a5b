import { copyText, copyTextArray, NULL, RowBuffer } from './row-buffer';

describe('COPY text encoding', () => {
  it('escapes backslash, tab and newlines, and writes NULL as \\N', () => {
    expect(copyText('a\tb\nc\\d\re')).toBe('a\\tb\\nc\\\\d\\re');
    expect(copyText('普通文本')).toBe('普通文本');
    expect(copyText(null)).toBe(NULL);
  });

  it('encodes text[] literals, quoting where needed', () => {
    expect(copyTextArray(['社保', '医保'])).toBe('{社保,医保}');
    expect(copyTextArray(['a b', 'NULL'])).toBe('{"a b","NULL"}');
  });
});

describe('RowBuffer', () => {
  it('splits into chunks on row boundaries and keeps every byte', () => {
    const b = new RowBuffer(64);
    const rows = Array.from({ length: 50 }, (_, i) => `${i}\t代办${i}\n`);
    rows.forEach((r) => b.push(r));
    const chunks = b.take();
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.toString('utf8').endsWith('\n')).toBe(true);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(rows.join(''));
    expect(b.rows).toBe(50);
    expect(b.take()).toEqual([]);
  });

  it('accepts a row longer than the chunk size', () => {
    const b = new RowBuffer(8);
    const long = `${'长'.repeat(100)}\n`;
    b.push(long);
    expect(Buffer.concat(b.take()).toString('utf8')).toBe(long);
  });
});
