/**
 * Pieces shared by the dashboard's option builders (pure): the title block, the text style, HTML
 * escaping for tooltips, and the index of the hovered point.
 */
import { COLORS, FONT_FAMILY } from './theme';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** One "label … value" line of a tooltip. */
export function tooltipLine(label: string, value: string): string {
  return `<div style="display:flex;justify-content:space-between;gap:16px"><span>${escapeHtml(label)}</span><b>${escapeHtml(value)}</b></div>`;
}

export function tooltipHead(text: string): string {
  return `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(text)}</div>`;
}

/** Index of the hovered item in a tooltip callback's params (axis or item trigger). */
export function hoveredIndex(params: unknown): number {
  const first = Array.isArray(params) ? params[0] : params;
  const i = (first as { dataIndex?: unknown } | undefined)?.dataIndex;
  return typeof i === 'number' ? i : -1;
}

export const TEXT_STYLE = { fontFamily: FONT_FAMILY, color: COLORS.text };

export function titleBlock(text: string, subtext?: string) {
  return {
    text,
    subtext,
    left: 0,
    top: 0,
    textStyle: { fontSize: 15, fontWeight: 600 as const, color: COLORS.text, fontFamily: FONT_FAMILY },
    subtextStyle: { fontSize: 12, color: COLORS.textMuted, fontFamily: FONT_FAMILY },
  };
}

/** A fraction as a percentage number with one decimal (0.9238 → 92.4); null stays null. */
export function pct(v: number | null | undefined): number | null {
  if (v === null || v === undefined || !Number.isFinite(v)) return null;
  return Math.round(v * 1000) / 10;
}
