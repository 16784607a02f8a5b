import {
  auditActionLabel,
  auditOutcomeLabel,
  auditResourceText,
  dateRangeInvalid,
  filtersFromDraft,
  parseAuditQuery,
  serializeAuditQuery,
  userRoleLabel,
} from './audit-view';

describe('audit URL state', () => {
  it('reads valid filters and drops the rest', () => {
    expect(parseAuditQuery(new URLSearchParams('from=2026-11-01&to=2026-11-15&actor=agent&action=case.pii&outcome=SUCCESS&page=2'))).toEqual({
      from: '2026-11-01', to: '2026-11-15', actor: 'agent', action: 'case.pii', outcome: 'SUCCESS', page: 2,
    });
    expect(parseAuditQuery(new URLSearchParams(`from=2026-13-01&to=yesterday&actor=${'x'.repeat(65)}&outcome=MAYBE&page=0`))).toEqual({
      from: null, to: null, actor: null, action: null, outcome: null, page: 1,
    });
  });

  it('writes only what is set, and round-trips', () => {
    const s = { from: '2026-11-01', to: null, actor: 'admin', action: 'auth.', outcome: 'DENIED', page: 3 };
    expect(serializeAuditQuery(s)).toBe('from=2026-11-01&actor=admin&action=auth.&outcome=DENIED&page=3');
    expect(parseAuditQuery(new URLSearchParams(serializeAuditQuery(s)))).toEqual(s);
    expect(serializeAuditQuery({ from: null, to: null, actor: null, action: null, outcome: null, page: 1 })).toBe('');
  });

  it('turns the form draft into filters and checks the date range', () => {
    expect(filtersFromDraft({ from: '', to: '2026-11-15', actor: ' agent ', action: '', outcome: '' })).toEqual({
      from: null, to: '2026-11-15', actor: 'agent', action: null, outcome: null,
    });
    expect(dateRangeInvalid({ from: '2026-11-16', to: '2026-11-15' })).toBe(true);
    expect(dateRangeInvalid({ from: '2026-11-15', to: '2026-11-15' })).toBe(false);
    expect(dateRangeInvalid({ from: null, to: '2026-11-15' })).toBe(false);
  });
});

describe('audit labels', () => {
  it('names known actions in Chinese and shows others as recorded', () => {
    expect(auditActionLabel('auth.login')).toBe('登录');
    expect(auditActionLabel('auth.logout')).toBe('退出');
    expect(auditActionLabel('case.pii.view')).toBe('查看个人信息');
    expect(auditActionLabel('POST /api/v1/things')).toBe('POST /api/v1/things');
  });

  it('names outcomes, roles and objects', () => {
    expect(['SUCCESS', 'FAILURE', 'DENIED'].map(auditOutcomeLabel)).toEqual(['成功', '失败', '拒绝']);
    expect(userRoleLabel('STATION_AGENT')).toBe('红色代办员');
    expect(userRoleLabel(null)).toBe('—');
    expect(auditResourceText('case', '42')).toBe('案件 #42');
    expect(auditResourceText('gadget', null)).toBe('gadget');
    expect(auditResourceText(null, null)).toBe('—');
  });
});
