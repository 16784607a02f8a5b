import {
  canViewCitizenPii,
  caseEventLabel,
  caseLevelLabel,
  caseStatusLabel,
  caseStatusTone,
  failureReasonLabel,
  isValidCaseNo,
  listPathFrom,
  normalizeCaseNo,
  parseCaseId,
  drillSummary,
  parseCaseDrill,
  parseCaseListQuery,
  serializeCaseListQuery,
} from './case-view';

describe('labels', () => {
  it('names every case status in Chinese (DB1405 6.2-6.4)', () => {
    expect(
      ['AWAITING_MATERIALS', 'ACCEPTED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'HANDED_UP', 'COMPLETED', 'FAILED'].map(caseStatusLabel),
    ).toEqual(['待补材料', '已受理', '办理中', '待补正', '已上报', '已办结', '未办成']);
  });

  it('names every event type the case lifecycle writes', () => {
    const types = ['CREATED', 'MATERIALS_COMPLETED', 'STARTED', 'SUPPLEMENT_REQUESTED', 'SUPPLEMENT_RECEIVED', 'HANDED_UP',
      'RESULT_RETURNED', 'COMPLETED', 'FAILED', 'NOTIFIED', 'EVALUATED'];
    expect(types.map(caseEventLabel)).toEqual(['登记', '材料补齐', '开始办理', '要求补正', '补正到位', '上报', '结果回传', '办结',
      '未办成', '已告知结果', '已评价']);
  });

  it('shows unknown codes as sent and a dash for none', () => {
    expect(caseEventLabel('REOPENED')).toBe('REOPENED');
    expect(caseStatusLabel(null)).toBe('—');
    expect(caseLevelLabel('COUNTY')).toBe('县级办理');
    expect(failureReasonLabel('NOT_ELIGIBLE')).toBe('不符合办理条件');
  });
});

describe('caseStatusTone', () => {
  it('tells waiting, moving, done and failed cases apart', () => {
    expect(['AWAITING_MATERIALS', 'SUPPLEMENT_REQUESTED'].map(caseStatusTone)).toEqual(['wait', 'wait']);
    expect(['ACCEPTED', 'IN_PROGRESS', 'HANDED_UP'].map(caseStatusTone)).toEqual(['move', 'move', 'move']);
    expect(caseStatusTone('COMPLETED')).toBe('done');
    expect(caseStatusTone('FAILED')).toBe('fail');
  });
});

describe('canViewCitizenPii', () => {
  it('offers the full personal data to the roles holding case:pii only', () => {
    expect(['STATION_AGENT', 'TOWNSHIP_REVIEWER', 'ADMIN'].every(canViewCitizenPii)).toBe(true);
    expect(['CITY_LEADER', 'COUNTY_LEADER', '', undefined].some(canViewCitizenPii)).toBe(false);
  });
});

describe('case numbers and ids', () => {
  it('normalizes and checks case numbers as the server does', () => {
    expect(normalizeCaseNo('  jc202611-0000123 ')).toBe('JC202611-0000123');
    expect(isValidCaseNo('JC202611-0000123')).toBe(true);
    expect(isValidCaseNo('JC2')).toBe(false);
    expect(isValidCaseNo('JC 2026')).toBe(false);
    expect(isValidCaseNo("JC2026';--")).toBe(false);
  });

  it('reads a route id, refusing what cannot be a case id', () => {
    expect(parseCaseId('42')).toBe(42);
    expect(parseCaseId('2147483647')).toBe(2147483647);
    for (const bad of [undefined, '', '0', '-1', '01', '1.5', 'abc', '2147483648', '99999999999']) expect(parseCaseId(bad)).toBeNull();
  });
});

describe('list URL state', () => {
  it('reads filters and page, dropping what is not valid', () => {
    expect(parseCaseListQuery(new URLSearchParams('status=HANDED_UP&caseNo=jc202611-0000001&page=3'))).toEqual({
      status: 'HANDED_UP',
      caseNo: 'JC202611-0000001',
      page: 3,
    });
    expect(parseCaseListQuery(new URLSearchParams('status=NOPE&caseNo=%25%25&page=-2'))).toEqual({ status: null, caseNo: null, page: 1 });
    expect(parseCaseListQuery(new URLSearchParams(''))).toEqual({ status: null, caseNo: null, page: 1 });
  });

  it('writes only what is set, and round-trips', () => {
    expect(serializeCaseListQuery({ status: null, caseNo: null, page: 1 })).toBe('');
    const s = { status: 'COMPLETED', caseNo: 'JC202611-0000001', page: 2 };
    expect(parseCaseListQuery(new URLSearchParams(serializeCaseListQuery(s)))).toEqual(s);
  });

  it('keeps the filters a dashboard number drilled through with (DB1405 7.2.1 e)', () => {
    const q = new URLSearchParams('region=140522&item=42&dateField=due&from=2025-12-01&to=2026-11-30&overdue=true&status=COMPLETED');
    const s = parseCaseListQuery(q);
    expect(s.drill).toEqual({ region: '140522', item: 42, dateField: 'due', from: '2025-12-01', to: '2026-11-30', overdue: true });
    expect(parseCaseListQuery(new URLSearchParams(serializeCaseListQuery(s)))).toEqual(s);
    expect(serializeCaseListQuery({ ...s, page: 2 })).toBe('status=COMPLETED&region=140522&item=42&dateField=due&from=2025-12-01&to=2026-11-30&overdue=true&page=2');
    expect(drillSummary(s.drill!, '阳城县')).toEqual(['区域：阳城县', '事项编号：42', '承诺办结日期：2025-12-01 至 2026-11-30', '超期']);
  });

  it('drops malformed drill-through filters, and a date window without its field', () => {
    expect(parseCaseDrill(new URLSearchParams('region=abc&item=-1&agent=0&dateField=nope&from=2026-01-01&overdue=maybe'))).toBeUndefined();
    expect(parseCaseDrill(new URLSearchParams('dateField=completed&from=2026-13-01'))).toBeUndefined();
    expect(parseCaseDrill(new URLSearchParams('dateField=completed&to=2026-01-31&overdue=false'))).toEqual({ dateField: 'completed', to: '2026-01-31', overdue: false });
    expect(parseCaseListQuery(new URLSearchParams('status=COMPLETED')).drill).toBeUndefined();
  });

  it('goes back to the list the user came from, and nowhere else', () => {
    expect(listPathFrom({ from: { pathname: '/cases', search: '?status=COMPLETED&page=2' } })).toBe('/cases?status=COMPLETED&page=2');
    expect(listPathFrom({ from: { pathname: '/audit', search: '' } })).toBe('/cases');
    expect(listPathFrom({ from: { pathname: '/cases', search: '?x=<script>' } })).toBe('/cases');
    expect(listPathFrom(null)).toBe('/cases');
  });
});
