// A 5 MB upload can inflate to gigabytes (a "zip bomb"), and exceljs (JSZip underneath, which
// does not check sizes or CRCs by default) inflates a workbook whole in memory. So before a file
// reaches exceljs, every entry is inflated here once with a hard output cap: a file whose real
// content exceeds the cap is refused whatever sizes its directory claims. Pure.
import { inflateRawSync } from 'node:zlib';

/** Far above any register (the whole city's stations take well under 2 MB of sheet XML). */
export const MAX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export type InflateCheck = { ok: true; bytes: number } | { ok: false; reason: 'unreadable' | 'too-large' };

/**
 * The real inflated size of all entries, stopping as soon as it passes `limit`. 'unreadable'
 * for anything that is not a plain zip of stored or deflated entries (no end record, entries out
 * of bounds, ZIP64, encryption, other methods, corrupt deflate data).
 */
export function checkInflatedSize(zip: Buffer, limit = MAX_UNCOMPRESSED_BYTES): InflateCheck {
  const bad = { ok: false, reason: 'unreadable' } as const;
  if (zip.length < 22) return bad;
  let eocd = -1;
  for (let i = zip.length - 22, min = Math.max(0, zip.length - 22 - 0xffff); i >= min; i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return bad;
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  if (entries === 0xffff || p >= eocd) return bad;
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > eocd || zip.readUInt32LE(p) !== CENTRAL) return bad;
    const flags = zip.readUInt16LE(p + 8);
    const method = zip.readUInt16LE(p + 10);
    const compressed = zip.readUInt32LE(p + 20);
    const local = zip.readUInt32LE(p + 42);
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    if (flags & 0x1 || compressed === 0xffffffff || local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL) return bad;
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (start + compressed > zip.length) return bad;
    const data = zip.subarray(start, start + compressed);
    if (method === 0) total += compressed;
    else if (method === 8) {
      try {
        total += inflateRawSync(data, { maxOutputLength: limit - total + 1 }).length;
      } catch (e) {
        return (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? { ok: false, reason: 'too-large' } : bad;
      }
    } else return bad;
    if (total > limit) return { ok: false, reason: 'too-large' };
  }
  return { ok: true, bytes: total };
}
