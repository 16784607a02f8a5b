// The registers' demo detail (DB1405 5.1, 5.2.4), checked without a database.
import { FACILITY_KEYS } from '../../api/src/stations/facilities';
import { buildRegisters, COUNTY_BOXES, COURSES } from './registers';
import { buildWorld } from './world';

const TODAY = '2026-11-15';

describe('registers demo data', () => {
  const world = buildWorld(20241);
  const { stations, trainings } = buildRegisters(world, { seed: 20241, today: TODAY });

  it('is deterministic and covers every station', () => {
    expect(buildRegisters(world, { seed: 20241, today: TODAY })).toEqual({ stations, trainings });
    expect(stations.map((s) => s.id)).toEqual(world.stations.map((s) => s.id));
    expect(buildRegisters(world, { seed: 7, today: TODAY }).stations).not.toEqual(stations);
  });

  it('DB1405 5.1.3: most stations have office, form-filling and waiting areas; fewer self-service', () => {
    const share = (zone: string) => stations.filter((s) => s.zones.includes(zone as never)).length / stations.length;
    expect(share('OFFICE')).toBeGreaterThan(0.9);
    expect(share('FORM_FILLING')).toBeGreaterThan(0.8);
    expect(share('WAITING')).toBeGreaterThan(0.85);
    expect(share('SELF_SERVICE')).toBeGreaterThan(0.25);
    expect(share('SELF_SERVICE')).toBeLessThan(0.55);
  });

  it('DB1405 5.1.5: about 35 % of stations miss 1-3 items, most often the terminal, reading glasses, first-aid kit', () => {
    const lacking = stations.map((s) => FACILITY_KEYS.length - s.facilities.length);
    const incomplete = lacking.filter((n) => n > 0).length / stations.length;
    expect(incomplete).toBeGreaterThan(0.3);
    expect(incomplete).toBeLessThan(0.4);
    expect(Math.max(...lacking)).toBe(3);
    const count = (k: string) => stations.filter((s) => !s.facilities.includes(k as never)).length;
    expect(count('SELF_SERVICE_TERMINAL')).toBeGreaterThan(count('PRINTER'));
    expect(count('READING_GLASSES')).toBeGreaterThan(count('COMPUTER'));
    // stored in checklist order
    expect(stations.filter((s) => s.facilities.join() !== FACILITY_KEYS.filter((k) => s.facilities.includes(k)).join())).toEqual([]);
  });

  it('places every station inside Jincheng, in its own county', () => {
    const outside = stations.filter((s) => {
      const [latMin, latMax, lngMin, lngMax] = COUNTY_BOXES[world.stations[s.id - 1].countyCode];
      return !(s.latitude >= Math.max(35.2, latMin) && s.latitude <= Math.min(36.0, latMax)
        && s.longitude >= Math.max(112.0, lngMin) && s.longitude <= Math.min(113.6, lngMax));
    });
    expect(outside).toEqual([]);
  });

  it('DB1405 5.2.4: 0-4 trainings per agent in the two years before today, on working days, 2-16 hours', () => {
    const perAgent = new Map<number, number>();
    for (const t of trainings) perAgent.set(t.agentId, (perAgent.get(t.agentId) ?? 0) + 1);
    expect(Math.max(...perAgent.values())).toBe(4);
    expect(perAgent.size).toBeLessThan(world.agents.length); // some agents have none
    expect(perAgent.size).toBeGreaterThan(world.agents.length * 0.7);
    const courses = new Set(COURSES.map((c) => c[0]));
    const odd = trainings.filter((t) => !(t.date >= '2024-11-15' && t.date < TODAY)
      || [0, 6].includes(new Date(`${t.date}T00:00:00Z`).getUTCDay())
      || t.hours < 2 || t.hours > 16 || !courses.has(t.course));
    expect(odd).toEqual([]);
    expect(trainings.some((t) => t.course === '医保政策解读' && t.provider === '县医疗保障局')).toBe(true);
  });
});
