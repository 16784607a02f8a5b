import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../api/src/common/paths';

// `npm ci` refuses a lock in which a package names an optional dependency that has no entry of
// its own (README: scripts/lock-placeholders.js). This catches it before CI's clean install does.
describe('package-lock.json', () => {
  it('has an entry for every optional dependency it mentions', () => {
    const lock = JSON.parse(readFileSync(path.join(repoRoot(), 'package-lock.json'), 'utf8'));
    const missing: string[] = [];
    for (const [key, entry] of Object.entries<{ optionalDependencies?: Record<string, string> }>(lock.packages)) {
      for (const dep of Object.keys(entry.optionalDependencies ?? {})) {
        const nested = `${key ? `${key}/` : ''}node_modules/${dep}`;
        if (!lock.packages[nested] && !lock.packages[`node_modules/${dep}`]) missing.push(`${dep} (from ${key || 'root'})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
