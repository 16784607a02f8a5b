// The seed writes comment_redacted = comment and shows its texts on public pages (moderated
// comments, suggestions): so no seeded free text may contain anything the API's redaction
// would mask — no ID or phone number, no long digit run, no "X先生" or "姓名：…" (DB1405 8.1.3).
import { looksClean, redactComment } from '../../api/src/evaluations/redact';
import * as fb from './feedback-texts';
import * as texts from './texts';

function allTexts(): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk([
    texts.GOOD_COMMENTS, texts.NEUTRAL_COMMENTS, texts.DELAY_COMMENTS, texts.ATTITUDE_COMMENTS, texts.MATERIAL_COMMENTS, texts.FAILED_COMMENTS,
    fb.RECTIFICATION_TEXTS, fb.RECHECK_PASS_NOTES, fb.RECHECK_FAIL_NOTES, fb.APPEAL_NOTES, fb.APPEAL_UPHOLD_NOTES, fb.APPEAL_REJECT_NOTES,
    fb.SURVEY_GOOD, fb.SURVEY_NEUTRAL, fb.SURVEY_NOT_REACHED, fb.SURVEY_REFUSED, fb.SURVEY_FINDINGS, fb.SUGGESTIONS,
  ]);
  return out;
}

describe('seeded satisfaction texts', () => {
  const all = allTexts();

  it('are many and non-empty', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((t) => !t.trim())).toEqual([]);
  });

  it('survive the API redaction unchanged, so comment_redacted = comment is true (DB1405 8.1.3)', () => {
    expect(all.filter((t) => redactComment(t) !== t || !looksClean(t))).toEqual([]);
  });

  it('fit COPY text format and JSON event data unescaped (no tab, newline, backslash, double quote)', () => {
    expect(all.filter((t) => /[\t\n\r\\"]/.test(t))).toEqual([]);
  });

  it('have notes for every complaint, and a finding for each', () => {
    for (const c of ['DELAY', 'ATTITUDE', 'MATERIAL', 'FAILED', 'GENERIC'] as const) {
      const t = fb.RECTIFICATION_TEXTS[c];
      expect([t.verify.length, t.measures.length, t.feedback.length, fb.SURVEY_FINDINGS[c].length].every((n) => n > 0)).toBe(true);
    }
  });
});
