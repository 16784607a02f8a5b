import { parseRegisterQuery, serializeRegisterQuery } from './url-state';

describe('register URL state', () => {
  it('round-trips filters, page and the open record', () => {
    const s = parseRegisterQuery(new URLSearchParams('region=140522100&q=%E4%B8%8A%E6%B2%B3&missing=FIRST_AID_KIT&page=3&open=42'));
    expect(s).toEqual({ region: '140522100', q: '上河', missing: 'FIRST_AID_KIT', category: null, page: 3, open: 42 });
    expect(parseRegisterQuery(new URLSearchParams(serializeRegisterQuery(s)))).toEqual(s);
  });

  it('ignores malformed values', () => {
    expect(parseRegisterQuery(new URLSearchParams('region=abc&page=-1&open=0&q=%20'))).toEqual({
      region: null, q: null, missing: null, category: null, page: 1, open: null,
    });
    expect(serializeRegisterQuery({ region: null, q: null, missing: null, category: null, page: 1, open: null })).toBe('');
  });
});
