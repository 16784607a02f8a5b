/** The online evaluation form (DB1405 8.1.1; 好差评 five levels), pure: choices, validation, refusals. */
import { pt } from './public-text';
import type { RatingBody } from './public-types';

export const LEVELS = [
  { value: 'VERY_SATISFIED', label: '非常满意' },
  { value: 'SATISFIED', label: '满意' },
  { value: 'BASICALLY_SATISFIED', label: '基本满意' },
  { value: 'DISSATISFIED', label: '不满意' },
  { value: 'VERY_DISSATISFIED', label: '非常不满意' },
] as const;

export const DIMENSIONS = [
  { key: 'efficiency', label: pt.evaluate.efficiency },
  { key: 'attitude', label: pt.evaluate.attitude },
  { key: 'professionalism', label: pt.evaluate.professionalism },
] as const;

export type DimensionKey = (typeof DIMENSIONS)[number]['key'];
export const COMMENT_MAX = 500;

export interface RatingForm {
  level: string;
  efficiency: number | null;
  attitude: number | null;
  professionalism: number | null;
  /** 'yes' | 'no' | '' (not answered). */
  done: '' | 'yes' | 'no';
  comment: string;
}

export const EMPTY_FORM: RatingForm = { level: '', efficiency: null, attitude: null, professionalism: null, done: '', comment: '' };

export type Built = { ok: true; body: RatingBody } | { ok: false; message: string };

/** The request body, or the first problem in Chinese. Unanswered optional fields are left out. */
export function buildRating(f: RatingForm): Built {
  if (!LEVELS.some((l) => l.value === f.level)) return { ok: false, message: '请选择总体评价（非常满意至非常不满意）' };
  const comment = f.comment.trim();
  if ([...comment].length > COMMENT_MAX) return { ok: false, message: `留言不超过 ${COMMENT_MAX} 字` };
  const body: RatingBody = { level: f.level };
  for (const d of DIMENSIONS) {
    const v = f[d.key];
    if (v !== null) {
      if (!Number.isInteger(v) || v < 1 || v > 5) return { ok: false, message: `${d.label}评分应为 1-5 分` };
      body[d.key] = v;
    }
  }
  if (f.done) body.done = f.done === 'yes';
  if (comment) body.comment = comment;
  return { ok: true, body };
}

/**
 * Why a link cannot take an evaluation, from the form's state (GET) or a refused submission:
 * used once already (409), expired (410), unknown (404). Null when it can.
 */
export function refusal(from: { state?: string; status?: number; code?: string }): string | null {
  if (from.state === 'USED' || from.code === 'EVALUATION.TOKEN_USED' || from.status === 409) return pt.evaluate.used;
  if (from.state === 'EXPIRED' || from.code === 'EVALUATION.TOKEN_EXPIRED' || from.status === 410) return pt.evaluate.expired;
  if (from.code === 'EVALUATION.TOKEN_NOT_FOUND' || from.status === 404) return pt.evaluate.invalid;
  return null;
}
