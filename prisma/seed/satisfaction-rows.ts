// COPY rows of the satisfaction side of a finished case (DB1405 8.1-8.2): its evaluation with
// dimension ratings and moderation, the one-time online evaluation token with its invitation and
// reminder, and for a bad rating the rectification with its history and escalation notices.
// Driven by DayGenerator case by case from its own random stream, so the case tables do not
// change when this side does.
import { createHash } from 'node:crypto';
import { CHANNEL_TEXT, LEVEL_TEXT, type Channel, type Level } from '../../api/src/evaluations/evaluation-codes';
import { escalationNotice } from '../../api/src/rectifications/rectification-escalation';
import { SeedClock, WS } from './clock';
import { Complaint } from './feedback-texts';
import { EvaluationPlan } from './lifecycle';
import { Rng } from './random';
import { RectificationSimulator, RectOutcome } from './rectification-sim';
import { copyText, NULL, RowBuffer } from './row-buffer';
import { ATTITUDE_COMMENTS, DELAY_COMMENTS, FAILED_COMMENTS, MATERIAL_COMMENTS } from './texts';
import { World } from './world';

export const SATISFACTION_COLUMNS = {
  evaluations: [
    'id', 'case_id', 'occasion', 'channel', 'level', 'done', 'efficiency', 'attitude', 'professionalism', 'comment', 'comment_redacted',
    'moderation', 'moderated_by_id', 'entered_by_id', 'token_id', 'appeal_outcome', 'created_at', 'updated_at',
  ],
  evaluation_tokens: ['id', 'case_id', 'occasion', 'token_hash', 'created_at', 'expires_at', 'used_at', 'reminded_at'],
  rectifications: [
    'id', 'source', 'evaluation_id', 'survey_call_id', 'case_id', 'station_id', 'status', 'due_date', 'summary', 'verify_note', 'measures',
    'feedback_note', 'recheck_note', 'appeal_reason', 'appeal_note', 'alert_level', 'closed_at', 'created_at', 'updated_at', 'version',
  ],
  rectification_events: ['id', 'rectification_id', 'type', 'from_status', 'to_status', 'actor_id', 'data', 'at'],
  survey_batches: ['id', 'month', 'seed', 'per_township', 'created_by_id', 'created_at'],
  survey_calls: [
    'id', 'batch_id', 'case_id', 'township_code', 'outcome', 'level', 'comment', 'called_by_id', 'called_at', 'finding', 'created_at', 'updated_at',
  ],
  suggestions: [
    'id', 'tracking_code', 'region_code', 'content', 'contact_enc', 'contact_masked', 'status', 'answer', 'answered_by_id', 'answered_at', 'created_at',
  ],
  notifications: ['id', 'kind', 'channel', 'case_id', 'rectification_id', 'recipient', 'body', 'created_at'],
} as const;

export type SatisfactionTable = keyof typeof SATISFACTION_COLUMNS;
export type SatisfactionBuffers = Record<SatisfactionTable, RowBuffer>;

/** config EVALUATION_TOKEN_DAYS / EVALUATION_REMINDER_DAYS defaults (DB1405 8.1.1). */
export const TOKEN_DAYS = 30;
export const REMINDER_WORKING_DAYS = 3;
/** Comments of the last week are still waiting for moderation (8.1.3); older ones were decided. */
const MODERATION_LAG_DAYS = 7;
const REJECTED_SHARE = 0.03;
/** Share of evaluations that carry the optional dimension ratings, by channel. */
const DIMENSIONS_SHARE: Record<string, number> = { ONLINE: 0.85, DEVICE: 0.9, PAPER: 0.4, COMMENT_BOX: 0 };
const LEVEL_SCORE: Record<string, number> = { VERY_SATISFIED: 5, SATISFIED: 4, BASICALLY_SATISFIED: 3, DISSATISFIED: 2, VERY_DISSATISFIED: 1 };
export const BAD_LEVEL = (level: string) => level === 'DISSATISFIED' || level === 'VERY_DISSATISFIED';

const COMPLAINT_OF = new Map<string, Complaint>([
  ...DELAY_COMMENTS.map((c) => [c, 'DELAY'] as const),
  ...ATTITUDE_COMMENTS.map((c) => [c, 'ATTITUDE'] as const),
  ...MATERIAL_COMMENTS.map((c) => [c, 'MATERIAL'] as const),
  ...FAILED_COMMENTS.map((c) => [c, 'FAILED'] as const),
]);

/** What a bad rating was about: its comment if it has one, else what went wrong with the case. */
export function complaintOf(comment: string | null, fail: boolean, late: boolean, materials: boolean): Complaint {
  return (comment && COMPLAINT_OF.get(comment)) || (fail ? 'FAILED' : late ? 'DELAY' : materials ? 'MATERIAL' : 'GENERIC');
}

export interface FinishedCase {
  id: number;
  caseNo: string;
  stationId: number;
  fail: boolean;
  completedT: number;
  phoneMasked: string;
}

export interface OpenRect {
  source: 'EVALUATION' | 'SURVEY';
  evaluationId: number | null;
  surveyCallId: number | null;
  caseId: number;
  caseNo: string;
  stationId: number;
  openT: number;
  complaint: Complaint;
  summary: string;
  openedBy: string;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const json = (o: object) => copyText(JSON.stringify(o));

export class SatisfactionWriter {
  private readonly sim: RectificationSimulator;
  private readonly townshipName = new Map<string, string>();
  nextEvaluation = 1;
  nextToken = 1;
  nextRect = 1;
  nextRectEvent = 1;
  nextNotification = 1;
  /** The last case's evaluation (0 when none) and who entered it (COPY text, \N for nobody). */
  evaluationId = 0;
  enteredBy = NULL;

  constructor(
    private readonly world: World,
    private readonly clock: SeedClock,
    private readonly cutoffT: number,
    private readonly params: { seed: number; actors: { agentUserId: number; reviewerUserId: number } },
  ) {
    this.sim = new RectificationSimulator(clock, cutoffT);
    for (const r of world.regions) if (r.level === 'TOWNSHIP') this.townshipName.set(r.code, r.name);
  }

  /** The demo users act only in their own scope, as they would in the application. */
  private stationActor(stationId: number): string {
    return stationId === this.world.demo.stationId ? String(this.params.actors.agentUserId) : NULL;
  }

  reviewerFor(stationId: number): string {
    return this.world.stations[stationId - 1].townshipCode === this.world.demo.townshipCode ? String(this.params.actors.reviewerUserId) : NULL;
  }

  /** Rows of a case that finished before the cut-off: its evaluation, token, rectification. */
  finished(x: Rng, c: FinishedCase, ev: EvaluationPlan | null, out: SatisfactionBuffers): void {
    this.evaluationId = 0;
    this.enteredBy = NULL;
    const clk = this.clock;
    // the reminder job's run on the 3rd working day after the case finished
    const remindAt = () => clk.addWD(clk.day(c.completedT), REMINDER_WORKING_DAYS) * WS + x.int(0, 1800);
    if (!ev) {
      // a recent case waiting for its rating holds an unused link (expired ones are not kept)
      if (c.completedT + TOKEN_DAYS * WS > this.cutoffT) {
        const remindT = remindAt();
        this.token(c, -1, remindT < this.cutoffT ? remindT : -1, out);
      }
      return;
    }
    const id = (this.evaluationId = this.nextEvaluation++);
    let tokenId = 0;
    if (ev.channel === 'ONLINE') {
      const remindT = remindAt();
      tokenId = this.token(c, ev.t, remindT < ev.t ? remindT : -1, out);
    }
    // typed in by staff; only the demo reviewer is a user that can have done it
    if (ev.channel === 'PAPER' || ev.channel === 'COMMENT_BOX') this.enteredBy = this.reviewerFor(c.stationId);
    const done = !c.fail && (ev.channel === 'PAPER' || ev.channel === 'COMMENT_BOX') && x.chance(0.1) ? null : ev.done;

    // dimension ratings (效率 / 态度 / 专业) follow the level, lowered where the complaint lies
    let dims = `${NULL}\t${NULL}\t${NULL}`;
    const complaint = complaintOf(ev.comment, c.fail, ev.late, ev.materials);
    if (x.chance(DIMENSIONS_SHARE[ev.channel])) {
      const base = LEVEL_SCORE[ev.level];
      const bad = BAD_LEVEL(ev.level);
      const dim = (lower: boolean) => {
        const r = x.next();
        const v = base + (r < 0.15 ? -1 : r > 0.85 ? 1 : 0) - (lower && (bad || x.chance(0.5)) ? 1 : 0);
        return v < 1 ? 1 : v > 5 ? 5 : v;
      };
      dims = `${dim(ev.late)}\t${dim(complaint === 'ATTITUDE')}\t${dim(c.fail || complaint === 'MATERIAL')}`;
    }

    // seeded comments hold no personal data (feedback-texts.spec.ts), so the redacted copy is the text
    let moderation = 'NONE';
    let moderatedBy = NULL;
    if (ev.comment) {
      if (ev.t >= this.cutoffT - MODERATION_LAG_DAYS * WS) moderation = 'PENDING';
      else {
        moderation = x.chance(REJECTED_SHARE) ? 'REJECTED' : 'APPROVED';
        moderatedBy = this.reviewerFor(c.stationId);
      }
    }
    let appeal = NULL;
    let updatedT = ev.t;
    if (BAD_LEVEL(ev.level)) {
      const parts = [`${CHANNEL_TEXT[ev.channel as Channel]}评价为“${LEVEL_TEXT[ev.level as Level]}”`];
      if (done === false) parts.push('群众反映事项未办成');
      if (ev.comment) parts.push(`留言：${ev.comment}`);
      const r = this.rectification(x, {
        source: 'EVALUATION', evaluationId: id, surveyCallId: null, caseId: c.id, caseNo: c.caseNo, stationId: c.stationId, openT: ev.t,
        complaint, summary: parts.join('；'), openedBy: this.enteredBy,
      }, out);
      if (r.upheldT >= 0) {
        appeal = 'UPHELD';
        updatedT = r.upheldT;
      }
    }
    const comment = copyText(ev.comment);
    out.evaluations.push(
      `${id}\t${c.id}\t1\t${ev.channel}\t${ev.level}\t${done === null ? NULL : done ? 't' : 'f'}\t${dims}\t${comment}\t${comment}\t${moderation}\t${moderatedBy}\t${
        this.enteredBy
      }\t${tokenId || NULL}\t${appeal}\t${clk.ts(ev.t)}\t${clk.ts(updatedT)}\n`,
    );
  }

  /**
   * The one-time link of occasion 1, issued with an invitation when the case finished (as
   * EvaluationInvitations.onFinished does). The API derives real tokens from its secret, which
   * the seed does not have: the hash here is of a made-up string, so a seeded unused link opens
   * only after the reply slip is printed, when forSlip re-keys the row to the real token.
   */
  private token(c: FinishedCase, usedT: number, remindedT: number, out: SatisfactionBuffers): number {
    const clk = this.clock;
    const id = this.nextToken++;
    const hash = sha256(`demo-seed:${this.params.seed}:eval:${c.id}:1`);
    out.evaluation_tokens.push(
      `${id}\t${c.id}\t1\t${hash}\t${clk.ts(c.completedT)}\t${clk.ts(c.completedT + TOKEN_DAYS * WS)}\t${usedT >= 0 ? clk.ts(usedT) : NULL}\t${
        remindedT >= 0 ? clk.ts(remindedT) : NULL
      }\n`,
    );
    // The invitation and reminder are logged (notifications) only for links still open: a row for
    // every online rating ever made would be hundreds of thousands of rows of little use, and the
    // seed has to stay fast (about a million cases a minute).
    if (usedT >= 0) return id;
    // the texts of EvaluationInvitations / EvaluationReminders as LoggingNotifier records them
    const slip = '（评价链接见办结回执）';
    this.notify(out, 'EVALUATION_INVITATION', 'LOG', c.id, NULL, c.phoneMasked,
      `【红色代办】您委托代办的事项（案件号 ${c.caseNo}）已${c.fail ? '办理完毕（未办成）' : '办结'}，诚邀您对本次服务作出评价。${slip}`, c.completedT);
    if (remindedT >= 0) {
      this.notify(out, 'EVALUATION_REMINDER', 'LOG', c.id, NULL, c.phoneMasked,
        `【红色代办】您委托代办的事项（案件号 ${c.caseNo}）已办理完毕，您尚未评价，欢迎对本次服务作出评价。${slip}`, remindedT);
    }
    return id;
  }

  private notify(out: SatisfactionBuffers, kind: string, channel: string, caseId: number, rectId: string, recipient: string, body: string, t: number): void {
    out.notifications.push(
      `${this.nextNotification++}\t${kind}\t${channel}\t${caseId}\t${rectId}\t${copyText(recipient)}\t${copyText(body)}\t${this.clock.ts(t)}\n`,
    );
  }

  /** DB1405 8.2: the task, its events (the API's event data) and its escalation notices. */
  rectification(x: Rng, o: OpenRect, out: SatisfactionBuffers): RectOutcome {
    const clk = this.clock;
    const r = this.sim.simulate(x, { openT: o.openT, complaint: o.complaint, appealable: o.source === 'EVALUATION' });
    const id = this.nextRect++;
    const dueDate = clk.iso(r.dueDay);
    const station = this.world.stations[o.stationId - 1];
    const stationActor = this.stationActor(o.stationId);
    const reviewer = this.reviewerFor(o.stationId);
    r.steps.forEach((s, i) => {
      const version = i + 1;
      let data: object;
      let actor = s.side === 'STATION' ? stationActor : s.side === 'REVIEW' ? reviewer : NULL;
      if (s.type === 'OPENED') {
        data = { source: o.source, evaluationId: o.evaluationId, surveyCallId: o.surveyCallId, dueDate };
        actor = o.openedBy;
      } else if (s.type === 'ESCALATED') {
        const today = clk.iso(clk.day(s.t));
        const level = s.code as 'OVERDUE' | 'FLAGGED';
        const notice = escalationNotice(level, {
          id, caseNo: o.caseNo, dueDate, overdueWorkingDays: s.overdue, stationName: station.name, townshipName: this.townshipName.get(station.townshipCode) ?? null,
        });
        // OVERDUE always comes first (due + 1 working day), FLAGGED after it (due + 6)
        data = { from: level === 'FLAGGED' ? 'OVERDUE' : 'NONE', to: level, today, dueDate, overdueWorkingDays: s.overdue, recipient: notice.recipient, version };
        this.notify(out, notice.kind, 'SYSTEM', o.caseId, String(id), notice.recipient, notice.body, s.t);
      } else {
        data = {
          version, ...(s.type === 'RECTIFIED' ? { measures: s.note } : s.note ? { note: s.note } : {}), ...(s.type === 'APPEALED' ? { reason: s.code } : {}),
          ...(s.type === 'APPEAL_UPHELD' && o.evaluationId ? { evaluationId: o.evaluationId, appealOutcome: 'UPHELD' } : {}),
        };
      }
      out.rectification_events.push(
        `${this.nextRectEvent++}\t${id}\t${s.type}\t${s.from ?? NULL}\t${s.to ?? NULL}\t${actor}\t${json(data)}\t${clk.ts(s.t)}\n`,
      );
    });
    const last = r.steps[r.steps.length - 1].t;
    out.rectifications.push(
      [
        id, o.source, o.evaluationId ?? NULL, o.surveyCallId ?? NULL, o.caseId, o.stationId, r.status, dueDate, copyText(o.summary),
        copyText(r.verifyNote), copyText(r.measures), copyText(r.feedbackNote), copyText(r.recheckNote), r.appealReason ?? NULL,
        copyText(r.appealNote), r.alertLevel, r.closedT >= 0 ? clk.ts(r.closedT) : NULL, clk.ts(o.openT), clk.ts(last), r.steps.length,
      ].join('\t') + '\n',
    );
    return r;
  }
}
