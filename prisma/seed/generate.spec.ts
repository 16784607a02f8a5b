// Invariants of the generated history, checked on a small seeded run without a database.
import { addCalendarDays, addWorkingDays, chineseDaysCalendar, isoToDayNumber, precomputedCalendar } from '../../api/src/calendar/working-days';
import { maskPhone } from '../../api/src/privacy/masking';
import { normalizeTrackingCode } from '../../api/src/suggestions/tracking-code';
import { drawSample } from '../../api/src/surveys/survey-sample';
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
  gen.finish(out);
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

describe('DayGenerator: evaluations, rectifications, 回访 and suggestions (DB1405 8.1-8.2)', () => {
  const run = generate(6000);
  const cal = chineseDaysCalendar();
  const cases = new Map(run.rows('cases').map((c) => [c.id!, c]));
  const evaluations = run.rows('evaluations');
  const tokens = run.rows('evaluation_tokens');
  const rects = run.rows('rectifications');
  const revents = run.rows('rectification_events');
  const batches = run.rows('survey_batches');
  const calls = run.rows('survey_calls');
  const suggestions = run.rows('suggestions');
  const notifications = run.rows('notifications');
  const BAD = new Set(['DISSATISFIED', 'VERY_DISSATISFIED']);
  const weekAgo = addCalendarDays(TODAY, -7);
  const share = <T>(xs: T[], p: (x: T) => boolean) => xs.filter(p).length / xs.length;

  it('answers 办成了吗 consistently with the case, with dimension ratings that follow the level', () => {
    const bad = evaluations.filter((e) => {
      const status = cases.get(e.case_id!)!.status;
      return status === 'COMPLETED' ? e.done === 'f' : e.done === 't';
    });
    expect(bad).toEqual([]);
    const dims = evaluations.flatMap((e) => [e.efficiency, e.attitude, e.professionalism]).filter((d) => d !== null);
    expect(dims.filter((d) => !/^[1-5]$/.test(d!))).toEqual([]);
    const rated = (ch: string) => share(evaluations.filter((e) => e.channel === ch), (e) => e.efficiency !== null);
    expect(rated('DEVICE')).toBeGreaterThan(0.8);
    expect(rated('ONLINE')).toBeGreaterThan(0.75);
    expect(rated('PAPER')).toBeLessThan(0.6);
    expect(rated('COMMENT_BOX')).toBe(0);
    const mean = (level: string) => {
      const xs = evaluations.filter((e) => e.level === level && e.attitude).map((e) => Number(e.attitude));
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    expect(mean('VERY_SATISFIED')).toBeGreaterThan(4.6);
    expect(mean('DISSATISFIED')).toBeLessThan(2.5);
  });

  it('moderates comments: NONE without one, PENDING in the last week, mostly APPROVED before; redacted copy = text', () => {
    expect(evaluations.filter((e) => e.comment_redacted !== e.comment)).toEqual([]);
    expect(evaluations.filter((e) => (e.comment === null) !== (e.moderation === 'NONE'))).toEqual([]);
    const commented = evaluations.filter((e) => e.comment);
    expect(commented.filter((e) => (e.moderation === 'PENDING') !== (e.created_at!.slice(0, 10) >= weekAgo))).toEqual([]);
    const decided = commented.filter((e) => e.moderation !== 'PENDING');
    expect(share(decided, (e) => e.moderation === 'APPROVED')).toBeGreaterThan(0.9);
    expect(decided.some((e) => e.moderation === 'REJECTED')).toBe(true);
    expect(share(commented, (e) => BAD.has(e.level!))).toBeGreaterThan(0.1);
  });

  it('links every online evaluation to its used token, and leaves unused tokens only on recent unrated cases', () => {
    const byId = new Map(tokens.map((t) => [t.id!, t]));
    const evaluated = new Set(evaluations.map((e) => e.case_id));
    expect(evaluations.filter((e) => (e.channel === 'ONLINE') !== (e.token_id !== null))).toEqual([]);
    expect(evaluations.filter((e) => e.token_id && (byId.get(e.token_id)!.case_id !== e.case_id || byId.get(e.token_id)!.used_at !== e.created_at))).toEqual([]);
    expect(new Set(tokens.map((t) => t.token_hash)).size).toBe(tokens.length);
    const wrong = tokens.filter((t) => {
      const c = cases.get(t.case_id!)!;
      const expires = addCalendarDays(t.created_at!.slice(0, 10), 30) + t.created_at!.slice(10);
      return !/^[0-9a-f]{64}$/.test(t.token_hash!) || t.created_at !== c.completed_at || t.expires_at !== expires
        || (t.used_at === null && (evaluated.has(t.case_id) || t.expires_at! < TODAY))
        || (t.reminded_at !== null && !(t.reminded_at > t.created_at! && t.reminded_at < (t.used_at ?? TODAY)));
    });
    expect(wrong).toEqual([]);
    const open = tokens.filter((t) => t.used_at === null);
    expect(open.length).toBeGreaterThan(0);
    // the invitation and reminder of every open link are logged, masked (LoggingNotifier)
    const sent = (kind: string) => notifications.filter((n) => n.kind === kind).map((n) => n.case_id).sort();
    expect(sent('EVALUATION_INVITATION')).toEqual(open.map((t) => t.case_id).sort());
    expect(sent('EVALUATION_REMINDER')).toEqual(open.filter((t) => t.reminded_at).map((t) => t.case_id).sort());
  });

  it('opens exactly one rectification per bad evaluation, at the case station, due 5 working days later (DB1405 8.2)', () => {
    const fromEval = rects.filter((r) => r.source === 'EVALUATION');
    const badEvals = evaluations.filter((e) => BAD.has(e.level!));
    expect(fromEval.map((r) => r.evaluation_id).sort()).toEqual(badEvals.map((e) => e.id).sort());
    const evalById = new Map(evaluations.map((e) => [e.id!, e]));
    const wrong = rects.filter((r) => {
      const c = cases.get(r.case_id!)!;
      const e = r.evaluation_id ? evalById.get(r.evaluation_id)! : null;
      return r.station_id !== c.station_id || (e && (e.case_id !== r.case_id || e.created_at !== r.created_at))
        || r.due_date !== addWorkingDays(cal, r.created_at!.slice(0, 10), 5) || !(r.due_date! > r.created_at!.slice(0, 10))
        || (r.status === 'CLOSED') !== (r.closed_at !== null) || (r.closed_at !== null && r.closed_at < r.created_at!)
        || /\d{11}/.test(r.summary!);
    });
    expect(wrong).toEqual([]);
  });

  it('records each rectification step as an event, and an upheld appeal on the evaluation', () => {
    const byRect = new Map<string, typeof revents>();
    for (const e of revents) byRect.set(e.rectification_id!, [...(byRect.get(e.rectification_id!) ?? []), e]);
    const evalById = new Map(evaluations.map((e) => [e.id!, e]));
    const bad: string[] = [];
    for (const r of rects) {
      const list = byRect.get(r.id!)!;
      if (list[0].type !== 'OPENED' || list[0].at !== r.created_at) bad.push(`${r.id}: opened`);
      if (Number(r.version) !== list.length || r.updated_at !== list[list.length - 1].at) bad.push(`${r.id}: version`);
      let status: string | null = null;
      for (const [i, e] of list.entries()) {
        if (i > 0 && e.at! < list[i - 1].at!) bad.push(`${r.id}: order`);
        if (e.to_status) {
          if (e.from_status !== status) bad.push(`${r.id}: transition`);
          status = e.to_status;
        }
        if (e.type === 'ESCALATED' && e.at!.slice(0, 10) <= r.due_date!) bad.push(`${r.id}: escalated early`);
      }
      if (status !== r.status) bad.push(`${r.id}: status`);
      const upheld = list.some((e) => e.type === 'APPEAL_UPHELD');
      if (r.evaluation_id && upheld !== (evalById.get(r.evaluation_id)!.appeal_outcome === 'UPHELD')) bad.push(`${r.id}: appeal outcome`);
    }
    expect(bad).toEqual([]);
    expect(evaluations.filter((e) => e.appeal_outcome === null && e.updated_at !== e.created_at)).toEqual([]);
    const closed = rects.filter((r) => r.status === 'CLOSED');
    expect(share(closed, (r) => r.closed_at!.slice(0, 10) <= r.due_date!)).toBeGreaterThan(0.7);
    expect(closed.some((r) => r.closed_at!.slice(0, 10) > r.due_date! && r.alert_level !== 'NONE')).toBe(true);
    expect(revents.filter((e) => e.type === 'ESCALATED').length).toBe(notifications.filter((n) => n.kind!.startsWith('RECTIFICATION_')).length);
  });

  it('samples up to 5 closed cases per township each month, called in the next month, reproducibly (DB1405 8.1.2)', () => {
    expect(batches.filter((b) => !b.month!.endsWith('-01') || b.per_township !== '5')).toEqual([]);
    expect(new Set(batches.map((b) => b.month)).size).toBe(batches.length);
    expect(batches.length).toBeGreaterThanOrEqual(22);
    const nextMonth = (m: string) => addCalendarDays(m, 40).slice(0, 7);
    for (const b of batches) {
      const mine = calls.filter((c) => c.batch_id === b.id);
      const month = b.month!.slice(0, 7);
      // the API's draw over the month's closed cases, from the stored seed, gives the same list
      const candidates = [...cases.values()]
        .filter((c) => c.completed_at?.slice(0, 7) === month)
        .map((c) => ({ caseId: Number(c.id), townshipCode: run.world.stations[Number(c.station_id) - 1].townshipCode }));
      expect(mine.map((c) => [Number(c.case_id), c.township_code])).toEqual(drawSample(candidates, Number(b.seed), 5).map((s) => [s.caseId, s.townshipCode]));
      expect(mine.filter((c) => c.called_at && c.called_at.slice(0, 7) !== nextMonth(b.month!))).toEqual([]);
    }
    const made = calls.filter((c) => c.outcome !== 'PENDING');
    expect(share(made, (c) => c.outcome === 'REACHED')).toBeGreaterThan(0.6);
    expect(share(made, (c) => c.outcome === 'REACHED')).toBeLessThan(0.8);
    expect(share(made, (c) => c.outcome === 'REFUSED')).toBeGreaterThan(0.05);
    expect(made.filter((c) => (c.outcome === 'REACHED') !== (c.level !== null))).toEqual([]);
    expect(share(made.filter((c) => c.level), (c) => !BAD.has(c.level!))).toBeGreaterThan(0.9);
    const fromSurvey = rects.filter((r) => r.source === 'SURVEY');
    expect(fromSurvey.map((r) => r.survey_call_id).sort()).toEqual(made.filter((c) => BAD.has(c.level ?? '')).map((c) => c.id).sort());
    expect(made.filter((c) => BAD.has(c.level ?? '') !== (c.finding !== null))).toEqual([]);
  });

  it('tracks a few hundred public suggestions, most answered, contacts only encrypted and masked (DB1405 8.2.3)', () => {
    expect(suggestions).toHaveLength(300);
    expect(suggestions.filter((s) => normalizeTrackingCode(s.tracking_code!) !== s.tracking_code)).toEqual([]);
    expect(new Set(suggestions.map((s) => s.tracking_code)).size).toBe(300);
    const answered = share(suggestions, (s) => s.status === 'ANSWERED');
    expect(answered).toBeGreaterThan(0.7);
    expect(answered).toBeLessThan(0.95);
    expect(suggestions.filter((s) => (s.status === 'ANSWERED') !== (s.answer !== null && s.answered_at! > s.created_at! && s.answered_at! < TODAY))).toEqual([]);
    const townships = new Set(run.world.regions.filter((r) => r.level === 'TOWNSHIP').map((r) => r.code));
    expect(suggestions.filter((s) => s.region_code !== null && !townships.has(s.region_code))).toEqual([]);
    const withContact = suggestions.filter((s) => s.contact_enc);
    expect(withContact.length / 300).toBeLessThan(0.25);
    expect(withContact.filter((s) => s.contact_masked !== maskPhone(/^enc\((.*)\)$/.exec(s.contact_enc!)![1]))).toEqual([]);
  });

  it('writes no citizen name, phone or ID number into any free text of this side', () => {
    const names = new Set([...cases.values()].map((c) => c.citizen_name!));
    const texts = [
      ...evaluations.map((e) => e.comment), ...rects.flatMap((r) => [r.summary, r.verify_note, r.measures, r.feedback_note, r.recheck_note, r.appeal_note]),
      ...revents.map((e) => e.data), ...calls.flatMap((c) => [c.comment, c.finding]), ...suggestions.flatMap((s) => [s.content, s.answer]),
      ...notifications.flatMap((n) => [n.body, n.recipient]),
    ].filter((t): t is string => !!t);
    const leaks = texts.filter((t) => {
      if (/\d{17}[\dX]|(?<!\d)1[3-9]\d{9}(?!\d)/.test(t)) return true;
      for (let i = 0; i < t.length; i++) for (let n = 2; n <= 3; n++) if (names.has(t.slice(i, i + n))) return true;
      return false;
    });
    expect(leaks).toEqual([]);
    expect(notifications.filter((n) => n.kind!.startsWith('EVALUATION_') && !/^1\d{2}\*{4}\d{4}$/.test(n.recipient!))).toEqual([]);
  });
});
