/** Formatting of catalogue values for the UI (zh-CN, Asia/Shanghai). Pure. */
import type { CatalogueMaterial } from '../../api/types';
import { CATALOGUE_LEVEL_LABELS, CATALOGUE_SOURCE_LABELS, MATERIAL_FORM_LABELS, t } from '../../i18n/zh-CN';

const SHANGHAI_MS = 8 * 3_600_000; // no daylight saving in China

/** Today in Asia/Shanghai as 'YYYY-MM-DD' (publication dates are Jincheng calendar days). */
export function shanghaiToday(now: Date = new Date()): string {
  return new Date(now.getTime() + SHANGHAI_MS).toISOString().slice(0, 10);
}

/** An instant as 'YYYY-MM-DD HH:mm' in Asia/Shanghai; null → '—'. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return t.catalogue.none;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return t.catalogue.none;
  return new Date(ms + SHANGHAI_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** DB1405 4.5: the proxy service is free; only an authority's statutory fee is shown. */
export function feeText(fee: number): string {
  return fee > 0 ? t.catalogue.fee(fee.toFixed(2)) : t.catalogue.feeNone;
}

export const levelLabel = (level: string): string => CATALOGUE_LEVEL_LABELS[level] ?? level;
export const sourceLabel = (source: string): string => CATALOGUE_SOURCE_LABELS[source] ?? source;
export const formLabel = (form: string): string => MATERIAL_FORM_LABELS[form] ?? form;

/** "户口簿（原件及复印件，1 份）". */
export function materialText(m: CatalogueMaterial): string {
  return `${m.name}（${formLabel(m.form)}，${t.catalogue.copies(m.copies)}）`;
}
