#!/usr/bin/env node
// The registry these machines reach lacks a few other-platform optional packages (chDB's macOS and
// arm64 builds, a Windows helper of Vite). `npm install` then leaves them out of package-lock.json
// and `npm ci` refuses the lock. Run this after `npm install`: it records them as platform-
// restricted optional entries, which npm skips on this platform without fetching them.
const fs = require('node:fs');
const path = require('node:path');

const file = path.join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const PLATFORM = {
  '@chdb/lib-darwin-arm64': { cpu: ['arm64'], os: ['darwin'] },
  '@chdb/lib-darwin-x64': { cpu: ['x64'], os: ['darwin'] },
  '@chdb/lib-linux-arm64-gnu': { cpu: ['arm64'], os: ['linux'] },
  'napi-windows-process-start-time': { os: ['win32'] },
};
const added = [];
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [dep, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const where = `node_modules/${dep}`;
    if (lock.packages[where] || !PLATFORM[dep]) continue;
    lock.packages[where] = { version: range.replace(/^[\^~]/, ''), ...PLATFORM[dep], optional: true, ...(entry.dev ? { dev: true } : {}) };
    added.push(`${dep} (from ${key || 'root'})`);
  }
}
const sorted = { '': lock.packages[''] };
for (const k of Object.keys(lock.packages).filter(Boolean).sort()) sorted[k] = lock.packages[k];
lock.packages = sorted;
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added: ${added.join(', ')}` : 'lock file complete');
