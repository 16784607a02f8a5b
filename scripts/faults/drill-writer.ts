import type { AckedCase, AckedWrites } from './acked';
import { sleep } from './child';

// The drill's clients: flows of real writes through the HTTP API, as a station would make them —
// a consultation (DB1405 6.1), a case commissioned with all materials (6.2), started, completed
// (6.4), and its evaluation entered from a paper form by the township (8.1.1; every fourth one
// dissatisfied, which opens a rectification, DB1405 8.2). A write counts as acknowledged only on
// a 2xx response carrying the new id. Any failure (connection refused, timeout, 5xx while
// Postgres restarts) ends the flow: the client backs off and starts a new one, as a person would.

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface WriterStats {
  requests: number;
  acked: number;
  networkErrors: number;
  serverErrors: number;
  /** 4xx other than an expired login: unexpected for these valid requests; samples kept. */
  clientErrors: number;
  /** Error responses not in the { code, message, requestId } contract. */
  badErrorShape: number;
  samples: string[];
}

const LEVELS = ['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'];
const citizen = { name: '欧阳建国', phone: '13934567890', idNumber: '140522195001011238' };

export class DrillWriter {
  private readonly acked: AckedWrites = { consultations: [], evaluations: [], cases: [] };
  private readonly tokens: Record<string, string> = {};
  private flows: Promise<void>[] = [];
  private running = false;
  private seq = 0;
  readonly stats: WriterStats = { requests: 0, acked: 0, networkErrors: 0, serverErrors: 0, clientErrors: 0, badErrorShape: 0, samples: [] };

  private materialIds: number[] = [];

  constructor(private readonly baseUrl: string, private readonly password: string, private readonly itemId: number) {}

  /** A copy of everything acknowledged so far. */
  snapshot(): AckedWrites {
    return { consultations: [...this.acked.consultations], evaluations: [...this.acked.evaluations], cases: this.acked.cases.map((c) => ({ ...c })) };
  }

  private sample(s: string) {
    if (this.stats.samples.length < 12) this.stats.samples.push(s.slice(0, 300));
  }

  private async login(user: string): Promise<void> {
    for (let i = 0; ; i++) {
      try {
        const r = await fetch(`${this.baseUrl}/api/v1/auth/login`, {
          method: 'POST', headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: user, password: this.password }), signal: AbortSignal.timeout(15_000),
        });
        if (r.status === 200) {
          this.tokens[user] = ((await r.json()) as Body).accessToken;
          return;
        }
        if (r.status < 500 && i > 50) throw new Error(`登录 ${user} 失败: ${r.status} ${await r.text()}`);
      } catch (e) {
        if (i > 200) throw e;
      }
      await sleep(200);
    }
  }

  /** Logs in the agent and the township reviewer and reads the item's checklist (all materials provided). */
  async prepare(): Promise<void> {
    await this.login('agent');
    await this.login('reviewer');
    const r = await fetch(`${this.baseUrl}/api/v1/cases/checklist?itemId=${this.itemId}`, { headers: { authorization: `Bearer ${this.tokens.agent}` } });
    if (r.status !== 200) throw new Error(`读取材料清单失败: ${r.status} ${await r.text()}`);
    this.materialIds = ((await r.json()) as Body).materials.map((m: Body) => m.id);
  }

  /** One request; the body on 2xx, undefined on any failure (counted). */
  private async call(user: string, url: string, body: Body): Promise<Body | undefined> {
    this.stats.requests++;
    let res: Response;
    let text: string;
    try {
      res = await fetch(`${this.baseUrl}${url}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.tokens[user]}` },
        body: JSON.stringify(body), signal: AbortSignal.timeout(15_000),
      });
      text = await res.text();
    } catch {
      this.stats.networkErrors++;
      return undefined;
    }
    let parsed: Body = {};
    try {
      parsed = JSON.parse(text) as Body;
    } catch {
      /* not JSON: judged below */
    }
    if (res.status < 300) return parsed;
    if (typeof parsed.code !== 'string' || typeof parsed.message !== 'string' || typeof parsed.requestId !== 'string') {
      this.stats.badErrorShape++;
      this.sample(`${res.status} ${url} 错误体不符合约定: ${text}`);
    }
    if (res.status === 401) {
      await this.login(user); // a login outliving its access token; the flow starts over
      return undefined;
    }
    if (res.status >= 500) this.stats.serverErrors++;
    else {
      this.stats.clientErrors++;
      this.sample(`${res.status} ${url}: ${text}`);
    }
    return undefined;
  }

  private ack(n = 1) {
    this.stats.acked += n;
  }

  private async flow(): Promise<void> {
    while (this.running) {
      const n = ++this.seq;
      const k = await this.call('agent', '/api/v1/consultations', {
        channel: 'PHONE', citizen: { name: citizen.name, phone: citizen.phone }, topic: `故障演练咨询 ${n}`, content: '补贴什么时候申报，要带什么材料？',
      });
      if (k && typeof k.id === 'number') { this.acked.consultations.push(k.id); this.ack(); }
      if (!this.running) break;
      const created = await this.call('agent', '/api/v1/cases', {
        itemId: this.itemId, citizen, consent: { given: true, method: 'SIGNED_FORM' }, providedMaterialIds: this.materialIds,
      });
      if (!created || typeof created.id !== 'number') { await sleep(150); continue; }
      const c: AckedCase = { id: created.id, version: created.version, changes: 1 };
      this.acked.cases.push(c);
      this.ack();
      let ok = true;
      for (const action of ['start', 'complete']) {
        const r = this.running ? await this.call('agent', `/api/v1/cases/${c.id}/${action}`, { expectedVersion: c.version }) : undefined;
        if (!r) { ok = false; break; }
        c.version = r.version;
        c.changes++;
        this.ack();
      }
      if (!ok) { await sleep(150); continue; }
      const e = await this.call('reviewer', `/api/v1/cases/${c.id}/evaluations`, { channel: 'PAPER', level: LEVELS[n % LEVELS.length], comment: '故障演练评价' });
      if (e && typeof e.id === 'number') { this.acked.evaluations.push(e.id); this.ack(); } else await sleep(150);
    }
  }

  start(concurrency: number): void {
    this.running = true;
    this.flows = Array.from({ length: concurrency }, () => this.flow());
  }

  /** Stops issuing writes and waits for the requests in flight (each bounded by its timeout). */
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.flows);
    this.flows = [];
  }
}
