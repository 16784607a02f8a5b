import { baseContentType, checkUpload, extensionOf, sniffType } from './sniff';

// DB1405 7.2.3 b): scanned materials are typed by their content (magic bytes), never by name.
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

describe('magic-byte sniffing', () => {
  it('recognises PDF, JPEG and PNG by their first bytes', () => {
    expect(sniffType(PDF)).toBe('application/pdf');
    expect(sniffType(JPEG)).toBe('image/jpeg');
    expect(sniffType(PNG)).toBe('image/png');
  });

  it('refuses anything else, including truncated signatures', () => {
    expect(sniffType(Buffer.from('GIF89a....'))).toBeNull();
    expect(sniffType(Buffer.from('%PDF'))).toBeNull();
    expect(sniffType(PNG.subarray(0, 7))).toBeNull();
    expect(sniffType(Buffer.alloc(0))).toBeNull();
    expect(sniffType(Buffer.from('<html>%PDF-1.4'))).toBeNull();
  });

  it('accepts content that matches both the declared type and the name', () => {
    expect(checkUpload(PDF, 'application/pdf', '身份证.pdf')).toEqual({ ok: true, type: 'application/pdf' });
    expect(checkUpload(JPEG, 'image/jpeg', 'scan.JPG')).toEqual({ ok: true, type: 'image/jpeg' });
    expect(checkUpload(JPEG, 'image/jpeg; charset=binary', 'scan.jpeg')).toEqual({ ok: true, type: 'image/jpeg' });
    expect(checkUpload(PNG, 'image/png', null)).toEqual({ ok: true, type: 'image/png' });
    expect(checkUpload(PNG, 'image/png', '户口本')).toEqual({ ok: true, type: 'image/png' });
  });

  it('refuses a PNG sent as application/pdf or named .pdf', () => {
    expect(checkUpload(PNG, 'application/pdf', 'scan.png')).toEqual({ ok: false, reason: '文件内容为 PNG，与声明的类型 application/pdf 不符' });
    expect(checkUpload(PNG, 'image/png', 'scan.pdf')).toEqual({ ok: false, reason: '文件内容为 PNG，与文件名后缀 .pdf 不符' });
    expect(checkUpload(Buffer.from('MZ\x90\x00'), 'application/pdf', 'a.pdf')).toEqual({ ok: false, reason: '文件内容不是 PDF、JPEG 或 PNG' });
  });

  it('reads content types and extensions', () => {
    expect(baseContentType('Image/PNG ; q=1')).toBe('image/png');
    expect(baseContentType(undefined)).toBe('');
    expect(extensionOf('a.b.PDF')).toBe('pdf');
    expect(extensionOf('noext')).toBeNull();
  });
});
