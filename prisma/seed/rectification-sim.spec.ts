// The seeded rectification histories must be ones the application could have written: every step
// is allowed by the API's state machine with the input it requires, the due date is the opener's,
// and escalations are the ones the escalation job would have raised (DB1405 8.2).
import { addWorkingDays, chineseDaysCalendar, isoToDayNumber } from '../../api/src/calendar/working-days';
import { decide, missingInput, type RectificationAction, type RectificationStatus } from '../../api/src/rectifications/rectification-state';
import { escalationFor } from '../../api/src/rectifications/rectification-escalation';
import { SeedClock, WS } from './clock';
import { Complaint } from './feedback-texts';
import { Rng } from './random';
import { RectificationSimulator, RectOutcome } from './rectification-sim';

const ACTION: Record<string, RectificationAction> = {
  VERIFIED: 'VERIFY', RECTIFIED: 'RECTIFY', FED_BACK: 'FEEDBACK', RECHECK_PASSED: 'RECHECK_PASS', RECHECK_FAILED: 'RECHECK_FAIL',
  APPEALED: 'APPEAL', APPEAL_UPHELD: 'UPHOLD_APPEAL', APPEAL_REJECTED: 'REJECT_APPEAL',
};
const COMPLAINTS: Complaint[] = ['DELAY', 'ATTITUDE', 'MATERIAL', 'FAILED', 'GENERIC'];
const cal = chineseDaysCalendar();
const clock = SeedClock.forWindow('2024-06-30', '2026-06-30');
const first = isoToDayNumber('2024-07-01');

function run(n: number, cutoffDay: number): Array<{ openT: number; appealable: boolean; o: RectOutcome }> {
  const sim = new RectificationSimulator(clock, cutoffDay * WS);
  const rng = new Rng(42);
  return Array.from({ length: n }, () => {
    const openT = (first + rng.int(0, 600)) * WS + clock.randomSecond(rng);
    const appealable = rng.chance(0.8);
    return { openT, appealable, o: sim.simulate(rng, { openT, complaint: rng.pick(COMPLAINTS), appealable }) };
  });
}

describe('RectificationSimulator', () => {
  const all = run(4000, isoToDayNumber('2027-06-30')); // nothing cut: every history runs to its end

  it('takes only steps the API state machine allows, with the input each step needs', () => {
    const bad: string[] = [];
    for (const { o } of all) {
      let status: string | null = null;
      const ctx = { verified: false, appealed: false };
      o.steps.forEach((s, i) => {
        if (i === 0) {
          if (s.type !== 'OPENED' || s.to !== 'OPEN') bad.push('first step');
        } else if (s.type !== 'ESCALATED') {
          const action = ACTION[s.type];
          const d = decide(status as RectificationStatus, action, ctx);
          if (!d.ok || d.to !== s.to || s.from !== status) bad.push(`${status} -${action}-> ${s.to}`);
          const input = action === 'RECTIFY' ? { measures: s.note ?? '' } : { note: s.note ?? undefined, reason: s.code ?? undefined };
          if (missingInput(action, input)) bad.push(`${action} without input`);
          if (s.type === 'VERIFIED') ctx.verified = true;
          if (s.type === 'APPEALED') ctx.appealed = true;
        } else if (s.from !== null || s.to !== null) bad.push('escalation changes status');
        if (i > 0 && s.t < o.steps[i - 1].t) bad.push('time order');
        if (s.to) status = s.to;
      });
      if (o.status !== 'CLOSED' || status !== 'CLOSED' || o.closedT < o.steps[0].t) bad.push('not closed');
    }
    expect(bad).toEqual([]);
  });

  it('is due 5 working days after opening, counted from the next day (DB1405 8.2, 4.3)', () => {
    const wrong = all.filter(({ openT, o }) => clock.iso(o.dueDay) !== addWorkingDays(cal, clock.iso(clock.day(openT)), 5));
    expect(wrong).toEqual([]);
  });

  it('escalates exactly as the escalation job would: OVERDUE the day after the due date, FLAGGED after 5 more working days', () => {
    const bad: string[] = [];
    for (const { o } of all) {
      const due = clock.iso(o.dueDay);
      let level = 'NONE';
      for (const s of o.steps.filter((x) => x.type === 'ESCALATED')) {
        const facts = escalationFor(cal, due, clock.iso(clock.day(s.t)));
        if (facts.level !== s.code || facts.overdueWorkingDays !== s.overdue) bad.push(`${due} ${clock.iso(clock.day(s.t))} ${s.code}`);
        level = s.code!;
      }
      const closedDay = clock.iso(clock.day(o.closedT));
      const expected = escalationFor(cal, due, closedDay).level;
      // the job runs early each working day: a task closed on a threshold day before the run escaped it
      const beforeRun = (expected === 'OVERDUE' && level === 'NONE' && clock.day(o.closedT) === clock.addWD(o.dueDay, 1))
        || (expected === 'FLAGGED' && level === 'OVERDUE' && clock.day(o.closedT) === clock.addWD(o.dueDay, 6));
      if (level !== expected && !beforeRun) bad.push(`closed ${closedDay}: ${level} vs ${expected}`);
      if (o.alertLevel !== level) bad.push('alert level');
    }
    expect(bad).toEqual([]);
  });

  it('closes most on time, some late; ~5 % of ratings appealed, about half of those upheld', () => {
    const onTime = all.filter(({ o }) => clock.day(o.closedT) <= o.dueDay).length / all.length;
    expect(onTime).toBeGreaterThan(0.7);
    expect(onTime).toBeLessThan(0.92);
    const appealable = all.filter((r) => r.appealable);
    const appealed = appealable.filter(({ o }) => o.appealReason).length / appealable.length;
    expect(appealed).toBeGreaterThan(0.03);
    expect(appealed).toBeLessThan(0.08);
    expect(all.filter((r) => !r.appealable && r.o.appealReason)).toEqual([]);
    const upheld = all.filter(({ o }) => o.upheldT >= 0).length / all.filter(({ o }) => o.appealReason).length;
    expect(upheld).toBeGreaterThan(0.3);
    expect(upheld).toBeLessThan(0.7);
    expect(all.some(({ o }) => o.steps.some((s) => s.type === 'RECHECK_FAILED'))).toBe(true);
  });

  it('keeps only what happened before the cut-off; the open ones past due are escalated', () => {
    const cutDay = isoToDayNumber('2025-06-16');
    const cut = run(4000, cutDay).filter(({ openT }) => openT < cutDay * WS);
    const bad: string[] = [];
    for (const { o } of cut) {
      if (o.steps.some((s) => s.t >= cutDay * WS)) bad.push('future step');
      if (o.steps.length && o.status !== (o.steps.filter((s) => s.to).pop()!.to)) bad.push('status');
      if ((o.status === 'CLOSED') !== (o.closedT >= 0)) bad.push('closedAt');
      if (o.status !== 'CLOSED' && clock.addWD(o.dueDay, 1) < cutDay && o.alertLevel === 'NONE') bad.push('open overdue, not escalated');
    }
    expect(bad).toEqual([]);
    expect(cut.filter(({ o }) => o.status !== 'CLOSED').length).toBeGreaterThan(0);
  });
});
