import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { repoRoot } from '../../api/src/common/paths';

// PNG charts for docs/benchmarks.md, drawn by ECharts in the system Chromium (playwright-core, no
// browser download). Skipped with a note when Chromium is not installed.

export interface BarChart {
  file: string;
  title: string;
  categories: string[];
  series: { name: string; values: number[] }[];
  unit: string;
  log?: boolean;
}

export async function renderCharts(charts: BarChart[], outDir: string): Promise<string[]> {
  const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(exe)) return [];
  mkdirSync(outDir, { recursive: true });
  const echarts = readFileSync(path.join(repoRoot(), 'node_modules/echarts/dist/echarts.min.js'), 'utf8');
  const browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox', '--disable-gpu'] });
  const written: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 80 + 28 * 20 }, deviceScaleFactor: 1 });
    for (const c of charts) {
      const height = 120 + 26 * c.categories.length * Math.max(1, c.series.length / 1.5);
      await page.setViewportSize({ width: 1000, height: Math.round(height) });
      await page.setContent(`<html><body style="margin:0;background:#fff"><div id="c" style="width:1000px;height:${Math.round(height)}px"></div></body></html>`);
      await page.addScriptTag({ content: echarts });
      await page.evaluate((o) => {
        const w = globalThis as unknown as { echarts: { init(el: unknown, t: null, opts: object): { setOption(x: object): void } } };
        const chart = w.echarts.init((globalThis as unknown as { document: { getElementById(id: string): unknown } }).document.getElementById('c'), null, { renderer: 'canvas' });
        chart.setOption({
          animation: false,
          title: { text: o.title, left: 'center', textStyle: { fontSize: 14 } },
          legend: { top: 26 },
          grid: { left: 260, right: 60, top: 60, bottom: 30 },
          xAxis: { type: o.log ? 'log' : 'value', name: o.unit },
          yAxis: { type: 'category', data: o.categories, inverse: true },
          series: o.series.map((s) => ({ name: s.name, type: 'bar', data: s.values, label: { show: true, position: 'right', fontSize: 10 } })),
        });
      }, c);
      const file = path.join(outDir, c.file);
      writeFileSync(file, await page.screenshot({ type: 'png' }));
      written.push(file);
    }
  } finally {
    await browser.close();
  }
  return written;
}
