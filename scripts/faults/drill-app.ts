import { repoRoot } from '../../api/src/common/paths';
import path from 'node:path';
import { freePort } from '../free-port';
import { sleep, spawnNode, stopChild, type Child } from './child';

// The API the drill's clients write through: the built app (dist/scripts/start.js, as `npm start`)
// on the drill's Postgres, with its own chDB folder and without the in-process ETL (the ETL under
// test runs as its own process). It must ride out the Postgres restarts without exiting.

export interface DrillApp { baseUrl: string; child: Child; stop(): Promise<void> }

export async function startDrillApp(env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<DrillApp> {
  const port = await freePort();
  const child = spawnNode('API', path.join(repoRoot(), 'dist', 'scripts', 'start.js'), [], {
    ...env,
    PORT: String(port),
    HOST: '127.0.0.1',
    SEED_DEMO: 'false',
    ETL_ENABLED: 'false',
    ALERTS_ENABLED: 'false',
    LOG_LEVEL: 'warn',
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!child.alive()) throw new Error(`API 进程启动失败:\n${child.tail()}`);
    if (Date.now() > deadline) {
      child.proc.kill('SIGKILL');
      throw new Error(`API 进程 ${timeoutMs} ms 内未就绪:\n${child.tail()}`);
    }
    try {
      if ((await fetch(`${baseUrl}/api/v1/health`)).status === 200) break;
    } catch {
      /* not listening yet */
    }
    await sleep(250);
  }
  return { baseUrl, child, stop: () => stopChild(child) };
}
