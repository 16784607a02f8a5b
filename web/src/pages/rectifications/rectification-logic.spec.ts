import {
  canAnswerSuggestions, formProblem, overdueBadge, parseListQuery, rateText, serializeListQuery, statusTone, visibleForms, ACTION_FORMS,
} from './rectification-logic';

describe('rectification screens (DB1405 8.2)', () => {
  it('shows only the forms of the allowed actions, in the order of the lifecycle', () => {
    expect(visibleForms(['APPEAL', 'VERIFY']).map((f) => f.action)).toEqual(['VERIFY', 'APPEAL']);
    expect(visibleForms(['RECHECK_FAIL', 'RECHECK_PASS', 'SOMETHING_NEW']).map((f) => f.label)).toEqual(['复查通过', '复查不通过']);
    expect(visibleForms([])).toEqual([]);
  });

  it('asks for what the server requires', () => {
    const form = (a: string) => ACTION_FORMS.find((f) => f.action === a)!;
    expect(formProblem(form('VERIFY'), { text: ' ', reason: '' })).toBe('请填写核实情况');
    expect(formProblem(form('RECTIFY'), { text: '培训', reason: '' })).toBeNull();
    expect(formProblem(form('RECHECK_PASS'), { text: '', reason: '' })).toBeNull();
    expect(formProblem(form('RECHECK_FAIL'), { text: '', reason: '' })).toBe('请填写不通过的原因');
    expect(formProblem(form('APPEAL'), { text: '评价的是别的部门', reason: '' })).toBe('请选择申诉理由');
    expect(formProblem(form('APPEAL'), { text: '', reason: 'MISTAKEN' })).toBe('请填写申诉理由说明');
    expect(formProblem(form('APPEAL'), { text: '评价的是别的部门', reason: 'MALICIOUS' })).toBeNull();
  });

  it('badges overdue tasks by the escalation level, and nothing once closed', () => {
    expect(overdueBadge({ overdue: true, alertLevel: 'FLAGGED', status: 'OPEN' })).toEqual({ text: '逾期通报', tone: 'red' });
    expect(overdueBadge({ overdue: true, alertLevel: 'OVERDUE', status: 'VERIFIED' })).toEqual({ text: '逾期催办', tone: 'red' });
    expect(overdueBadge({ overdue: true, alertLevel: 'NONE', status: 'VERIFIED' })).toEqual({ text: '已逾期', tone: 'yellow' });
    expect(overdueBadge({ overdue: false, alertLevel: 'NONE', status: 'OPEN' })).toBeNull();
    expect(overdueBadge({ overdue: false, alertLevel: 'FLAGGED', status: 'CLOSED' })).toBeNull();
    expect(statusTone('CLOSED')).toBe('done');
    expect(statusTone('REWORK')).toBe('fail');
  });

  it('writes the on-time rate with its interval, or 样本不足', () => {
    expect(rateText({ suppressed: false, n: 10, successes: 7, rate: 0.7, interval: { low: 0.39678, high: 0.89221 } })).toBe('70.0%（95% 区间 39.7%–89.2%，n=10）');
    expect(rateText({ suppressed: true, n: 3, label: '样本不足' })).toBe('样本不足（n=3）');
  });

  it('keeps the list filters in the URL and ignores junk', () => {
    const s = parseListQuery(new URLSearchParams('status=FED_BACK&source=SURVEY&overdue=true&page=3'));
    expect(s).toEqual({ status: 'FED_BACK', source: 'SURVEY', overdue: true, page: 3 });
    expect(serializeListQuery(s).toString()).toBe('status=FED_BACK&source=SURVEY&overdue=true&page=3');
    expect(parseListQuery(new URLSearchParams('status=LOST&overdue=maybe&page=-1'))).toEqual({ status: null, source: null, overdue: null, page: 1 });
    expect(serializeListQuery({ status: null, source: null, overdue: false, page: 1 }).toString()).toBe('overdue=false');
  });

  it('lets only levels above the station answer suggestions (DB1405 8.2.3)', () => {
    expect(['ADMIN', 'CITY_LEADER', 'COUNTY_LEADER', 'TOWNSHIP_REVIEWER'].every(canAnswerSuggestions)).toBe(true);
    expect(canAnswerSuggestions('STATION_AGENT')).toBe(false);
    expect(canAnswerSuggestions(undefined)).toBe(false);
  });
});
