import { CATALOGUE } from './catalogue.data';
import { buildWorld } from './world';

describe('buildWorld', () => {
  const world = buildWorld(20241);

  it('builds city → county → township → village with paths and parents', () => {
    const byCode = new Map(world.regions.map((r) => [r.code, r]));
    expect(byCode.get('140500')).toMatchObject({ level: 'CITY', path: '/140500/', parentCode: null });
    expect(byCode.get('140522')).toMatchObject({ level: 'COUNTY', path: '/140500/140522/' });
    const villages = world.regions.filter((r) => r.level === 'VILLAGE');
    expect(villages.length).toBeGreaterThan(1900);
    expect(villages.length).toBeLessThan(2100);
    for (const r of world.regions) {
      if (r.parentCode) {
        const parent = byCode.get(r.parentCode)!;
        expect(r.path).toBe(`${parent.path}${r.code}/`);
      }
    }
    for (const v of villages) {
      expect(v.code).toMatch(/^\d{12}$/);
      expect(v.code.startsWith(v.parentCode!)).toBe(true);
      expect(v.name.endsWith('村')).toBe(true);
    }
    expect(new Set(world.regions.map((r) => r.code)).size).toBe(world.regions.length);
  });

  it('has exactly one station per village, named "XX村便民服务站" (DB1405 5.1.1)', () => {
    const villages = world.regions.filter((r) => r.level === 'VILLAGE');
    expect(world.stations).toHaveLength(villages.length);
    const names = new Map(villages.map((v) => [v.code, v.name]));
    for (const s of world.stations) {
      expect(s.name).toBe(`${names.get(s.regionCode)}便民服务站`);
      expect(s.address.startsWith('晋城市')).toBe(true);
      expect(s.agentIds.length).toBeGreaterThanOrEqual(1);
      expect(s.agentIds.length).toBeLessThanOrEqual(3);
    }
  });

  it('registers agents mostly from Party members and village cadres (DB1405 5.2.1)', () => {
    const main = world.agents.filter((a) => a.category === 'PARTY_MEMBER' || a.category === 'VILLAGE_CADRE');
    expect(main.length / world.agents.length).toBeGreaterThan(0.6);
    for (const a of world.agents) expect(a.phone).toMatch(/^1[3-9]\d{9}$/);
  });

  it('places the demo agent in 阳城县凤城镇', () => {
    expect(world.demo.townshipCode).toBe('140522100');
    const station = world.stations[world.demo.stationId - 1];
    expect(station.regionCode).toBe(world.demo.villageCode);
    expect(station.agentIds).toContain(world.demo.agentId);
    expect(world.agents[world.demo.agentId - 1].name).toBe(world.demo.agentName);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildWorld(20241))).toBe(JSON.stringify(world));
    expect(JSON.stringify(buildWorld(1).regions)).not.toBe(JSON.stringify(world.regions));
  });
});

describe('catalogue (DB1405 7.1)', () => {
  it('has about 60 items with unique codes, 2-6 materials and 1-20 working days', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(55);
    expect(CATALOGUE.length).toBeLessThanOrEqual(70);
    expect(new Set(CATALOGUE.map((i) => i.code)).size).toBe(CATALOGUE.length);
    for (const it of CATALOGUE) {
      expect(it.code).toMatch(/^JC-[A-Z]{2}-\d{3}$/);
      expect(it.materials.length).toBeGreaterThanOrEqual(2);
      expect(it.materials.length).toBeLessThanOrEqual(6);
      expect(it.timeLimitDays).toBeGreaterThanOrEqual(1);
      expect(it.timeLimitDays).toBeLessThanOrEqual(20);
      expect(it.legalBasis).toMatch(/《.+》/);
      expect(it.fee).toMatch(/^\d+(\.\d{2})?$/);
    }
  });

  it('mixes the sources and handling levels', () => {
    const count = (k: 'source' | 'level', v: string) => CATALOGUE.filter((i) => i[k] === v).length;
    expect(count('source', 'TOWNSHIP_GUIDE') + count('source', 'VILLAGE_GUIDE')).toBeGreaterThan(CATALOGUE.length * 0.8);
    expect(count('source', 'VILLAGE_DUTY_LIST')).toBeGreaterThan(0);
    expect(count('source', 'LOCAL_DEMAND')).toBeGreaterThan(0);
    for (const level of ['VILLAGE', 'TOWNSHIP', 'COUNTY']) expect(count('level', level)).toBeGreaterThan(10);
  });
});
