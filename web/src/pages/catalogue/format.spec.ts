import { feeText, formatDateTime, levelLabel, materialText, shanghaiToday, sourceLabel } from './format';

describe('catalogue formatting', () => {
  it('uses the Asia/Shanghai calendar day and clock', () => {
    expect(shanghaiToday(new Date('2026-11-29T16:30:00Z'))).toBe('2026-11-30');
    expect(formatDateTime('2026-11-29T16:30:00.000Z')).toBe('2026-11-30 00:30');
    expect(formatDateTime(null)).toBe('—');
  });

  it('shows no fee as 不收费 and a statutory fee with its receipt (DB1405 4.5, 6.4.3)', () => {
    expect(feeText(0)).toBe('不收费');
    expect(feeText(20)).toBe('法定收费 20.00 元（由办理机关依法收取并出具票据）');
  });

  it('labels levels, sources and materials in Chinese', () => {
    expect([levelLabel('VILLAGE'), levelLabel('TOWNSHIP'), levelLabel('COUNTY')]).toEqual(['村级', '乡镇', '县级']);
    expect(sourceLabel('LOCAL_DEMAND')).toBe('本地高频需求');
    expect(materialText({ name: '户口簿', form: 'ORIGINAL_AND_COPY', copies: 1, howToGet: '本人携带' })).toBe('户口簿（原件及复印件，1 份）');
  });
});
