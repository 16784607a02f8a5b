// Invariants of the generated history, checked on a small seeded run without a database.
import { addWorkingDays, chineseDaysCalendar, isoToDayNumber, precomputedCalendar } from '../../api/src/calendar/working-days';
import { SeedClock } from './clock';
import { BULK_COLUMNS, BulkBuffers, BulkTable, DayGenerator } from './generate';
import { isValidIdNumber } from './people';
import { RowBuffer } from './row-buffer';
import { dailyCounts, dailyWeights } from './volume';
import { buildWorld } from './world';

const TODAY = '2026-06-30';
const START = '2024-06-30';

function generate(cases: number, seed = 20241) {
  const world = buildWorld(seed);
  const clock = SeedClock.forWindow(START, TODAY);
  const first = isoToDayNumber(START);
  const today = isoToDayNumber(TODAY);
  const weights = dailyWeights(clock, first, today - 1, seed);
  const cc = dailyCounts(weights, cases);
  const qc = dailyCounts(weights, Math.round(cases * 0.54));
  const gen = new DayGenerator(world, clock, today, { seed, actors: { agentUserId: 5, reviewerUserId: 4 }, protect: (v: string) => `enc(${v})` });
  const out = Object.fromEntries(Object.keys(BULK_COLUMNS).map((t) => [t, new RowBuffer()])) as BulkBuffers;
  cc.forEach((n, i) => gen.generateDay(first + i, n, qc[i], out));
  const text = Object.fromEntries(
    Object.keys(BULK_COLUMNS).map((t) => [t, Buffer.concat(out[t as BulkTable].take()).toString('utf8')]),
  ) as Record<BulkTable, string>;
  const rows = <T extends BulkTable>(t: T) =>
    text[t]
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const f = line.split('\t');
        if (f.length !== BULK_COLUMNS[t].length) throw new Error(`bad ${t} row: ${line}`);
        return Object.fromEntries(BULK_COLUMNS[t].map((c, i) => [c, f[i] === '\\N' ? null : f[i]])) as Record<string, string | null>;
      });
  return { world, text, rows, counts: gen.counts };
}

describe('DayGenerator (small seeded run)', () => {
  const run = generate(6000);
  const cases = run.rows('cases');
  const events = run.rows('case_events');
  const evaluations = run.rows('evaluations');
  const consultations = run.rows('consultations');
  const eventsByCase = new Map<string, typeof events>();
  for (const e of events) {
    const list = eventsByCase.get(e.case_id!) ?? [];
    list.push(e);
    eventsByCase.set(e.case_id!, list);
  }

  it('produces exactly the requested cases with unique case numbers', () => {
    expect(cases).toHaveLength(6000);
    expect(run.counts.cases).toBe(6000);
    expect(new Set(cases.map((c) => c.case_no)).size).toBe(6000);
    expect(cases.filter((c) => !/^JC\d{6}-\d{7}$/.test(c.case_no!))).toEqual([]);
    expect(consultations.length / cases.length).toBeGreaterThan(0.5);
    expect(consultations.length / cases.length).toBeLessThan(0.7);
  });

  it('dates nothing at or after the start of today', () => {
    expect(events.filter((e) => e.at! >= TODAY)).toEqual([]);
    expect(consultations.filter((c) => c.updated_at! >= TODAY)).toEqual([]);
  });

  it('keeps each history ordered and consistent with the case row', () => {
    const bad: string[] = [];
    for (const c of cases) {
      const list = eventsByCase.get(c.id!)!;
      if (list[0].type !== 'CREATED' || list[0].at !== c.created_at) bad.push(`${c.id}: first event`);
      if (c.consent_at !== c.created_at) bad.push(`${c.id}: consent`); // DB1405 4.1
      if (Number(c.version) !== list.length) bad.push(`${c.id}: version`);
      if (c.updated_at !== list[list.length - 1].at) bad.push(`${c.id}: updated_at`);
      let status: string | null = null;
      for (let i = 0; i < list.length; i++) {
        if (i > 0 && !(list[i].at! > list[i - 1].at!)) bad.push(`${c.id}: order at ${i}`);
        if (i > 0 && !(Number(list[i].id) > Number(list[i - 1].id))) bad.push(`${c.id}: ids`);
        if (list[i].to_status) {
          if (list[i].from_status !== status) bad.push(`${c.id}: transition ${i}`);
          status = list[i].to_status;
        }
      }
      if (status !== c.status) bad.push(`${c.id}: status`);
    }
    expect(bad).toEqual([]);
  });

  it('computes due dates in working days from the day after acceptance, plus pauses (DB1405 4.3)', () => {
    const cal = precomputedCalendar('2024-06-01', '2026-12-31', chineseDaysCalendar());
    const limits = new Map(run.world.items.map((i) => [String(i.id), i.timeLimitDays]));
    const bad = cases.filter((c) =>
      c.accepted_at
        ? c.due_date !== addWorkingDays(cal, c.accepted_at.slice(0, 10), limits.get(c.item_id!)! + Number(c.paused_days))
        : c.status !== 'AWAITING_MATERIALS' || c.due_date !== null,
    );
    expect(bad).toEqual([]);
  });

  it('completes on working days, mostly on time, and fails about 4 %', () => {
    const cal = chineseDaysCalendar();
    const done = cases.filter((c) => c.status === 'COMPLETED');
    expect(done.filter((c) => !cal.isWorkingDay(c.completed_at!.slice(0, 10)))).toEqual([]);
    const onTime = done.filter((c) => c.completed_at!.slice(0, 10) <= c.due_date!).length / done.length;
    expect(onTime).toBeGreaterThan(0.88);
    expect(onTime).toBeLessThan(0.96);
    const failed = cases.filter((c) => c.status === 'FAILED');
    expect(failed.length / cases.length).toBeGreaterThan(0.025);
    expect(failed.length / cases.length).toBeLessThan(0.06);
    const reasons = /^(MATERIAL_INVALID|NOT_ELIGIBLE|CITIZEN_WITHDREW|POLICY_CHANGED)$/;
    expect(failed.filter((c) => !reasons.test(c.failure_reason ?? ''))).toEqual([]);
  });

  it('hands up only items not handled at the village (DB1405 7.2.2)', () => {
    const level = new Map(cases.map((c) => [c.id, c.level]));
    expect(events.filter((e) => e.type === 'HANDED_UP' && level.get(e.case_id) === 'VILLAGE')).toEqual([]);
  });

  it('writes valid citizen ID numbers from the station county, only encrypted plus a masked copy', () => {
    const county = new Map(run.world.stations.map((s) => [String(s.id), s.countyCode]));
    const plain = (v: string) => /^enc\((.*)\)$/.exec(v)![1];
    const bad = cases.filter((c) => {
      const id = plain(c.citizen_id_enc!);
      return !isValidIdNumber(id) || id.slice(0, 6) !== county.get(c.station_id!) || c.citizen_id_masked !== `${id.slice(0, 3)}***********${id.slice(14)}`;
    });
    expect(bad).toEqual([]);
    expect(cases.every((c) => /^1\d{2}\*{4}\d{4}$/.test(c.citizen_phone_masked!))).toBe(true);
  });

  it('evaluates finished cases only, each with an EVALUATED event', () => {
    const status = new Map(cases.map((c) => [c.id, c.status]));
    const evaluated = new Set(events.filter((e) => e.type === 'EVALUATED').map((e) => e.case_id));
    const bad = evaluations.filter(
      (ev) => !['COMPLETED', 'FAILED'].includes(status.get(ev.case_id)!) || !evaluated.has(ev.case_id),
    );
    expect(bad).toEqual([]);
    expect(evaluated.size).toBe(evaluations.length);
    const finished = cases.filter((c) => c.status === 'COMPLETED' || c.status === 'FAILED').length;
    expect(evaluations.length / finished).toBeGreaterThan(0.8);
    const unhappy = evaluations.filter((e) => e.level === 'DISSATISFIED' || e.level === 'VERY_DISSATISFIED').length;
    expect(unhappy / evaluations.length).toBeGreaterThan(0.015);
    expect(unhappy / evaluations.length).toBeLessThan(0.05);
  });

  it('links every converted consultation to exactly one case', () => {
    const converted = consultations.filter((q) => q.status === 'CONVERTED').map((q) => q.id);
    const linked = cases.filter((c) => c.consultation_id).map((c) => c.consultation_id);
    expect(new Set(linked).size).toBe(linked.length);
    expect([...linked].sort()).toEqual([...converted].sort());
    for (const q of consultations.filter((x) => x.status === 'OPEN')) {
      expect(q.answer).toBeNull();
      expect(q.due_date).not.toBeNull();
    }
  });

  it('is byte-for-byte deterministic for the same seed', () => {
    const again = generate(6000);
    expect(again.text).toEqual(run.text);
    expect(generate(6000, 7).text.cases).not.toEqual(run.text.cases);
  });
});
