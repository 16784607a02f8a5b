import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root (the folder holding package.json), from source (ts) or from dist (js). */
export function repoRoot(start = __dirname): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`package.json not found above ${start}`);
    dir = up;
  }
  return dir;
}
