// One case's history, simulated to its end and then cut at the start of `today`: whatever had
// not happened yet is dropped, so recent cases are naturally open (awaiting materials, in
// progress, handed up, paused for a supplement) and a few late ones are open and overdue.
//
// Rules followed: acceptance only with complete materials, otherwise one-time notice and wait
// (DB1405 6.2.2); the due date counts working days from the day after acceptance (4.3) and
// supplement pauses extend it (6.3.2); items not handled at the village are handed up and the
// result comes back (7.2.3); the result is notified (6.4.1); the citizen may evaluate (8.1).
import { SeedClock } from './clock';
import { Rng, weightedPicker } from './random';
import { ATTITUDE_COMMENTS, DELAY_COMMENTS, FAILED_COMMENTS, FAILURE_REASONS, GOOD_COMMENTS, MATERIAL_COMMENTS, NEUTRAL_COMMENTS } from './texts';

export const LATE_SHARE = 0.075;
export const FAIL_SHARE = 0.04;
export const AWAITING_SHARE = 0.12;
export const SUPPLEMENT_SHARE = 0.08;
export const EVALUATED_SHARE = 0.85;

type Status = 'AWAITING_MATERIALS' | 'ACCEPTED' | 'IN_PROGRESS' | 'SUPPLEMENT_REQUESTED' | 'HANDED_UP' | 'COMPLETED' | 'FAILED';

const pickReason = weightedPicker(FAILURE_REASONS);
const pickNotice = weightedPicker<string>([['PHONE', 65], ['SMS', 25], ['VISIT', 10]]);
const pickEvalChannel = weightedPicker<string>([['ONLINE', 35], ['DEVICE', 40], ['PAPER', 20], ['COMMENT_BOX', 5]]);
const LEVELS = ['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED'];
const pickOnTime = weightedPicker(LEVELS.map((l, i) => [l, [70, 24.5, 4.3, 0.8, 0.4][i]] as const));
const pickLate = weightedPicker(LEVELS.map((l, i) => [l, [35, 32, 18, 10, 5][i]] as const));
const pickFailed = weightedPicker(LEVELS.map((l, i) => [l, [15, 30, 25, 18, 12][i]] as const));

/** The rating a citizen gives a case that failed / finished late / finished on time (also used by 回访). */
export function pickLevel(rng: Rng, fail: boolean, late: boolean): string {
  return fail ? pickFailed(rng) : late ? pickLate(rng) : pickOnTime(rng);
}

export interface EvaluationPlan {
  t: number;
  channel: string;
  level: string;
  /** 办成了吗: true for a completed case; false (or null: not answered) for a failed one. */
  done: boolean | null;
  comment: string | null;
  /** Finished after its due date. */
  late: boolean;
  /** A supplement of materials was asked for during handling (the one-time notice, 6.2.2, fell short). */
  materials: boolean;
}

/** Events of one case, reused between cases to avoid allocation. */
export class CaseHistory {
  n = 0;
  readonly type: string[] = [];
  readonly from: Array<Status | null> = [];
  readonly to: Array<Status | null> = [];
  readonly t: number[] = [];
  readonly data: string[] = [];

  // state as of the cut-off
  status: Status = 'ACCEPTED';
  acceptedT = -1;
  dueDay = -1;
  pausedDays = 0;
  completedT = -1;
  failureReason: string | null = null;
  evaluation: EvaluationPlan | null = null;
  /** Index of the EVALUATED event (its data is filled in by the caller, who knows the id). */
  evaluationEvent = -1;

  add(type: string, from: Status | null, to: Status | null, t: number, data: string): void {
    const i = this.n++;
    this.type[i] = type;
    this.from[i] = from;
    this.to[i] = to;
    this.t[i] = t;
    this.data[i] = data;
  }

  get lastT(): number {
    return this.t[this.n - 1];
  }
}

export interface CaseInput {
  level: 'VILLAGE' | 'TOWNSHIP' | 'COUNTY';
  timeLimitDays: number;
  createdT: number;
  homeVisit: boolean;
}

export class CaseSimulator {
  constructor(
    private readonly clock: SeedClock,
    /** First instant of `today`: events at or after it have not happened yet. */
    private readonly cutoff: number,
  ) {}

  simulate(rng: Rng, c: CaseInput, h: CaseHistory): void {
    const clk = this.clock;
    h.n = 0;
    h.evaluation = null;
    h.evaluationEvent = -1;
    const dueJson = (day: number) => `{"dueDate":"${clk.iso(day)}"}`;

    // DB1405 6.2: accept at once when the materials are complete, else one-time notice and wait
    let tAcc = c.createdT;
    if (rng.chance(AWAITING_SHARE)) {
      h.add('CREATED', null, 'AWAITING_MATERIALS', c.createdT, `{"missingMaterials":${rng.chance(0.7) ? 1 : 2}}`);
      tAcc = clk.at(clk.addWD(clk.day(c.createdT), rng.int(1, 5)), c.createdT, rng);
    }
    const accDay = clk.day(tAcc);
    const due0 = clk.addWD(accDay, c.timeLimitDays);
    if (h.n > 0) h.add('MATERIALS_COMPLETED', 'AWAITING_MATERIALS', 'ACCEPTED', tAcc, dueJson(due0));
    else h.add('CREATED', null, 'ACCEPTED', tAcc, dueJson(due0));
    const accIdx = h.n - 1;

    const tStart =
      clk.isWorking(accDay) && rng.chance(0.7) ? clk.later(tAcc, rng, 5400) : clk.at(clk.addWD(accDay, 1), tAcc, rng);
    h.add('STARTED', 'ACCEPTED', 'IN_PROGRESS', tStart, '{}');
    const sDay = clk.day(tStart);

    const pause = rng.chance(SUPPLEMENT_SHARE) ? rng.int(1, 5) : 0;
    const handed = c.level !== 'VILLAGE' && rng.chance(0.9);
    const due = pause ? clk.addWD(due0, pause) : due0;
    const room = clk.between(sDay, due);
    const fail = rng.chance(FAIL_SHARE);
    const late = !fail && rng.chance(LATE_SHARE);
    const minK = pause + (handed ? 1 : 0);
    let k = late ? room + 1 + Math.floor(rng.next() ** 2 * 10) : Math.floor(rng.next() ** 1.8 * (room + 1));
    if (k < minK) k = minK;

    // spread the slack over: before the supplement request, hand-up, review at the upper level
    let rest = k - minK;
    let off = 0;
    let cur = tStart;
    const atOffset = (o: number) => (cur = clk.at(o === 0 ? sDay : clk.addWD(sDay, o), cur, rng));
    let recvIdx = -1;
    if (pause) {
      const g = Math.floor(rng.next() * (rest + 1));
      rest -= g;
      off += g;
      h.add('SUPPLEMENT_REQUESTED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', atOffset(off), '{"materials":1}');
      off += pause;
      h.add('SUPPLEMENT_RECEIVED', 'SUPPLEMENT_REQUESTED', 'IN_PROGRESS', atOffset(off), `{"pausedDays":${pause},"dueDate":"${clk.iso(due)}"}`);
      recvIdx = h.n - 1;
    }
    if (handed) {
      const g = rng.chance(0.6) ? 0 : Math.min(rest, 1);
      rest -= g;
      off += g;
      h.add('HANDED_UP', 'IN_PROGRESS', 'HANDED_UP', atOffset(off), `{"to":"${c.level}"}`);
      const review = Math.floor(rng.next() * (rest + 1));
      rest -= review;
      off += 1 + review;
      h.add('RESULT_RETURNED', 'HANDED_UP', 'IN_PROGRESS', atOffset(off), '{}');
    }
    off += rest;
    const reason = fail ? pickReason(rng) : null;
    const tEnd = atOffset(off);
    if (fail) h.add('FAILED', 'IN_PROGRESS', 'FAILED', tEnd, `{"reason":"${reason}"}`);
    else h.add('COMPLETED', 'IN_PROGRESS', 'COMPLETED', tEnd, '{}');
    const endIdx = h.n - 1;

    // DB1405 6.4.1: tell the citizen the result
    const channel = c.homeVisit ? 'VISIT' : pickNotice(rng);
    const tNote = rng.chance(0.7) ? clk.later(tEnd, rng, 3600) : clk.at(clk.addWD(clk.day(tEnd), 1), tEnd, rng);
    h.add('NOTIFIED', null, null, tNote, `{"channel":"${channel}"}`);

    // DB1405 8.1: evaluations by device at the station right away, the others within days
    let evaluation: EvaluationPlan | null = null;
    if (rng.chance(EVALUATED_SHARE)) {
      const ch = pickEvalChannel(rng);
      const t = ch === 'DEVICE' ? clk.later(tNote, rng, 1800) : clk.at(clk.day(tEnd) + rng.int(0, 5), tNote, rng);
      const wasLate = clk.day(tEnd) > due;
      const level = pickLevel(rng, fail, wasLate);
      // one draw either way, so the stream (and every later row) does not depend on this choice
      const done = fail ? (rng.chance(0.15) ? null : false) : true;
      evaluation = { t, channel: ch, level, done, comment: comment(rng, level, fail, wasLate, pause > 0), late: wasLate, materials: pause > 0 };
      h.add('EVALUATED', null, null, t, '');
    }

    // cut at `today`: keep what has happened
    let kept = h.n;
    while (kept > 0 && h.t[kept - 1] >= this.cutoff) kept--;
    h.n = kept;
    let status: Status = 'ACCEPTED';
    for (let i = 0; i < kept; i++) if (h.to[i]) status = h.to[i]!;
    h.status = status;
    h.acceptedT = accIdx < kept ? tAcc : -1;
    h.dueDay = accIdx < kept ? (recvIdx >= 0 && recvIdx < kept ? due : due0) : -1;
    h.pausedDays = recvIdx >= 0 && recvIdx < kept ? pause : 0;
    h.completedT = endIdx < kept ? tEnd : -1;
    h.failureReason = endIdx < kept ? reason : null;
    h.evaluation = evaluation && kept === endIdx + 3 ? evaluation : null;
    h.evaluationEvent = h.evaluation ? kept - 1 : -1;
  }
}

function comment(rng: Rng, level: string, fail: boolean, late: boolean, materials: boolean): string | null {
  const bad = level === 'DISSATISFIED' || level === 'VERY_DISSATISFIED';
  if (!rng.chance(bad ? 0.75 : level === 'BASICALLY_SATISFIED' ? 0.3 : 0.1)) return null;
  if (fail && (bad || rng.chance(0.5))) return rng.pick(FAILED_COMMENTS);
  if (late && !(level === 'VERY_SATISFIED' || level === 'SATISFIED')) return rng.pick(DELAY_COMMENTS);
  if (bad) return rng.pick(materials ? MATERIAL_COMMENTS : ATTITUDE_COMMENTS);
  return level === 'BASICALLY_SATISFIED' ? rng.pick(NEUTRAL_COMMENTS) : rng.pick(GOOD_COMMENTS);
}
