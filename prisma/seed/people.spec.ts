import { BirthDates, chineseName, idCheckDigit, idNumber, isValidIdNumber, mobilePhone } from './people';
import { Rng } from './random';

describe('GB 11643 resident ID numbers', () => {
  it('computes the check character of the standard example', () => {
    // the example number printed in GB 11643-1999
    expect(idCheckDigit('11010519491231002')).toBe('X');
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
  });

  it('generates valid numbers with the county prefix, birth date and sex digit', () => {
    const r = new Rng(5);
    for (let i = 0; i < 500; i++) {
      const sex = i % 2 ? 'M' : 'F';
      const id = idNumber(r, '140522', '19560312', sex);
      expect(id).toHaveLength(18);
      expect(id.startsWith('14052219560312')).toBe(true);
      expect(isValidIdNumber(id)).toBe(true);
      expect(Number(id[16]) % 2).toBe(sex === 'M' ? 1 : 0);
    }
  });

  it('draws birth dates between 1935 and 2005', () => {
    const b = new BirthDates();
    const r = new Rng(11);
    for (let i = 0; i < 2000; i++) {
      const d = b.draw(r);
      expect(d >= '19350101' && d <= '20051231').toBe(true);
    }
  });
});

describe('names and phones', () => {
  it('makes 2-3 character Chinese names', () => {
    const r = new Rng(2);
    for (let i = 0; i < 200; i++) expect(chineseName(r, i % 2 ? 'M' : 'F')).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
  });

  it('makes 11-digit mainland mobile numbers', () => {
    const r = new Rng(3);
    for (let i = 0; i < 200; i++) expect(mobilePhone(r)).toMatch(/^1[3-9]\d{9}$/);
  });
});
