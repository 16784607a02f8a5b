// One rectification's history (DB1405 8.2), simulated to its end and cut at the start of `today`
// like a case (lifecycle.ts): whatever had not happened yet is dropped, so recent tasks are open
// and a few slow ones are open and overdue, escalated.
//
// The steps follow the API's state machine (api/src/rectifications/rectification-state.ts):
//   OPEN → VERIFIED → RECTIFIED → FED_BACK → CLOSED (re-check passed by a higher level), with a
//   failed re-check sending it back (REWORK → RECTIFIED …); or, before any rectification work,
//   APPEALED (误评 / 恶意评价) → CLOSED when upheld, back to OPEN / VERIFIED when rejected.
// Overdue tasks escalate like the API's escalation job (rectification-escalation.ts): OVERDUE
// (催办) from the first working day after the due date, FLAGGED (通报) when more than 5 working
// days overdue; levels never go down, not even once the task is closed.
import { FLAG_AFTER_WORKING_DAYS } from '../../api/src/alerts/alert-level';
import { SeedClock, WS } from './clock';
import {
  APPEAL_NOTES, APPEAL_REJECT_NOTES, APPEAL_UPHOLD_NOTES, Complaint, RECHECK_FAIL_NOTES, RECHECK_PASS_NOTES, RECTIFICATION_TEXTS,
} from './feedback-texts';
import { Rng } from './random';

/** config RECTIFICATION_DAYS (default 5 working days, DB1405 8.2). */
export const RECTIFICATION_DAYS = 5;
export const APPEAL_SHARE = 0.05;
export const UPHELD_SHARE = 0.5;
export const LATE_SHARE = 0.1;
/** Tasks left lying for weeks: the ones still open and flagged at the cut-off. */
export const STUCK_SHARE = 0.04;
export const REWORK_SHARE = 0.08;

/** Who takes a step: the system (opening, escalation), the station, or a reviewer above it. */
export type Side = 'SYSTEM' | 'STATION' | 'REVIEW';

export interface RectStep {
  type: string;
  from: string | null;
  to: string | null;
  t: number;
  side: Side;
  note: string | null;
  /** APPEALED: MISTAKEN / MALICIOUS; ESCALATED: the level raised to. */
  code: string | null;
  /** ESCALATED: working days overdue at the time. */
  overdue: number;
}

/** The task as of the cut-off. */
export interface RectOutcome {
  steps: RectStep[];
  status: string;
  dueDay: number;
  closedT: number;
  alertLevel: string;
  verifyNote: string | null;
  measures: string | null;
  feedbackNote: string | null;
  recheckNote: string | null;
  appealReason: string | null;
  appealNote: string | null;
  /** Instant the appeal was upheld (the evaluation's appeal_outcome becomes UPHELD), or -1. */
  upheldT: number;
}

export interface RectInput {
  openT: number;
  complaint: Complaint;
  /** Only a rating can be appealed as 误评 / 恶意评价, not a 回访 finding. */
  appealable: boolean;
}

export class RectificationSimulator {
  constructor(
    private readonly clock: SeedClock,
    /** First instant of `today`. */
    private readonly cutoff: number,
  ) {}

  simulate(rng: Rng, input: RectInput): RectOutcome {
    const clk = this.clock;
    const texts = RECTIFICATION_TEXTS[input.complaint];
    const openDay = clk.day(input.openT);
    const due = clk.addWD(openDay, RECTIFICATION_DAYS);
    const steps: RectStep[] = [];
    let status = 'OPEN';
    let t = input.openT;
    const add = (type: string, to: string, at: number, side: Side, note: string | null, code: string | null = null) => {
      steps.push({ type, from: status, to, t: at, side, note, code, overdue: 0 });
      status = to;
      t = at;
    };
    steps.push({ type: 'OPENED', from: null, to: 'OPEN', t, side: 'SYSTEM', note: null, code: null, overdue: 0 });
    /** An instant `wd` working days after the last step (same day: later that day). */
    const after = (wd: number) => clk.at(wd === 0 ? clk.day(t) : clk.addWD(clk.day(t), wd), t, rng);

    let verified = false;
    let closed = false;
    if (input.appealable && rng.chance(APPEAL_SHARE)) {
      // an appeal questions the rating itself, so it comes before any rectification work
      if (rng.chance(0.3)) {
        add('VERIFIED', 'VERIFIED', after(rng.int(0, 1)), 'STATION', rng.pick(texts.verify));
        verified = true;
      }
      const reason = rng.chance(0.6) ? 'MISTAKEN' : 'MALICIOUS';
      add('APPEALED', 'APPEALED', after(rng.int(0, 1)), 'STATION', rng.pick(APPEAL_NOTES[reason]), reason);
      if (rng.chance(UPHELD_SHARE)) {
        add('APPEAL_UPHELD', 'CLOSED', after(rng.int(1, 3)), 'REVIEW', rng.chance(0.5) ? rng.pick(APPEAL_UPHOLD_NOTES) : null);
        closed = true;
      } else {
        add('APPEAL_REJECTED', verified ? 'VERIFIED' : 'OPEN', after(rng.int(1, 3)), 'REVIEW', rng.pick(APPEAL_REJECT_NOTES));
      }
    }
    if (!closed) {
      const rework = rng.chance(REWORK_SHARE);
      // the working day (counted from the opening) on which the re-check closes the task
      const r = rng.next();
      const closeOff =
        r < STUCK_SHARE ? RECTIFICATION_DAYS + rng.int(6, 40) : r < STUCK_SHARE + LATE_SHARE ? RECTIFICATION_DAYS + rng.int(1, 5) : rng.int(rework ? 3 : 1, RECTIFICATION_DAYS);
      const plan: Array<[string, string, Side]> = [];
      if (!verified) plan.push(['VERIFIED', 'VERIFIED', 'STATION']);
      plan.push(['RECTIFIED', 'RECTIFIED', 'STATION'], ['FED_BACK', 'FED_BACK', 'STATION']);
      if (rework) plan.push(['RECHECK_FAILED', 'REWORK', 'REVIEW'], ['RECTIFIED', 'RECTIFIED', 'STATION'], ['FED_BACK', 'FED_BACK', 'STATION']);
      plan.push(['RECHECK_PASSED', 'CLOSED', 'REVIEW']);
      // day offsets: sorted uniform draws, the last one pinned to the closing day
      const startOff = Math.max(0, clk.between(openDay, clk.day(t)));
      const offs = plan.map(() => startOff + Math.floor(rng.next() * (Math.max(closeOff, startOff) - startOff + 1))).sort((a, b) => a - b);
      offs[offs.length - 1] = Math.max(closeOff, offs[offs.length - 2] ?? 0);
      plan.forEach(([type, to, side], i) => {
        const day = offs[i] === 0 ? openDay : clk.addWD(openDay, offs[i]);
        const note =
          type === 'VERIFIED' ? rng.pick(texts.verify)
          : type === 'RECTIFIED' ? rng.pick(texts.measures)
          : type === 'FED_BACK' ? rng.pick(texts.feedback)
          : type === 'RECHECK_FAILED' ? rng.pick(RECHECK_FAIL_NOTES)
          : rng.chance(0.7) ? rng.pick(RECHECK_PASS_NOTES) : null;
        add(type, to, clk.at(day, t, rng), side, note);
      });
    }
    const closedT = t;
    this.escalate(rng, steps, due, closedT);
    return this.cut(steps, due);
  }

  /** ESCALATED events for the escalation runs that found the task still open past its due date. */
  private escalate(rng: Rng, steps: RectStep[], due: number, closedT: number): void {
    const clk = this.clock;
    const raise = (overdue: number, level: string) => {
      // the escalation job runs early on the working day
      const at = clk.addWD(due, overdue) * WS + rng.int(0, 1800);
      if (at >= closedT) return;
      const i = steps.findIndex((s) => s.t > at);
      steps.splice(i < 0 ? steps.length : i, 0, { type: 'ESCALATED', from: null, to: null, t: at, side: 'SYSTEM', note: null, code: level, overdue });
    };
    raise(1, 'OVERDUE');
    raise(FLAG_AFTER_WORKING_DAYS + 1, 'FLAGGED');
  }

  private cut(steps: RectStep[], due: number): RectOutcome {
    let kept = steps.length;
    while (kept > 1 && steps[kept - 1].t >= this.cutoff) kept--;
    steps.length = kept;
    const o: RectOutcome = {
      steps, status: 'OPEN', dueDay: due, closedT: -1, alertLevel: 'NONE', verifyNote: null, measures: null, feedbackNote: null,
      recheckNote: null, appealReason: null, appealNote: null, upheldT: -1,
    };
    for (const s of steps) {
      if (s.to) o.status = s.to;
      switch (s.type) {
        case 'VERIFIED': o.verifyNote = s.note; break;
        case 'RECTIFIED': o.measures = s.note; break;
        case 'FED_BACK': o.feedbackNote = s.note; break;
        case 'RECHECK_PASSED': case 'RECHECK_FAILED': o.recheckNote = s.note; break;
        case 'APPEALED': o.appealReason = s.code; o.appealNote = s.note; break;
        case 'APPEAL_UPHELD': o.upheldT = s.t; break;
        case 'ESCALATED': o.alertLevel = s.code!; break;
      }
      if (s.to === 'CLOSED') o.closedT = s.t;
    }
    return o;
  }
}
