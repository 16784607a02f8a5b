import { Rng } from './random';
import { COUNTIES, townshipCodes } from './regions.data';
import { seatVillageName, villageNames } from './villages';

describe('regions data (GB/T 2260)', () => {
  it('has the six county-level units of Jincheng with their real codes', () => {
    expect(COUNTIES.map((c) => `${c.code} ${c.name}`)).toEqual([
      '140502 城区',
      '140521 沁水县',
      '140522 阳城县',
      '140524 陵川县',
      '140525 泽州县',
      '140581 高平市',
    ]);
  });

  it('codes streets 0xx, towns 1xx and townships 2xx, with about 80 in all', () => {
    let n = 0;
    for (const county of COUNTIES) {
      const codes = townshipCodes(county);
      county.townships.forEach((t, i) => {
        n++;
        expect(codes[i]).toMatch(new RegExp(`^${county.code}\\d{3}$`));
        const kind = t.name.endsWith('街道') ? '0' : t.name.endsWith('镇') ? '1' : '2';
        expect(codes[i][6]).toBe(kind);
      });
      expect(new Set(codes).size).toBe(codes.length);
      expect(county.townships.some((t) => t.name === county.seat)).toBe(true);
    }
    expect(n).toBeGreaterThanOrEqual(75);
    expect(n).toBeLessThanOrEqual(85);
  });

  it('puts 凤城镇 first among 阳城县 towns (code 140522100)', () => {
    const yc = COUNTIES.find((c) => c.code === '140522')!;
    expect(townshipCodes(yc)[yc.townships.findIndex((t) => t.name === '凤城镇')]).toBe('140522100');
  });
});

describe('village names (DB1405 5.1.1: "XX村便民服务站")', () => {
  it('are unique within a township and end in 村', () => {
    const names = villageNames('北留镇', 40, new Rng(1));
    expect(names).toHaveLength(40);
    expect(new Set(names).size).toBe(40);
    for (const n of names) expect(n).toMatch(/^[\u4e00-\u9fff]{1,6}村$/);
    expect(names).toEqual(expect.arrayContaining(['北留村', '皇城村', '郭峪村']));
  });

  it('are deterministic for a seed', () => {
    expect(villageNames('南岭乡', 20, new Rng(9))).toEqual(villageNames('南岭乡', 20, new Rng(9)));
  });

  it('name the seat village after its town but not after a street', () => {
    expect(seatVillageName('晋庙铺镇')).toBe('晋庙铺村');
    expect(seatVillageName('东街街道')).toBeNull();
  });
});
