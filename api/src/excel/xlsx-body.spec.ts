import { isXlsxZip } from './xlsx-body';

describe('isXlsxZip', () => {
  it('looks at the content (a zip local header), not at a name or a type', () => {
    expect(isXlsxZip(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBe(true);
    expect(isXlsxZip(Buffer.from('区域代码,站点名称\n'))).toBe(false);
    expect(isXlsxZip(Buffer.from('%PDF-1.7'))).toBe(false);
    expect(isXlsxZip(Buffer.from([0x50, 0x4b, 0x05, 0x06, 0, 0]))).toBe(false); // an empty zip
    expect(isXlsxZip(Buffer.alloc(0))).toBe(false);
    expect(isXlsxZip({ file: 'UEsDBA==' })).toBe(false);
    expect(isXlsxZip(undefined)).toBe(false);
  });
});
