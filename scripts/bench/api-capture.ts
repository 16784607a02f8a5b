import { Client } from 'pg';
import type { AppConfig } from '../../api/src/config/config';
import { createApp } from '../../api/src/main';
import type { RunningInfra } from '../infra';

// The Postgres statements one API request issues, recorded by running the real app in-process
// once: the bare-fastify baseline of the API benchmark replays exactly these (same SQL text, same
// parameters), so the comparison isolates what NestJS, validation, auth, audit and Prisma add.

export interface Statement { text: string; values: unknown[] }
export interface Captured { caseGet: Statement[]; consultationPost: Statement[]; caseId: number }

export const CONSULTATION_BODY = { channel: 'PHONE', citizen: { name: '基准测试', phone: '13800138000' }, topic: '基准测试咨询', content: '性能基准：登记一条咨询' };

export async function captureStatements(infra: RunningInfra, config: AppConfig, password: string): Promise<Captured> {
  let recording: Statement[] | null = null;
  const proto = Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: Client, ...args: unknown[]) {
    const [q, v] = args as [unknown, unknown];
    if (recording) {
      if (typeof q === 'string') recording.push({ text: q, values: Array.isArray(v) ? v : [] });
      else if (q && typeof q === 'object' && 'text' in q) recording.push({ text: (q as { text: string }).text, values: (q as { values?: unknown[] }).values ?? [] });
    }
    return original.apply(this, args);
  };
  const app = await createApp({ ...infra, config: { ...config, ETL_ENABLED: false, ALERTS_ENABLED: false } }, { logger: false });
  try {
    await app.init();
    const http = app.getHttpAdapter().getInstance();
    await http.ready();
    const login = await http.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'agent', password } });
    if (login.statusCode !== 200) throw new Error(`基准登录失败 ${login.statusCode}: ${login.body}`);
    const headers = { authorization: `Bearer ${login.json().accessToken}` };
    const list = await http.inject({ method: 'GET', url: '/api/v1/cases?pageSize=1', headers });
    const caseId = list.json().items[0].id as number;
    const once = async (method: 'GET' | 'POST', url: string, payload?: object) => {
      await http.inject({ method, url, headers, payload }); // warm (caches, prepared plans) first
      recording = [];
      const res = await http.inject({ method, url, headers, payload });
      const got = recording;
      recording = null;
      if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
      return got;
    };
    return {
      caseGet: await once('GET', `/api/v1/cases/${caseId}`),
      consultationPost: await once('POST', '/api/v1/consultations', CONSULTATION_BODY),
      caseId,
    };
  } finally {
    proto.query = original;
    await app.close();
  }
}
