import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';

// Child processes of the fault drill: node scripts whose stdout carries JSON lines (events) and
// whose output is kept (the tail) for the report when something goes wrong.

export interface ChildEvent { ev: string; t: number; [k: string]: unknown }

export interface Child {
  readonly name: string;
  readonly proc: ChildProcess;
  /** 'event' (a parsed JSON line of stdout) and 'exit'. */
  readonly events: EventEmitter;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  alive(): boolean;
  tail(chars?: number): string;
  stdout(): string;
}

export function spawnNode(name: string, script: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const proc = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const events = new EventEmitter();
  events.setMaxListeners(50);
  let out = '';
  let all = '';
  let partial = '';
  const keep = (s: string) => { all = (all + s).slice(-20_000); };
  proc.stdout!.on('data', (d: Buffer) => {
    const s = d.toString();
    out += s;
    keep(s);
    partial += s;
    const lines = partial.split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      if (!line.startsWith('{')) continue;
      try {
        events.emit('event', JSON.parse(line) as ChildEvent);
      } catch {
        /* a line cut by SIGKILL */
      }
    }
  });
  proc.stderr!.on('data', (d: Buffer) => keep(d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    // 'close', not 'exit': it comes after the last stdout chunk, so no event of a killed child is missed.
    proc.once('close', (code, signal) => {
      events.emit('exit', { code, signal });
      resolve({ code, signal });
    });
  });
  return {
    name, proc, events, exited,
    alive: () => proc.exitCode === null && proc.signalCode === null,
    tail: (chars = 3000) => all.slice(-chars),
    stdout: () => out,
  };
}

/** Resolves with the first event that satisfies `pred`, or rejects after `ms` / when the child exits. */
export function waitForEvent(child: Child, pred: (e: ChildEvent) => boolean, ms: number, what: string): Promise<ChildEvent> {
  return new Promise((resolve, reject) => {
    const done = () => { clearTimeout(timer); child.events.off('event', onEvent); child.events.off('exit', onExit); };
    const onEvent = (e: ChildEvent) => { if (pred(e)) { done(); resolve(e); } };
    const onExit = () => { done(); reject(new Error(`${child.name} 在等待 ${what} 时退出:\n${child.tail()}`)); };
    const timer = setTimeout(() => { done(); reject(new Error(`等待 ${what} 超时 (${ms} ms):\n${child.tail()}`)); }, ms);
    child.events.on('event', onEvent);
    child.events.once('exit', onExit);
  });
}

/** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
export async function stopChild(child: Child | undefined, graceMs = 30_000): Promise<void> {
  if (!child || !child.alive()) return;
  child.proc.kill('SIGTERM');
  const timer = setTimeout(() => child.proc.kill('SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(timer);
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
