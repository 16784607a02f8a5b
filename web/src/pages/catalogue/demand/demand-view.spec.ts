import { checkItemContent } from '../../../../../api/src/catalogue/content';
import { draftContent } from '../../../../../api/src/demand/draft-content';
import type { CatalogueContent } from '../../../api/types';
import { formErrors, toRequest } from '../proposal-form';
import {
  exportFileName, figureRows, formatGrowth, formFromDraft, growthTone, idleAsOf, parseDemandQuery, placeholdersLeft, serializeDemandQuery,
} from './demand-view';

const NOW = new Date(2026, 10, 29); // 2026-11-29, local

describe('需求分析 URL state', () => {
  it('defaults to the last 12 months of the whole scope and round-trips', () => {
    expect(parseDemandQuery('', NOW)).toEqual({ region: null, from: '2025-12', to: '2026-11' });
    const s = parseDemandQuery('region=140522&from=2026-01&to=2026-06', NOW);
    expect(s).toEqual({ region: '140522', from: '2026-01', to: '2026-06' });
    expect(serializeDemandQuery(s)).toBe('region=140522&from=2026-01&to=2026-06');
  });

  it('repairs malformed values and keeps a reversed period for the page to report', () => {
    expect(parseDemandQuery('region=abc&from=2026-13&to=2026-06', NOW)).toEqual({ region: null, from: '2025-07', to: '2026-06' });
    expect(parseDemandQuery('from=2026-05', NOW)).toEqual({ region: null, from: '2026-05', to: '2026-11' });
    expect(parseDemandQuery('from=2026-09&to=2026-03', NOW)).toMatchObject({ from: '2026-09', to: '2026-03' });
  });
});

describe('formatting', () => {
  it('judges "idle" at the end of the period, or today while the period runs', () => {
    expect(idleAsOf('2026-06', '2026-11-29')).toBe('2026-06-30');
    expect(idleAsOf('2026-11', '2026-11-29')).toBe('2026-11-29');
    expect(idleAsOf('2028-02', '2029-01-01')).toBe('2028-02-29');
  });

  it('shows growth with its sign, and says when there is nothing to compare with', () => {
    expect(formatGrowth(25)).toBe('+25.0%');
    expect(formatGrowth(-10.5)).toBe('−10.5%');
    expect(formatGrowth(0)).toBe('0.0%');
    expect(formatGrowth(null)).toBe('上期无需求');
    expect([growthTone(3), growthTone(-1), growthTone(null)]).toEqual(['up', 'down', 'flat']);
  });

  it('labels the evidence of a suggestion in Chinese', () => {
    expect(figureRows({ figures: { asks: 12, townships: 3, variants: ['宅基地审批', '咨询 宅基地审批的问题'] } })).toEqual([
      ['咨询次数', '12'], ['涉及乡镇数', '3'], ['不同表述', '宅基地审批、咨询 宅基地审批的问题'],
    ]);
    expect(figureRows({ figures: { currentLevel: 'COUNTY', targetLevel: 'TOWNSHIP', lastDemand: null } })).toEqual([
      ['现办理层级', '县级'], ['建议层级', '乡镇'], ['最近一次需求', '无记录'],
    ]);
  });

  it('names export files by table and period', () => {
    const s = { region: null, from: '2026-01', to: '2026-06' };
    expect(exportFileName('top', s, '2026-06-30')).toBe('高频事项-2026-01至2026-06.xlsx');
    expect(exportFileName('idle', s, '2026-06-30')).toBe('长期无需求事项-2026-06-30.xlsx');
  });
});

describe('the ADD editor (DB1405 7.1.2)', () => {
  const draft = draftContent('宅基地审批') as CatalogueContent;

  it('starts from the server draft, flags its placeholders, and sends content the server accepts', () => {
    const form = formFromDraft(draft);
    expect(form).toMatchObject({ changeType: 'ADD', name: '宅基地审批', level: 'VILLAGE', source: 'LOCAL_DEMAND' });
    expect(formErrors(form)).toEqual({});
    expect(placeholdersLeft(form)).toEqual(['办理部门', '法律依据']);
    const done = { ...form, department: '乡镇人民政府', legalBasis: '《中华人民共和国土地管理法》' };
    expect(placeholdersLeft(done)).toEqual([]);
    const content = toRequest(done).content;
    expect(checkItemContent(content).ok).toBe(true);
  });
});
