import type { Station } from '../../api/types';
import {
  compactDay, FACILITY_KEYS, formatHours, importRowErrors, inOrder, missingOf, pageCount, parseCoordinate, registerPermissions,
  splitSkills, stationForm, stationPatch, todayInChina, toggle, trainingProblem,
} from './register-logic';

const station: Station = {
  id: 1, regionCode: '140522100201', villageName: '上河村', townshipCode: '140522100', townshipName: '凤城镇', countyCode: '140522',
  countyName: '阳城县', name: '上河村便民服务站', address: '上河村委会', openingHours: '工作日', latitude: 35.5, longitude: 112.4,
  zones: ['WAITING', 'OFFICE'], facilities: FACILITY_KEYS.filter((k) => k !== 'FIRST_AID_KIT'), missingFacilities: ['FIRST_AID_KIT'],
  agentCount: 2, updatedAt: '2026-11-01T00:00:00Z',
};

describe('register pages logic (DB1405 5.1, 5.2)', () => {
  it('mirrors who may write and export the registers', () => {
    expect(registerPermissions('TOWNSHIP_REVIEWER')).toEqual({ stationWrite: true, stationExport: true, agentWrite: true, agentExport: true });
    expect(registerPermissions('CITY_LEADER')).toEqual({ stationWrite: false, stationExport: true, agentWrite: false, agentExport: true });
    expect(registerPermissions('STATION_AGENT')).toEqual({ stationWrite: false, stationExport: false, agentWrite: false, agentExport: false });
  });

  it('keeps checklists in clause order and lists what is missing (DB1405 5.1.5)', () => {
    expect(inOrder(['PRINTER', 'SEATS', 'NOPE'], FACILITY_KEYS)).toEqual(['SEATS', 'PRINTER']);
    expect(missingOf(station.facilities)).toEqual(['FIRST_AID_KIT']);
    expect(toggle(['SEATS'], 'FIRST_AID_KIT', true)).toEqual(['SEATS', 'FIRST_AID_KIT']);
    expect(toggle(['SEATS', 'FIRST_AID_KIT'], 'FIRST_AID_KIT', false)).toEqual(['SEATS']);
  });

  it('sends only what changed: ticking a facility sends the facilities', () => {
    const form = stationForm(station);
    expect(stationPatch(station, form)).toEqual({ ok: true, patch: {} });
    const ticked = { ...form, facilities: toggle(form.facilities, 'FIRST_AID_KIT', true) };
    expect(stationPatch(station, ticked)).toEqual({ ok: true, patch: { facilities: [...FACILITY_KEYS] } });
    expect(stationPatch(station, { ...form, address: ' 新地址 ', zones: ['OFFICE', 'WAITING', 'SELF_SERVICE'] })).toEqual({
      ok: true, patch: { address: '新地址', zones: ['OFFICE', 'WAITING', 'SELF_SERVICE'] },
    });
  });

  it('refuses a name against DB1405 5.1.1 and half a coordinate pair before sending', () => {
    const form = stationForm(station);
    expect(stationPatch(station, { ...form, name: '上河服务站' })).toEqual({ ok: false, problem: 'name' });
    expect(stationPatch(station, { ...form, latitude: '' })).toEqual({ ok: false, problem: 'coordinates' });
    expect(stationPatch(station, { ...form, latitude: 'abc' })).toEqual({ ok: false, problem: 'coordinates' });
    expect(stationPatch(station, { ...form, latitude: '', longitude: '' })).toEqual({ ok: true, patch: { latitude: null, longitude: null } });
    expect(parseCoordinate(' 35.48 ')).toBe(35.48);
  });

  it('reads the row errors of a refused import, and nothing else', () => {
    const details = [{ row: 4, column: '站点名称', message: '站点名称应为“XX村便民服务站”' }, { bogus: true }];
    expect(importRowErrors({ code: 'IMPORT.INVALID_ROWS', details })).toEqual([details[0]]);
    expect(importRowErrors({ code: 'IMPORT.NOT_XLSX' })).toBeNull();
    expect(importRowErrors(null)).toBeNull();
  });

  it('DB1405 5.2.4: checks a training record like the server does', () => {
    const today = '2026-11-29';
    expect(trainingProblem({ course: '医保政策解读', date: '2026-11-29', hours: '2.5' }, today)).toBeNull();
    expect(trainingProblem({ course: ' ', date: '2026-11-29', hours: '2' }, today)).toBe('course');
    expect(trainingProblem({ course: '培训', date: '2026-11-30', hours: '2' }, today)).toBe('date');
    expect(trainingProblem({ course: '培训', date: '', hours: '2' }, today)).toBe('date');
    expect(trainingProblem({ course: '培训', date: '2026-11-01', hours: '0.25' }, today)).toBe('hours');
    expect(trainingProblem({ course: '培训', date: '2026-11-01', hours: '101' }, today)).toBe('hours');
  });

  it('formats hours, days, skills and pages', () => {
    expect([formatHours(12), formatHours(7.5)]).toEqual(['12', '7.5']);
    expect(todayInChina(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
    expect(compactDay('2026-11-29')).toBe('20261129');
    expect(splitSkills('社保、医保, 民政，社保')).toEqual(['社保', '医保', '民政']);
    expect([pageCount(0, 20), pageCount(41, 20)]).toEqual([1, 3]);
  });
});
