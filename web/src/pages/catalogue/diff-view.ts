/** A version's field-level change as a table row (项目 / 调整前 / 调整后). Pure. */
import type { CatalogueChange, CatalogueMaterial } from '../../api/types';
import { CATALOGUE_FIELD_LABELS, t } from '../../i18n/zh-CN';
import { feeText, levelLabel, materialText, sourceLabel } from './format';

export interface ChangeLine {
  key: string;
  label: string;
  before: string;
  after: string;
}

const NONE = t.catalogue.none;

function scalar(field: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return NONE;
  if (field === 'level') return levelLabel(String(v));
  if (field === 'source') return sourceLabel(String(v));
  if (field === 'timeLimitDays') return t.catalogue.days(Number(v));
  if (field === 'statutoryFee') return feeText(Number(v));
  return String(v);
}

const material = (m: unknown) => (m ? `${materialText(m as CatalogueMaterial)}，${(m as CatalogueMaterial).howToGet}` : NONE);
const steps = (v: unknown) => (Array.isArray(v) && v.length ? v.map((s, i) => `${i + 1}. ${s}`).join('  ') : NONE);
const names = (v: unknown) => (Array.isArray(v) && v.length ? v.join('、') : NONE);

export function describeChange(c: CatalogueChange, index = 0): ChangeLine {
  const key = `${c.field}-${c.op}-${c.name ?? ''}-${index}`;
  if (c.field === 'materials') {
    switch (c.op) {
      case 'added':
        return { key, label: t.catalogue.addedMaterial, before: NONE, after: material(c.after) };
      case 'removed':
        return { key, label: t.catalogue.removedMaterial, before: material(c.before), after: NONE };
      case 'changed':
        return { key, label: t.catalogue.changedMaterial(c.name ?? ''), before: material(c.before), after: material(c.after) };
      default:
        return { key, label: t.catalogue.materialOrder, before: names(c.before), after: names(c.after) };
    }
  }
  const label = CATALOGUE_FIELD_LABELS[c.field] ?? c.field;
  if (c.field === 'procedure') return { key, label, before: steps(c.before), after: steps(c.after) };
  return { key, label, before: scalar(c.field, c.before), after: scalar(c.field, c.after) };
}
