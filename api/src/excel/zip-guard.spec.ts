import { deflateRawSync } from 'node:zlib';
import { tinyXlsx } from '../../../tests/support/tiny-xlsx';
import { checkInflatedSize } from './zip-guard';

describe('checkInflatedSize (zip bomb guard)', () => {
  it('measures what the entries really inflate to', () => {
    const small = checkInflatedSize(tinyXlsx([['区域代码'], ['140522100201']]));
    expect(small.ok && small.bytes > 500 && small.bytes < 5000).toBe(true);
    // 2 MB of sheet that compresses ~1000:1
    const big = tinyXlsx([['a'], ['x'.repeat(2_000_000)]]);
    expect(big.length).toBeLessThan(20_000);
    expect(checkInflatedSize(big, 10_000_000)).toMatchObject({ ok: true });
    expect(checkInflatedSize(big, 1_000_000)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('is not fooled by a directory that understates the sizes', () => {
    const big = Buffer.from(tinyXlsx([['a'], ['x'.repeat(2_000_000)]]));
    // rewrite every declared uncompressed size (central directory) to 1 byte
    for (let i = 0; i < big.length - 4; i++) if (big.readUInt32LE(i) === 0x02014b50) big.writeUInt32LE(1, i + 24);
    expect(checkInflatedSize(big, 1_000_000)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('answers unreadable for what is not a plain zip', () => {
    expect(checkInflatedSize(Buffer.from('PK\x03\x04 but nothing else, no end record'))).toEqual({ ok: false, reason: 'unreadable' });
    expect(checkInflatedSize(deflateRawSync(Buffer.from('hello')))).toEqual({ ok: false, reason: 'unreadable' });
    const broken = Buffer.from(tinyXlsx([['a']]));
    broken.writeUInt32LE(0x12345678, broken.length - 22 + 16); // central directory offset out of bounds
    expect(checkInflatedSize(broken)).toEqual({ ok: false, reason: 'unreadable' });
  });
});
