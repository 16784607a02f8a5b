// What a file IS, from its first bytes (magic numbers), not from its name or the Content-Type the
// client claims: a renamed PNG stays a PNG. Pure. DB1405 7.2.3 b): the scans uploaded for a
// cross-level hand-off are PDF, JPEG or PNG only.

export const UPLOAD_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type UploadType = (typeof UPLOAD_TYPES)[number];

const MAGIC: { type: UploadType; bytes: number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

const EXTENSIONS: Record<UploadType, string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
};

/** The type the content really has, or null when it is none of the accepted ones. */
export function sniffType(body: Buffer): UploadType | null {
  for (const m of MAGIC) {
    if (body.length >= m.bytes.length && m.bytes.every((b, i) => body[i] === b)) return m.type;
  }
  return null;
}

/** 'image/png; charset=x' → 'image/png'. */
export function baseContentType(header: string | undefined): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}

export function extensionOf(fileName: string): string | null {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(fileName.trim());
  return m ? m[1].toLowerCase() : null;
}

export function defaultExtension(type: UploadType): string {
  return EXTENSIONS[type][0];
}

export type SniffResult = { ok: true; type: UploadType } | { ok: false; reason: string };

/**
 * The content must be one of the accepted types, and both the declared Content-Type and the
 * file name's extension (when there is one) must say the same thing as the content.
 */
export function checkUpload(body: Buffer, declaredType: string, fileName: string | null): SniffResult {
  const actual = sniffType(body);
  if (!actual) return { ok: false, reason: '文件内容不是 PDF、JPEG 或 PNG' };
  if (baseContentType(declaredType) !== actual) return { ok: false, reason: `文件内容为 ${label(actual)}，与声明的类型 ${declaredType || '（无）'} 不符` };
  const ext = fileName ? extensionOf(fileName) : null;
  if (ext && !EXTENSIONS[actual].includes(ext)) return { ok: false, reason: `文件内容为 ${label(actual)}，与文件名后缀 .${ext} 不符` };
  return { ok: true, type: actual };
}

function label(t: UploadType): string {
  return t === 'application/pdf' ? 'PDF' : t === 'image/jpeg' ? 'JPEG' : 'PNG';
}
