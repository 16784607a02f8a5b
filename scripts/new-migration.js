#!/usr/bin/env node
// `npm run db:migration -- <name>`: writes prisma/migrations/NNNN_<name>/migration.sql with the SQL
// that takes the last committed schema.prisma to the edited one (offline: datamodel to datamodel).
const { execFileSync } = require('node:child_process');
const { mkdirSync, readdirSync, writeFileSync, mkdtempSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const name = (process.argv[2] || '').replace(/[^a-z0-9_]/gi, '_').toLowerCase();
if (!name) {
  console.error('用法: npm run db:migration -- <name>');
  process.exit(2);
}
const root = path.resolve(__dirname, '..');
const dir = path.join(root, 'prisma', 'migrations');
const previous = path.join(mkdtempSync(path.join(os.tmpdir(), 'rp-schema-')), 'schema.prisma');
writeFileSync(previous, execFileSync('git', ['show', 'HEAD:prisma/schema.prisma'], { cwd: root }));
const sql = execFileSync(path.join(root, 'node_modules', '.bin', 'prisma'),
  ['migrate', 'diff', '--from-schema-datamodel', previous, '--to-schema-datamodel', 'prisma/schema.prisma', '--script'],
  { cwd: root, env: { ...process.env, CHECKPOINT_DISABLE: '1' }, encoding: 'utf8' });
if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
  console.log('schema.prisma 与上次提交相同，无需迁移');
  process.exit(0);
}
const next = String(readdirSync(dir).filter((d) => /^\d{4}_/.test(d)).length + 1).padStart(4, '0');
const target = path.join(dir, `${next}_${name}`);
mkdirSync(target);
writeFileSync(path.join(target, 'migration.sql'), sql);
console.log(`已生成 ${path.relative(root, target)}/migration.sql — 请检查后与 schema.prisma 一起提交`);
