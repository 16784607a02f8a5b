// Row generation for the bulk tables, one day at a time, straight into COPY text buffers.
// Pure and synchronous: each day has its own random stream (seeded by seed and day), so a day's
// rows depend only on (seed, day, world) and the id counters carried from the previous day.
import { WS, SeedClock } from './clock';
import { CaseHistory, CaseSimulator } from './lifecycle';
import { maskIdNumber, maskPhone } from '../../api/src/privacy/masking';
import { BirthDates, chineseName, idNumber, mobilePhone, Sex } from './people';
import { hash32, Rng, WeightedSampler } from './random';
import { copyText, NULL, RowBuffer } from './row-buffer';
import { SATISFACTION_COLUMNS, SatisfactionWriter } from './satisfaction-rows';
import { writeSuggestions, SUGGESTION_COUNT } from './suggestions';
import { ClosedCaseLedger, writeSurveys } from './surveys';
import { CONTENT_TEMPLATES, CONVERTED_ANSWER, deferredAnswer, immediateAnswer, OFF_CATALOGUE_TOPICS } from './texts';
import { World } from './world';

export const BULK_COLUMNS = {
  consultations: [
    'id', 'station_id', 'agent_id', 'channel', 'citizen_name', 'citizen_phone_enc', 'citizen_phone_masked', 'item_id', 'topic', 'content',
    'answer', 'status', 'due_date', 'answered_at', 'created_at', 'updated_at',
  ],
  cases: [
    'id', 'case_no', 'station_id', 'agent_id', 'item_id', 'item_version', 'consultation_id', 'citizen_name',
    'citizen_phone_enc', 'citizen_phone_masked', 'citizen_id_enc', 'citizen_id_masked', 'consent_at', 'status', 'level', 'home_visit', 'accepted_at', 'due_date',
    'paused_days', 'completed_at', 'failure_reason', 'created_at', 'updated_at', 'version',
  ],
  // txid is left to its default (pg_current_xact_id()), as the application's writes do
  case_events: ['id', 'case_id', 'type', 'from_status', 'to_status', 'actor_id', 'data', 'at'],
  // evaluations, tokens, rectifications, 回访, suggestions, notifications (DB1405 8.1-8.2)
  ...SATISFACTION_COLUMNS,
} as const;

export type BulkTable = keyof typeof BULK_COLUMNS;
export type BulkBuffers = Record<BulkTable, RowBuffer>;

/** Share of cases preceded by a consultation that was converted into them (≈10 % of 0.6 × cases). */
const CONVERTED_PER_CASE = 0.06;
const OFF_CATALOGUE_SHARE = 0.15;

interface Consult {
  t: number;
  station: number;
  agent: number;
  item: number; // 0 = off-catalogue
  topic: number;
  name: string;
  sex: Sex;
  phone: string;
  caseT: number; // > 0 when converted into a case created at caseT
  id: number;
}

export interface GeneratorParams {
  seed: number;
  /** Demo users that act in seeded history: the demo agent's own cases, the reviewer's township. */
  actors: { agentUserId: number; reviewerUserId: number };
  /** Encrypts a citizen's phone or ID number for storage (api/src/privacy/pii-cipher). */
  protect: (plain: string) => string;
}

export class DayGenerator {
  private readonly stationSampler: WeightedSampler;
  private readonly itemSamplers: WeightedSampler[];
  private readonly sim: CaseSimulator;
  private readonly cutoffT: number;
  private readonly history = new CaseHistory();
  private readonly births = new BirthDates();
  private readonly itemTexts: Array<{ contents: string[]; answers: string[]; deferred: string }>;
  private readonly sat: SatisfactionWriter;
  private readonly ledger = new ClosedCaseLedger();
  private readonly townships: string[];
  private readonly townshipIndex = new Map<string, number>();
  /** The satisfaction side's own stream per day: changing it leaves the case tables as they were. */
  private extra = new Rng(0);
  private firstDay = -1;
  private readonly surveyIds = { batch: 1, call: 1 };
  private suggestions = 0;
  private nextConsultation = 1;
  private nextCase = 1;
  private nextEvent = 1;
  private monthKey = '';
  private monthNo = 0;
  private monthSeq = 0;

  constructor(
    private readonly world: World,
    private readonly clock: SeedClock,
    cutoffDay: number,
    private readonly params: GeneratorParams,
  ) {
    this.stationSampler = new WeightedSampler(world.stationWeights);
    this.itemSamplers = world.itemWeightsByMonth.map((w) => new WeightedSampler(w));
    this.cutoffT = cutoffDay * WS;
    this.sim = new CaseSimulator(clock, this.cutoffT);
    this.sat = new SatisfactionWriter(world, clock, this.cutoffT, params);
    this.townships = world.regions.filter((r) => r.level === 'TOWNSHIP').map((r) => r.code);
    this.townships.forEach((code, i) => this.townshipIndex.set(code, i));
    this.itemTexts = world.items.map((it) => {
      const mats = it.materials.map((m) => m.name).join('、');
      return {
        contents: CONTENT_TEMPLATES.map((f) => f(it.name)),
        answers: immediateAnswer(mats, it.timeLimitDays),
        deferred: deferredAnswer(it.department),
      };
    });
  }

  /** Append the rows of `day` (nCases cases, nConsults stand-alone consultations) to `out`. */
  generateDay(day: number, nCases: number, nConsults: number, out: BulkBuffers): void {
    const rng = new Rng(hash32(this.params.seed, day, 0xca5e));
    this.extra = new Rng(hash32(this.params.seed, day, 0x5a71));
    if (this.firstDay < 0) this.firstDay = day;
    const clk = this.clock;
    const iso = clk.iso(day);
    const month = Number(iso.slice(5, 7));
    const itemSampler = this.itemSamplers[month - 1];
    const caseTimes = sortedTimes(rng, clk, day, nCases);

    const consults: Consult[] = [];
    for (let i = 0; i < nConsults; i++) {
      consults.push(this.newConsult(rng, day * WS + clk.randomSecond(rng), 0, 0, 0, rng.chance(OFF_CATALOGUE_SHARE) ? 0 : 1 + itemSampler.index(rng)));
    }
    const drafts: Array<{ st: number; agent: number; item: number; consult: Consult | null }> = [];
    for (let i = 0; i < nCases; i++) {
      const st = this.stationSampler.index(rng) + 1;
      const agents = this.world.stations[st - 1].agentIds;
      const agent = agents.length > 1 && rng.chance(0.45) ? agents[1 + Math.floor(rng.next() * (agents.length - 1))] : agents[0];
      const item = 1 + itemSampler.index(rng);
      let consult: Consult | null = null;
      if (rng.chance(CONVERTED_PER_CASE) && caseTimes[i] - day * WS > 120) {
        const t = caseTimes[i] - 60 - Math.floor(rng.next() * Math.min(3600, caseTimes[i] - day * WS - 120));
        consult = this.newConsult(rng, t, st, agent, caseTimes[i], item);
        consults.push(consult);
      }
      drafts.push({ st, agent, item, consult });
    }
    consults.sort((a, b) => a.t - b.t);
    for (const c of consults) c.id = this.nextConsultation++;
    for (const c of consults) this.writeConsult(rng, c, out.consultations);

    const key = iso.slice(0, 7).replace('-', '');
    if (key !== this.monthKey) {
      this.monthKey = key;
      this.monthNo = Number(key);
      this.monthSeq = 0;
    }
    for (let i = 0; i < nCases; i++) this.writeCase(rng, drafts[i], caseTimes[i], out);
  }

  private newConsult(rng: Rng, t: number, st: number, agent: number, caseT: number, item: number): Consult {
    if (!st) {
      st = this.stationSampler.index(rng) + 1;
      agent = rng.pick(this.world.stations[st - 1].agentIds);
    }
    const sex: Sex = rng.chance(0.5) ? 'M' : 'F';
    const topic = Math.floor(rng.next() * OFF_CATALOGUE_TOPICS.length);
    return { t, station: st, agent, item, topic, name: chineseName(rng, sex), sex, phone: mobilePhone(rng), caseT, id: 0 };
  }

  /** DB1405 6.1: answered on the spot where possible, otherwise after asking the department. */
  private writeConsult(rng: Rng, c: Consult, buf: RowBuffer): void {
    const clk = this.clock;
    const channel = rng.chance(0.45) ? 'PHONE' : 'VISIT';
    const immediate = rng.chance(0.7);
    let topic: string, content: string, answer: string;
    if (c.item) {
      const it = this.world.items[c.item - 1];
      const tx = this.itemTexts[c.item - 1];
      topic = it.name;
      content = rng.pick(tx.contents);
      answer = immediate ? rng.pick(tx.answers) : tx.deferred;
    } else {
      [topic, content, answer] = OFF_CATALOGUE_TOPICS[c.topic];
    }
    const day = clk.day(c.t);
    let status = 'ANSWERED';
    let due = NULL;
    let answeredT: number;
    let updatedT: number;
    if (c.caseT) {
      status = 'CONVERTED';
      answer = CONVERTED_ANSWER;
      answeredT = c.t + Math.floor(rng.next() * (c.caseT - c.t));
      updatedT = c.caseT;
    } else if (immediate) {
      answeredT = updatedT = clk.later(c.t, rng, 1800);
    } else {
      // DB1405 6.1.3: ask the department, promise an answer within 2 working days
      due = clk.iso(clk.addWD(day, 2));
      const after = rng.chance(0.05) ? rng.int(3, 4) : rng.chance(0.55) ? 1 : 2;
      answeredT = updatedT = clk.at(clk.addWD(day, after), c.t, rng);
    }
    let answeredText = clk.ts(answeredT);
    if (answeredT >= this.cutoffT) {
      status = 'OPEN';
      answeredText = NULL;
      updatedT = c.t;
      if (due === NULL) due = clk.iso(clk.addWD(day, 2));
    }
    buf.push(
      `${c.id}\t${c.station}\t${c.agent}\t${channel}\t${c.name}\t${this.params.protect(c.phone)}\t${maskPhone(c.phone)}\t${c.item || NULL}\t${copyText(topic)}\t${copyText(content)}\t${
        status === 'OPEN' ? NULL : copyText(answer)
      }\t${status}\t${due}\t${answeredText}\t${clk.ts(c.t)}\t${clk.ts(updatedT)}\n`,
    );
  }

  private writeCase(rng: Rng, d: { st: number; agent: number; item: number; consult: Consult | null }, t0: number, out: BulkBuffers): void {
    const clk = this.clock;
    const world = this.world;
    const station = world.stations[d.st - 1];
    const item = world.items[d.item - 1];
    const h = this.history;
    const homeVisit = rng.chance(0.03);
    this.sim.simulate(rng, { level: item.level, timeLimitDays: item.timeLimitDays, createdT: t0, homeVisit }, h);

    const id = this.nextCase++;
    const caseNo = `JC${this.monthKey}-${String(++this.monthSeq).padStart(7, '0')}`;
    const sex: Sex = d.consult ? d.consult.sex : rng.chance(0.48) ? 'M' : 'F';
    const name = d.consult ? d.consult.name : chineseName(rng, sex);
    const phone = d.consult ? d.consult.phone : mobilePhone(rng);
    const idNo = idNumber(rng, station.countyCode, this.births.draw(rng), sex);
    const created = clk.ts(t0);
    const phoneMasked = maskPhone(phone);
    out.cases.push(
      `${id}\t${caseNo}\t${d.st}\t${d.agent}\t${d.item}\t1\t${d.consult ? d.consult.id : NULL}\t${name}\t${this.params.protect(phone)}\t${phoneMasked}\t${this.params.protect(idNo)}\t${maskIdNumber(idNo)}\t${created}\t${h.status}\t${
        item.level
      }\t${homeVisit ? 't' : 'f'}\t${h.acceptedT >= 0 ? clk.ts(h.acceptedT) : NULL}\t${h.dueDay >= 0 ? clk.iso(h.dueDay) : NULL}\t${h.pausedDays}\t${
        h.completedT >= 0 ? clk.ts(h.completedT) : NULL
      }\t${h.failureReason ?? NULL}\t${created}\t${clk.ts(h.lastT)}\t${h.n}\n`,
    );

    // DB1405 8.1-8.2: evaluation, online link, rectification of a bad rating; 回访 candidates
    const ev = h.evaluation;
    let evaluator = NULL;
    if (h.completedT >= 0) {
      const fail = h.status === 'FAILED';
      this.sat.finished(this.extra, { id, caseNo, stationId: d.st, fail, completedT: h.completedT, phoneMasked }, ev, out);
      if (ev) {
        h.data[h.evaluationEvent] = `{"evaluationId":${this.sat.evaluationId},"level":"${ev.level}","channel":"${ev.channel}","occasion":1}`;
        evaluator = this.sat.enteredBy;
      }
      const late = clk.day(h.completedT) > h.dueDay;
      this.ledger.add(id, clk.iso(clk.day(h.completedT)), this.townshipIndex.get(station.townshipCode)!, d.st, fail, late, h.pausedDays > 0, ev ? ev.level : null, [this.monthNo, this.monthSeq]);
    }
    const { agentUserId, reviewerUserId } = this.params.actors;
    const mine = d.agent === world.demo.agentId ? String(agentUserId) : NULL;
    const reviewer = station.townshipCode === world.demo.townshipCode && item.level === 'TOWNSHIP' ? String(reviewerUserId) : NULL;
    for (let i = 0; i < h.n; i++) {
      const type = h.type[i];
      const actor = type === 'RESULT_RETURNED' && reviewer !== NULL ? reviewer : type === 'EVALUATED' ? evaluator : mine;
      out.case_events.push(
        `${this.nextEvent++}\t${id}\t${type}\t${h.from[i] ?? NULL}\t${h.to[i] ?? NULL}\t${actor}\t${h.data[i]}\t${clk.ts(h.t[i])}\n`,
      );
    }
  }

  /**
   * After the last day: the monthly 回访 batches (they need every case closed in their month) and
   * the public suggestions, with their own stream.
   */
  finish(out: BulkBuffers): void {
    if (this.firstDay < 0) return;
    const x = new Rng(hash32(this.params.seed, 0xf1a1));
    const sat = this.sat;
    const ctx = { world: this.world, clock: this.clock, cutoffT: this.cutoffT, seed: this.params.seed, firstDay: this.firstDay, townships: this.townships };
    writeSurveys(x, this.ledger, ctx, sat, out, this.surveyIds);
    writeSuggestions(x, this.nextCase > 1 ? SUGGESTION_COUNT : 0, {
      clock: this.clock, firstDay: this.firstDay, cutoffT: this.cutoffT, protect: this.params.protect,
      township: (r) => this.world.stations[this.stationSampler.index(r)].townshipCode,
      answeredBy: (code) => (code === this.world.demo.townshipCode ? String(this.params.actors.reviewerUserId) : NULL),
    }, out.suggestions);
    this.suggestions = this.nextCase > 1 ? SUGGESTION_COUNT : 0;
  }

  get counts() {
    return {
      consultations: this.nextConsultation - 1,
      cases: this.nextCase - 1,
      caseEvents: this.nextEvent - 1,
      evaluations: this.sat.nextEvaluation - 1,
      evaluationTokens: this.sat.nextToken - 1,
      rectifications: this.sat.nextRect - 1,
      surveyCalls: this.surveyIds.call - 1,
      suggestions: this.suggestions,
      notifications: this.sat.nextNotification - 1,
    };
  }
}

/** n creation instants on `day`, in order (ids then follow time). */
function sortedTimes(rng: Rng, clk: SeedClock, day: number, n: number): Float64Array {
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) a[i] = day * WS + clk.randomSecond(rng);
  return a.sort();
}
