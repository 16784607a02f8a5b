import os from 'node:os';
import type { ApiBenchResult } from './api-bench';
import type { BackfillResult } from './backfill-bench';
import type { DashboardResult } from './dashboard-bench';
import type { FreshnessResult } from './freshness-bench';
import { fmtInt, fmtMs } from './stats';

// docs/benchmarks.md from one run: the machine, then per scale the measured figures beside the
// goals of issues 6 and 7; a missed goal says by how much. Pure apart from reading os facts.

export interface ScaleResult {
  scale: string;
  cases: number;
  seedSeconds: number | null;
  backfill?: BackfillResult;
  dashboard?: DashboardResult;
  freshness?: FreshnessResult;
  api?: ApiBenchResult;
  memory?: { benchMb: number; postgresMaxBackendMb: number };
  extra?: string[];
}

export interface RunInfo { startedAt: string; seconds: number; postgres: string; clickhouse: string; command: string }

const mark = (ok: boolean) => (ok ? '✅ 达成' : '❌ 未达成');

export function machine(): string[] {
  const cpus = os.cpus();
  return [
    `- CPU：${cpus[0]?.model ?? '未知'} × ${cpus.length} 核（vCPU）`,
    `- 内存：${(os.totalmem() / 2 ** 30).toFixed(1)} GiB；系统：${os.type()} ${os.release()}；Node.js ${process.version}`,
  ];
}

export function goalLines(r: ScaleResult): string[] {
  const out: string[] = [];
  if (r.backfill) {
    const v = r.backfill.rowsPerSec;
    out.push(`| 回填吞吐 ≥ 300 k 行/秒 | ${fmtInt(v)} 行/秒 | ${mark(v >= 300_000)}${v < 300_000 ? `（差 ${((1 - v / 300_000) * 100).toFixed(0)}%）` : ''} |`);
  }
  if (r.dashboard) {
    const worst = Math.max(...r.dashboard.queries.map((q) => q.ch.p95));
    const minRatio = Math.min(...r.dashboard.queries.map((q) => q.ratioP95));
    out.push(`| 看板查询 p95 ≤ 50 ms（最慢一项） | ${fmtMs(worst)} ms | ${mark(worst <= 50)}${worst > 50 ? `（超 ${fmtMs(worst - 50)} ms）` : ''} |`);
    out.push(`| 比 Postgres 快 ≥ 30 倍（p95，最小一项） | ${minRatio.toFixed(1)} 倍 | ${mark(minRatio >= 30)} |`);
    out.push(`| 看板首屏全部请求 < 1 s（p95） | ${fmtMs(r.dashboard.firstScreen.p95)} ms | ${mark(r.dashboard.firstScreen.p95 < 1000)} |`);
  }
  if (r.api) {
    for (const x of r.api.routes) {
      // No request completed (every one timed out): there is no ratio and no latency to show.
      const none = x.api.rps === 0;
      out.push(`| ${x.label}：吞吐 ≥ 0.8 × 裸 fastify | ${none ? '—（全部超时）' : `${x.ratio.toFixed(2)} ×（${fmtInt(x.api.rps)} 对 ${fmtInt(x.bare.rps)} 请求/秒）`} | ${mark(!none && x.ratio >= 0.8)} |`);
      out.push(`| ${x.label}：p99 ≤ 50 ms | ${none ? '—（全部超时）' : `${fmtMs(x.api.p99)} ms`} | ${mark(!none && x.api.p99 <= 50)} |`);
    }
  }
  if (r.freshness) {
    const f = r.freshness;
    out.push(`| 新鲜度 p95 ≤ 3 s（${fmtInt(f.targetPerSec)} 写/秒 × ${Math.round(f.seconds)} 秒） | ${fmtMs(f.latencyMs.p95)} ms（实际 ${fmtInt(f.achievedPerSec)} 写/秒） | ${mark(f.latencyMs.p95 <= 3000 && f.achievedPerSec >= f.targetPerSec * 0.95)} |`);
  }
  return out;
}

export function scaleSection(r: ScaleResult): string[] {
  const lines = [`## ${r.scale}：${fmtInt(r.cases)} 件案件`, ''];
  if (r.seedSeconds !== null) lines.push(`生成演示数据用时 ${r.seedSeconds.toFixed(1)} 秒。`, '');
  lines.push('| 目标 | 实测 | 结论 |', '|---|---|---|', ...goalLines(r), '');
  if (r.backfill) {
    const b = r.backfill;
    lines.push('### 回填（Postgres → ClickHouse，含汇总表重建）', '',
      '| 项目 | 行数 | 秒 | 行/秒 | 每核 行/秒 |', '|---|---:|---:|---:|---:|',
      `| ETL 回填（COPY 流式写入 ClickHouse） | ${fmtInt(b.rows)} | ${b.seconds.toFixed(1)} | ${fmtInt(b.rowsPerSec)} | ${fmtInt(b.perCore)} |`,
      `| 上限：同样的行只做 \`COPY … TO STDOUT\` | ${fmtInt(b.ceiling.rows)} | ${b.ceiling.seconds.toFixed(1)} | ${fmtInt(b.ceiling.rowsPerSec)} | ${fmtInt(b.ceiling.rowsPerSec / b.cores)} |`,
      '', `各表：${Object.entries(b.tables).map(([t, n]) => `${t} ${fmtInt(n)}`).join('，')}。`, '');
  }
  if (r.dashboard) {
    const d = r.dashboard;
    lines.push(`### 看板查询（统计期 ${d.window.fromDate} 至 ${d.window.toExclusive} 前，ClickHouse 与 Postgres 同一查询）`, '',
      '| 查询 | 指标 | ClickHouse 路径 | CH p50 ms | CH p95 ms | PG p50 ms | PG p95 ms | 倍数 p50 | 倍数 p95 |',
      '|---|---|---|---:|---:|---:|---:|---:|---:|',
      ...d.queries.map((q) => `| ${q.label} | ${q.key} | ${q.path === 'rollup' ? '汇总表' : '明细 FINAL'} | ${fmtMs(q.ch.p50)} | ${fmtMs(q.ch.p95)} | ${fmtMs(q.pg.p50)} | ${fmtMs(q.pg.p95)} | ${q.ratioP50.toFixed(1)} | ${q.ratioP95.toFixed(1)} |`),
      '', `首屏（市级全部请求并发）：p50 ${fmtMs(d.firstScreen.p50)} ms，p95 ${fmtMs(d.firstScreen.p95)} ms（${d.firstScreen.n} 次）。`, '');
  }
  if (r.freshness) {
    const f = r.freshness;
    lines.push('### 新鲜度（提交 → 指标可见）', '',
      `目标 ${fmtInt(f.targetPerSec)} 写/秒，持续 ${Math.round(f.seconds)} 秒；实际写入 ${fmtInt(f.writes)} 条（${fmtInt(f.achievedPerSec)} 写/秒），ETL 连续运行 ${f.etlRuns} 次；`,
      `可见 ${fmtInt(f.seen)} 条：p50 ${fmtMs(f.latencyMs.p50)} ms，p95 ${fmtMs(f.latencyMs.p95)} ms，p99 ${fmtMs(f.latencyMs.p99)} ms，最大 ${fmtMs(f.latencyMs.max)} ms。`, '');
  }
  if (r.api) {
    const a = r.api;
    lines.push('### 接口吞吐（autocannon，本机回环，每项 ' + a.seconds + ' 秒，' + a.connections + ' 个连接）', '',
      `裸 fastify 基线重放应用为同一请求实际执行的 Postgres 语句（GET ${a.statements.caseGet} 条，POST ${a.statements.consultationPost} 条），不含鉴权、校验、审计和框架。`, '',
      '| 接口 | 应用 请求/秒 | 应用 p50 ms | 应用 p99 ms | 裸 fastify 请求/秒 | 裸 p99 ms | 倍数 | 错误/非 2xx |', '|---|---:|---:|---:|---:|---:|---:|---:|',
      ...a.routes.map((x) => `| ${x.label} | ${fmtInt(x.api.rps)} | ${fmtMs(x.api.p50)} | ${fmtMs(x.api.p99)} | ${fmtInt(x.bare.rps)} | ${fmtMs(x.bare.p99)} | ${x.ratio.toFixed(2)} | ${x.api.errors}/${x.api.non2xx} |`), '');
  }
  if (r.memory || r.api) {
    lines.push('### 内存峰值（RSS）', '', '| 进程 | 峰值 MiB |', '|---|---:|');
    if (r.memory) lines.push(`| 基准进程（ETL + chDB + 查询） | ${fmtInt(r.memory.benchMb)} |`, `| Postgres（单个后端进程最大值） | ${fmtInt(r.memory.postgresMaxBackendMb)} |`);
    if (r.api) lines.push(`| API 应用进程 | ${fmtInt(r.api.peakRssMb.api)} |`, `| 裸 fastify 进程 | ${fmtInt(r.api.peakRssMb.bare)} |`);
    lines.push('');
  }
  if (r.extra) lines.push(...r.extra, '');
  return lines;
}

export function renderReport(info: RunInfo, scales: ScaleResult[], notes: string[], images: string[] = []): string {
  return [
    '# 性能基准 (benchmarks)', '',
    `由 \`${info.command}\` 生成于 ${info.startedAt}，用时 ${(info.seconds / 60).toFixed(1)} 分钟。所有对比在同一次运行、同一台机器上测得。`, '',
    '## 机器', '', ...machine(), `- PostgreSQL：${info.postgres}；ClickHouse：${info.clickhouse}`, '',
    ...scales.flatMap(scaleSection),
    ...(images.length ? ['## 图表', '', ...images.map((f) => `![${f}](${f})`), ''] : []),
    ...(notes.length ? ['## 说明', '', ...notes, ''] : []),
  ].join('\n');
}
