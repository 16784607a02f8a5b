import { buildRating, EMPTY_FORM, refusal } from './evaluate-form';

describe('online evaluation form (DB1405 8.1.1)', () => {
  it('needs one of the five levels', () => {
    expect(buildRating(EMPTY_FORM)).toEqual({ ok: false, message: expect.stringContaining('请选择总体评价') });
    expect(buildRating({ ...EMPTY_FORM, level: 'GOOD' }).ok).toBe(false);
  });

  it('sends only what was answered', () => {
    expect(buildRating({ ...EMPTY_FORM, level: 'SATISFIED' })).toEqual({ ok: true, body: { level: 'SATISFIED' } });
    expect(buildRating({ ...EMPTY_FORM, level: 'DISSATISFIED', attitude: 2, done: 'no', comment: '  等了很久  ' })).toEqual({
      ok: true, body: { level: 'DISSATISFIED', attitude: 2, done: false, comment: '等了很久' },
    });
    expect(buildRating({ ...EMPTY_FORM, level: 'VERY_SATISFIED', efficiency: 5, attitude: 5, professionalism: 4, done: 'yes' })).toEqual({
      ok: true, body: { level: 'VERY_SATISFIED', efficiency: 5, attitude: 5, professionalism: 4, done: true },
    });
  });

  it('refuses out-of-range ratings and over-long comments', () => {
    expect(buildRating({ ...EMPTY_FORM, level: 'SATISFIED', efficiency: 6 })).toEqual({ ok: false, message: '办事效率评分应为 1-5 分' });
    expect(buildRating({ ...EMPTY_FORM, level: 'SATISFIED', comment: '好'.repeat(501) })).toEqual({ ok: false, message: '留言不超过 500 字' });
    expect(buildRating({ ...EMPTY_FORM, level: 'SATISFIED', comment: '好'.repeat(500) }).ok).toBe(true);
  });

  it('explains a used, expired or unknown link in Chinese', () => {
    expect(refusal({ state: 'OPEN' })).toBeNull();
    expect(refusal({ state: 'USED' })).toBe('该评价链接已使用，每件事项只能评价一次');
    expect(refusal({ status: 409, code: 'EVALUATION.TOKEN_USED' })).toBe('该评价链接已使用，每件事项只能评价一次');
    expect(refusal({ status: 410 })).toContain('已过期');
    expect(refusal({ state: 'EXPIRED' })).toContain('已过期');
    expect(refusal({ status: 404, code: 'EVALUATION.TOKEN_NOT_FOUND' })).toContain('链接无效');
    expect(refusal({ status: 500 })).toBeNull();
  });
});
