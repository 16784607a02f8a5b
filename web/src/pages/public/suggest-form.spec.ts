import { buildSuggestion, normalizeCode } from './suggest-form';

describe('public suggestion form (DB1405 8.2.3)', () => {
  it('needs 5 to 1000 characters and takes an optional phone', () => {
    expect(buildSuggestion({ content: '太短', regionCode: '', contact: '' }).ok).toBe(false);
    expect(buildSuggestion({ content: ' 希望周六有人值班 ', regionCode: '', contact: '' })).toEqual({ ok: true, body: { content: '希望周六有人值班' } });
    expect(buildSuggestion({ content: '希望周六有人值班', regionCode: '140522', contact: '0356-1234567' })).toEqual({
      ok: true, body: { content: '希望周六有人值班', regionCode: '140522', contact: '0356-1234567' },
    });
    expect(buildSuggestion({ content: '希望周六有人值班', regionCode: '', contact: '12345' })).toEqual({ ok: false, message: expect.stringContaining('联系电话') });
  });

  it('reads a tracking code as people type it', () => {
    expect(normalizeCode('7k2m-9qx4 tr8b')).toBe('7K2M9QX4TR8B');
    expect(normalizeCode('7K2M9QX4TRIO')).toBe('7K2M9QX4TR10');
    expect(normalizeCode('short')).toBeNull();
    expect(normalizeCode('7K2M9QX4TR8U')).toBeNull();
  });
});
