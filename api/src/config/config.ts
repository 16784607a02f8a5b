import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { passwordProblems } from '../auth/password-policy';

// One validated view of the environment, read once at boot (brocoders/nestjs-boilerplate style):
// a bad value stops the process with a message naming the variable, never a late crash.
const int = (def: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number().int().min(min).max(max).default(def);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: int(3000, 0, 65535),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('.data'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, '必须是 postgresql:// 连接串 (must be a postgresql:// URL)').optional(),
  EMBEDDED_PG_PORT: int(54329, 1024, 65535),
  CLICKHOUSE_URL: z.string().regex(/^https?:\/\//, '必须是 http(s):// 地址 (must be an http(s):// URL)').optional(),
  CLICKHOUSE_USER: z.string().default('default'),
  CLICKHOUSE_PASSWORD: z.string().default(''),
  CLICKHOUSE_DATABASE: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, '只能包含字母、数字和下划线 (identifier only)').default('redproxy'),
  /** Cluster mode (docs/scaling.md): replicated local tables + Distributed tables ON CLUSTER this name. Server only. */
  CLICKHOUSE_CLUSTER: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, '只能包含字母、数字和下划线 (identifier only)').optional(),
  JWT_SECRET: z.string().min(32, '至少 32 个字符 (at least 32 characters)').optional(),
  ACCESS_TOKEN_TTL_SECONDS: int(900, 30, 86400),
  /** Absolute lifetime of a login (refresh tokens), and the idle time after which it ends. */
  SESSION_TTL_HOURS: int(12, 1, 720),
  SESSION_IDLE_MINUTES: int(30, 1, 1440),
  LOGIN_MAX_FAILURES: int(5, 1, 100),
  LOGIN_LOCK_MINUTES: int(15, 1, 1440),
  PASSWORD_MIN_LENGTH: int(12, 8, 128),
  /** keyId:base64(32 bytes)[,older…]; absent: a key file in DATA_DIR/secrets (not in production). */
  PII_KEYS: z.string().optional(),
  DEMO_PASSWORD: z.string().default('Hongse@Daiban2026')
    .refine((v) => passwordProblems(v).length === 0, '演示密码须至少 12 位并包含大写字母、小写字母、数字、符号中的至少三类'),
  /** auto: seed demo data on an empty embedded database only; true/false force it. */
  SEED_DEMO: z.enum(['auto', 'true', 'false']).default('auto'),
  SEED_CASES: int(50000, 0, 20_000_000),
  SEED: int(20241),
  SEED_TODAY: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  ETL_INTERVAL_MS: int(3000, 200, 3_600_000),
  ETL_BATCH_SIZE: int(5000, 1, 1_000_000),
  ETL_ENABLED: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug']).default('log'),
  /** Scanned case materials (DB1405 7.2.3 b): largest accepted file, and where files are kept (default DATA_DIR/uploads). */
  UPLOAD_MAX_BYTES: int(10 * 1024 * 1024, 1024, 512 * 1024 * 1024),
  UPLOAD_DIR: z.string().optional(),
  /** The time-limit alert job (DB1405 4.3, 7.2.1 e): how often it runs, and whether at all. */
  ALERT_INTERVAL_MS: int(60_000, 1000, 86_400_000),
  ALERTS_ENABLED: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** DB1405 6.1.3: working days within which an open consultation must be answered. */
  CONSULTATION_ANSWER_DAYS: int(2, 1, 30),
  /** DB1405 8.2: working days a station has to close a rectification (verify → re-check). */
  RECTIFICATION_DAYS: int(5, 1, 60),
  /** DB1405 8.1.1: working days after the reply before an unrated case gets a reminder. */
  EVALUATION_REMINDER_DAYS: int(3, 1, 30),
  /** Calendar days an online evaluation link stays valid. */
  EVALUATION_TOKEN_DAYS: int(30, 1, 365),
  /** DB1405 8.1.2: closed cases sampled per township each month for 回访. */
  SURVEY_PER_TOWNSHIP: int(5, 1, 1000),
  /** Public endpoints (/api/v1/public/): requests per minute per IP, and per evaluation token. */
  PUBLIC_RATE_PER_IP: int(120, 1, 1_000_000),
  PUBLIC_RATE_PER_TOKEN: int(10, 1, 1_000_000),
  /**
   * Whose X-Forwarded-For to believe for the client IP (request.ip: the per-IP limit, audit):
   * 'false' (default: the socket's address; a client cannot pick its own IP), 'true' (any hop:
   * only behind a proxy that overwrites the header), a number of proxy hops, or a comma-separated
   * list of proxy IPs/CIDRs. Passed to fastify's trustProxy.
   */
  TRUST_PROXY: z.string().default('false')
    .refine(isTrustProxy, 'true、false、代理层数或以逗号分隔的代理 IP/CIDR 列表 (true, false, a hop count or a comma-separated list of proxy IPs/CIDRs)')
    .transform(parseTrustProxy),
});

/** fastify's trustProxy forms we accept (see TRUST_PROXY). */
export type TrustProxy = boolean | number | string[];

function isTrustProxy(v: string): boolean {
  if (v === 'true' || v === 'false' || /^\d{1,3}$/.test(v)) return true;
  return v.split(',').every((part) => {
    const [ip, bits, ...rest] = part.trim().split('/');
    const family = isIP(ip);
    return family !== 0 && rest.length === 0 && (bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128)));
  });
}

function parseTrustProxy(v: string): TrustProxy {
  if (v === 'true' || v === 'false') return v === 'true';
  if (/^\d+$/.test(v)) return Number(v);
  return v.split(',').map((p) => p.trim());
}

export type Env = z.infer<typeof schema>;

export interface AppConfig extends Env {
  dataDir: string;
  /** True when DATABASE_URL is absent: start embedded PostgreSQL in DATA_DIR. */
  embeddedPostgres: boolean;
  /** True when CLICKHOUSE_URL is absent: open chDB in DATA_DIR. */
  embeddedClickHouse: boolean;
  chdbPath: string;
  jwtSecret: string;
  seedDemo: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置错误 (invalid configuration):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const blanksRemoved = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(blanksRemoved);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.JWT_SECRET) {
    throw new ConfigError(['JWT_SECRET: 生产环境必须设置 (required in production)']);
  }
  const dataDir = path.resolve(cwd, e.DATA_DIR);
  return {
    ...e,
    dataDir,
    embeddedPostgres: !e.DATABASE_URL,
    embeddedClickHouse: !e.CLICKHOUSE_URL,
    chdbPath: path.join(dataDir, 'clickhouse'),
    seedDemo: e.SEED_DEMO === 'auto' ? !e.DATABASE_URL : e.SEED_DEMO === 'true',
    // Outside production a missing secret gets a per-process random one: tokens then die with
    // the process, which is what a demo wants and never a silent shared default.
    jwtSecret: e.JWT_SECRET ?? randomBytes(32).toString('hex'),
  };
}
