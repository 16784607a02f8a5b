// Command line: node dist/prisma/seed/cli.js --cases N [--seed S] [--today YYYY-MM-DD]
// Env: DATABASE_URL (required), DEMO_PASSWORD (default Hongse@Daiban2026).
import { Pool } from 'pg';
import { isoToDayNumber } from '../../api/src/calendar/working-days';
import { DEMO_PASSWORD_DEFAULT, DEMO_USERS } from './demo-users';
import { seedDatabase } from './seed';
import { loadConfig } from '../../api/src/config/config';
import { loadPiiCipher } from '../../api/src/privacy/keys';

export interface SeedArgs {
  cases: number;
  seed?: number;
  today?: string;
}

const USAGE = '用法 usage: node dist/prisma/seed/cli.js --cases N [--seed S] [--today YYYY-MM-DD]';

function integer(flag: string, raw: string | undefined, min: number): number {
  if (raw === undefined || !/^\d+$/.test(raw)) {
    throw new Error(`${flag} 需要一个不小于 ${min} 的整数 (${flag} needs an integer >= ${min}), got: ${raw ?? '(nothing)'}\n${USAGE}`);
  }
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min) {
    throw new Error(`${flag} 需要一个不小于 ${min} 的整数 (${flag} needs an integer >= ${min}), got: ${raw}\n${USAGE}`);
  }
  return n;
}

function isIsoDate(v: string): boolean {
  try {
    isoToDayNumber(v);
    return true;
  } catch {
    return false;
  }
}

/** Parse argv (without node and script); accepts "--flag value" and "--flag=value". */
export function parseSeedArgs(argv: string[]): SeedArgs {
  const out: Partial<SeedArgs> = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (flag) {
      case '--cases':
        out.cases = integer('--cases', value(), 0);
        break;
      case '--seed':
        out.seed = integer('--seed', value(), 0);
        break;
      case '--today': {
        const v = value();
        if (!v || !isIsoDate(v)) {
          throw new Error(`--today 需要 YYYY-MM-DD 格式的日期 (--today needs a YYYY-MM-DD date), got: ${v ?? '(nothing)'}\n${USAGE}`);
        }
        out.today = v;
        break;
      }
      default:
        throw new Error(`未知参数 unknown argument: ${argv[i]}\n${USAGE}`);
    }
  }
  if (out.cases === undefined) throw new Error(`缺少 --cases (missing --cases)\n${USAGE}`);
  return out as SeedArgs;
}

async function main(): Promise<void> {
  const args = parseSeedArgs(process.argv.slice(2));
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error('未设置环境变量 DATABASE_URL (DATABASE_URL is not set), e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/red_proxy');
  }
  const pool = new Pool({ connectionString: url, max: 2 });
  try {
    const summary = await seedDatabase(pool, {
      ...args,
      demoPassword: process.env.DEMO_PASSWORD || DEMO_PASSWORD_DEFAULT,
      pii: loadPiiCipher(loadConfig()),
      progress: true,
    });
    const { seconds, ...counts } = summary;
    console.log('演示数据已写入 (demo data seeded):');
    for (const [k, v] of Object.entries(counts)) console.log(`  ${k.padEnd(15)} ${v.toLocaleString('en-US')}`);
    console.log(`用时 elapsed: ${seconds.toFixed(1)} s`);
    console.log(`演示账号 demo users (password from DEMO_PASSWORD): ${DEMO_USERS.map((u) => u.username).join(', ')}`);
  } finally {
    await pool.end();
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
