/**
 * Browser tests drive the system Chromium through playwright-core (no browser download).
 * Install it with: apt-get install -y chromium fonts-wqy-microhei
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-output', 'screenshots');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The bits of a canvas the pixel helpers read (the Node-side type-check has no DOM lib). */
interface CanvasLike {
  width: number;
  height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. The browser tests use the system Chromium ` +
        '(no browser is downloaded): run `apt-get install -y chromium fonts-wqy-microhei` ' +
        '(or set CHROMIUM_PATH to a Chromium binary).',
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** Saves a full-page PNG as test-output/screenshots/<name>(.png) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, name.endsWith('.png') ? name : `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Counts the pixels of a canvas (found by CSS selector) that are neither transparent nor
 * (near) white, i.e. that something was drawn on. Reads the whole canvas via getImageData.
 */
export async function countInkedPixels(page: Page, canvasSelector: string): Promise<number> {
  return page.$eval(canvasSelector, (el) => {
    const canvas = el as unknown as CanvasLike;
    const ctx = canvas.getContext('2d');
    if (!ctx || canvas.width === 0 || canvas.height === 0) return 0;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
      if (a > 16 && !(r > 245 && g > 245 && b > 245)) inked++;
    }
    return inked;
  });
}

/** A cheap fingerprint of a canvas's pixels, to tell that it was redrawn with other content. */
export async function canvasFingerprint(page: Page, canvasSelector: string): Promise<string> {
  return page.$eval(canvasSelector, (el) => {
    const canvas = el as unknown as CanvasLike;
    const ctx = canvas.getContext('2d');
    if (!ctx) return '';
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let h = 2166136261;
    for (let i = 0; i < data.length; i++) h = Math.imul(h ^ data[i], 16777619) >>> 0;
    return `${canvas.width}x${canvas.height}:${h.toString(16)}`;
  });
}
