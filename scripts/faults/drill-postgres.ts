import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../embedded/postgres';
import { sleep } from './child';

// The drill's own PostgreSQL (embedded binaries, a temporary data folder, a free port), so it can
// be crashed and restarted without touching the shared server on 5432. crash() is an immediate
// shutdown: SIGQUIT to the postmaster, what `pg_ctl stop -m immediate` sends — every backend quits
// at once without a checkpoint, and the next start runs crash recovery from the WAL.

export class DrillPostgres {
  private server: EmbeddedPostgres | undefined;
  readonly log: string[] = [];

  constructor(readonly dataDir: string, readonly port: number) {}

  get url(): string {
    if (!this.server) throw new Error('PostgreSQL 未运行');
    return this.server.url;
  }

  async start(): Promise<string> {
    this.server = await startEmbeddedPostgres({
      dataDir: this.dataDir, port: this.port,
      log: (l) => { this.log.push(l); if (this.log.length > 200) this.log.shift(); },
    });
    return this.server.url;
  }

  private postmasterPid(): number | undefined {
    const file = path.join(this.dataDir, 'postgres', 'postmaster.pid');
    if (!existsSync(file)) return undefined;
    const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
    return pid > 0 ? pid : undefined;
  }

  /** Immediate shutdown; resolves once the postmaster is gone. */
  async crash(): Promise<number> {
    const pid = this.postmasterPid();
    if (!pid) throw new Error('找不到 postmaster.pid');
    process.kill(pid, 'SIGQUIT');
    for (let i = 0; i < 200; i++) {
      try {
        process.kill(pid, 0);
      } catch {
        return pid;
      }
      await sleep(50);
    }
    throw new Error(`PostgreSQL (pid ${pid}) 收到 SIGQUIT 后 10 秒仍未退出`);
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    this.server = undefined;
  }
}
