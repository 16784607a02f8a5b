// 回访 (DB1405 8.1.2): each month a random sample of the cases closed in the month before, per
// township, called back by staff other than the handling agent during the month after. The draw
// is the API's own (api/src/surveys/survey-sample.ts) with the seed stored on the batch, so a
// seeded batch can be redrawn and checked like one the application made. A bad rating on a call
// is a finding and opens a rectification (8.2), like a bad evaluation.
import { isoToDayNumber } from '../../api/src/calendar/working-days';
import { LEVEL_TEXT, type Level } from '../../api/src/evaluations/evaluation-codes';
import { drawSample, type Candidate } from '../../api/src/surveys/survey-sample';
import { SeedClock, WS } from './clock';
import { Complaint, SURVEY_FINDINGS, SURVEY_GOOD, SURVEY_NEUTRAL, SURVEY_NOT_REACHED, SURVEY_REFUSED } from './feedback-texts';
import { pickLevel } from './lifecycle';
import { hash32, Rng } from './random';
import { copyText, NULL } from './row-buffer';
import { BAD_LEVEL, SatisfactionBuffers, SatisfactionWriter } from './satisfaction-rows';
import { World } from './world';

/** config SURVEY_PER_TOWNSHIP default. */
export const SURVEY_PER_TOWNSHIP = 5;
const LEVELS = ['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED'];
const FAIL = 1;
const LATE = 2;
const MATERIALS = 4;

/** Month number (year × 12 + month − 1) of an ISO date. */
export const monthOf = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const monthIso = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;

/**
 * Every case that finished before the cut-off, in a few typed arrays (a million cases cost about
 * 20 MB): enough to draw the samples and to write the calls without keeping case rows around.
 */
export class ClosedCaseLedger {
  n = 0;
  private cap = 1 << 14;
  caseId = new Int32Array(this.cap);
  month = new Int32Array(this.cap);
  township = new Int16Array(this.cap);
  station = new Int32Array(this.cap);
  flags = new Uint8Array(this.cap);
  /** Index in LEVELS of the case's evaluation, -1 when none. */
  level = new Int8Array(this.cap);
  /** Case number parts: JC<noMonth>-<noSeq>. */
  noMonth = new Int32Array(this.cap);
  noSeq = new Int32Array(this.cap);

  /** `caseNo` as its two numbers (JC202406-0000123 → 202406, 123): no string per case is kept. */
  add(caseId: number, closedIso: string, township: number, station: number, fail: boolean, late: boolean, materials: boolean, level: string | null, caseNo: [number, number]): void {
    if (this.n === this.cap) this.grow();
    const i = this.n++;
    this.caseId[i] = caseId;
    this.month[i] = monthOf(closedIso);
    this.township[i] = township;
    this.station[i] = station;
    this.flags[i] = (fail ? FAIL : 0) | (late ? LATE : 0) | (materials ? MATERIALS : 0);
    this.level[i] = level ? LEVELS.indexOf(level) : -1;
    this.noMonth[i] = caseNo[0];
    this.noSeq[i] = caseNo[1];
  }

  caseNo(i: number): string {
    return `JC${this.noMonth[i]}-${String(this.noSeq[i]).padStart(7, '0')}`;
  }

  private grow(): void {
    this.cap *= 2;
    for (const k of ['caseId', 'month', 'township', 'station', 'flags', 'level', 'noMonth', 'noSeq'] as const) {
      const old = this[k];
      const next = new (old.constructor as Int32ArrayConstructor)(this.cap);
      next.set(old as Int32Array);
      (this as unknown as Record<string, unknown>)[k] = next;
    }
  }
}

export interface SurveyContext {
  world: World;
  clock: SeedClock;
  cutoffT: number;
  seed: number;
  /** First day of the seeded window. */
  firstDay: number;
  townships: string[];
}

/** Batches for every month of the window whose 回访 list was due (first working day after it) before the cut-off. */
export function writeSurveys(x: Rng, ledger: ClosedCaseLedger, ctx: SurveyContext, w: SatisfactionWriter, out: SatisfactionBuffers, ids: { batch: number; call: number }): void {
  const clk = ctx.clock;
  const byMonth = new Map<number, number[]>();
  for (let i = 0; i < ledger.n; i++) {
    const list = byMonth.get(ledger.month[i]);
    if (list) list.push(i);
    else byMonth.set(ledger.month[i], [i]);
  }
  const cutoffDay = clk.day(ctx.cutoffT);
  for (let m = monthOf(clk.iso(ctx.firstDay)); m < monthOf(clk.iso(cutoffDay)); m++) {
    const rows = byMonth.get(m);
    if (!rows) continue;
    // the list is drawn early on the first working day of the next month
    let day = isoToDayNumber(monthIso(m + 1));
    while (!clk.isWorking(day)) day++;
    const batchT = day * WS + x.int(0, 1800);
    if (batchT >= ctx.cutoffT) break;
    const workdays: number[] = [];
    for (let d = day; monthOf(clk.iso(d)) === m + 1; d++) if (clk.isWorking(d)) workdays.push(d);

    const batchId = ids.batch++;
    const batchSeed = hash32(ctx.seed, m, 0x5a4e) >>> 1; // an int4, like the API's stored seeds
    out.survey_batches.push(`${batchId}\t${monthIso(m)}\t${batchSeed}\t${SURVEY_PER_TOWNSHIP}\t${NULL}\t${clk.ts(batchT)}\n`);
    const index = new Map<number, number>();
    const candidates: Candidate[] = rows.map((i) => {
      index.set(ledger.caseId[i], i);
      return { caseId: ledger.caseId[i], townshipCode: ctx.townships[ledger.township[i]] };
    });
    for (const s of drawSample(candidates, batchSeed, SURVEY_PER_TOWNSHIP)) {
      writeCall(x, ledger, index.get(s.caseId)!, s.townshipCode, { batchId, batchT, workdays, callId: ids.call++ }, ctx, w, out);
    }
  }
}

function writeCall(
  x: Rng, ledger: ClosedCaseLedger, i: number, township: string, b: { batchId: number; batchT: number; workdays: number[]; callId: number },
  ctx: SurveyContext, w: SatisfactionWriter, out: SatisfactionBuffers,
): void {
  const clk = ctx.clock;
  const caseId = ledger.caseId[i];
  const station = ledger.station[i];
  const t = clk.at(b.workdays[x.int(0, Math.floor(b.workdays.length * 0.7))], b.batchT, x);
  const created = clk.ts(b.batchT);
  if (t >= ctx.cutoffT) {
    out.survey_calls.push(`${b.callId}\t${b.batchId}\t${caseId}\t${township}\tPENDING\t${NULL}\t${NULL}\t${NULL}\t${NULL}\t${NULL}\t${created}\t${created}\n`);
    return;
  }
  const r = x.next();
  const outcome = r < 0.7 ? 'REACHED' : r < 0.9 ? 'NOT_REACHED' : 'REFUSED';
  let level: string | null = null;
  let comment: string | null = null;
  let finding: string | null = null;
  const f = ledger.flags[i];
  if (outcome === 'REACHED') {
    // mostly what the citizen said in the evaluation, if there was one
    const rated = ledger.level[i];
    level = rated >= 0 && x.chance(0.7) ? LEVELS[rated] : pickLevel(x, (f & FAIL) !== 0, (f & LATE) !== 0);
    if (BAD_LEVEL(level)) {
      const complaint: Complaint = f & FAIL ? 'FAILED' : f & LATE ? 'DELAY' : f & MATERIALS ? 'MATERIAL' : x.chance(0.5) ? 'ATTITUDE' : 'GENERIC';
      finding = x.pick(SURVEY_FINDINGS[complaint]);
      w.rectification(x, {
        source: 'SURVEY', evaluationId: null, surveyCallId: b.callId, caseId, caseNo: ledger.caseNo(i), stationId: station, openT: t,
        // worded like SurveyCallsService.record's summary
        complaint, summary: `回访（回访成功）；群众评价为“${LEVEL_TEXT[level as Level]}”；发现问题：${finding}`, openedBy: w.reviewerFor(station),
      }, out);
    } else if (level === 'BASICALLY_SATISFIED') comment = x.chance(0.5) ? x.pick(SURVEY_NEUTRAL) : null;
    else comment = x.chance(0.3) ? x.pick(SURVEY_GOOD) : null;
  } else comment = x.pick(outcome === 'NOT_REACHED' ? SURVEY_NOT_REACHED : SURVEY_REFUSED);
  out.survey_calls.push(
    `${b.callId}\t${b.batchId}\t${caseId}\t${township}\t${outcome}\t${level ?? NULL}\t${copyText(comment)}\t${w.reviewerFor(station)}\t${clk.ts(t)}\t${copyText(finding)}\t${created}\t${clk.ts(t)}\n`,
  );
}
