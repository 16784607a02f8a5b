import {
  canHandleCases, commissionErrors, consultationErrors, countdownText, countdownTone, hopStepBody, hopStepLabel, isConflict, missingMaterials, visibleButtons,
} from './workbench-logic';

describe('DB1405 7.2.1 e countdown badge', () => {
  it.each([
    [10, 10, 'green'],
    [6, 10, 'green'],
    [5, 10, 'yellow'],
    [3, 10, 'yellow'],
    [2, 10, 'red'],
    [0, 10, 'red'],
    [-1, 10, 'red'],
  ] as const)('%d of %d working days left → %s', (left, limit, tone) => {
    expect(countdownTone(left, limit)).toBe(tone);
  });

  it('without a limit the server alert level decides, and the worse of the two wins', () => {
    expect(countdownTone(4, null, 'NONE')).toBe('green');
    expect(countdownTone(4, null, 'WARN_50')).toBe('yellow');
    expect(countdownTone(4, null, 'WARN_80')).toBe('red');
    expect(countdownTone(8, 10, 'WARN_50')).toBe('yellow');
    expect(countdownTone(-2, null, 'NONE')).toBe('red');
    expect(countdownTone(null, null, 'FLAGGED')).toBe('red');
    expect(countdownTone(null, null, 'NONE')).toBe('none');
  });

  it('texts', () => {
    expect(countdownText(3)).toBe('剩 3 个工作日');
    expect(countdownText(0)).toBe('今日到期');
    expect(countdownText(-2)).toBe('超期 2 个工作日');
    expect(countdownText(null)).toBe('未计时');
  });
});

describe('case buttons follow allowedActions (DB1405 6.2-6.4)', () => {
  it('shows only what the server allows, in lifecycle order', () => {
    expect(visibleButtons(['DELIVER', 'START', 'UPLOAD_FILE', 'PROVIDE_MATERIALS']).map((b) => b.label)).toEqual(['材料补齐', '开始办理', '送达']);
    expect(visibleButtons([])).toEqual([]);
  });
});

describe('DB1405 7.2.3 upper-level steps', () => {
  it('labels and bodies', () => {
    expect(hopStepLabel('confirm-materials')).toBe('确认材料');
    expect(hopStepLabel(null)).toBeNull();
    expect(hopStepBody('sign', {})).toEqual({});
    expect(hopStepBody('issue', { certificateNo: ' ' })).toBeNull();
    expect(hopStepBody('issue', { certificateNo: ' YC-1 ' })).toEqual({ certificateNo: 'YC-1' });
    expect(hopStepBody('return', { resultNote: '已办结' })).toEqual({ resultNote: '已办结' });
  });
  it('a 409 is a conflict', () => {
    expect(isConflict({ status: 409 })).toBe(true);
    expect(isConflict({ status: 422 })).toBe(false);
    expect(isConflict(null)).toBe(false);
  });
});

describe('intake checks (DB1405 4.1, 6.1.4, 6.2.2)', () => {
  it('consultation', () => {
    expect(consultationErrors({ name: '李四', phone: '13912345678', itemId: null, topic: '低保', content: '问' })).toEqual([]);
    expect(consultationErrors({ name: '', phone: '123', itemId: null, topic: '', content: '' })).toHaveLength(4);
  });
  it('commission requires consent and its method', () => {
    const ok = { fromConsultation: false, itemId: 1, name: '张三', phone: '13812345678', idNumber: '', consent: true, method: 'SIGNED_FORM' };
    expect(commissionErrors(ok)).toEqual([]);
    expect(commissionErrors({ ...ok, consent: false })).toContain('须经群众自愿委托（DB1405 4.1）');
    expect(commissionErrors({ ...ok, method: '' })).toContain('请选择委托方式');
    expect(commissionErrors({ ...ok, fromConsultation: true, name: '', phone: '' })).toEqual([]);
    expect(commissionErrors({ ...ok, idNumber: '123' })).toContain('身份证号码无效');
  });
  it('missing materials are exactly the unticked ones', () => {
    expect(missingMaterials([{ id: 1 }, { id: 2 }, { id: 3 }], new Set([2]))).toEqual([{ id: 1 }, { id: 3 }]);
  });
});

describe('who handles cases', () => {
  it('only station agents (case:write)', () => {
    expect(canHandleCases('STATION_AGENT')).toBe(true);
    expect(canHandleCases('TOWNSHIP_REVIEWER')).toBe(false);
    expect(canHandleCases(undefined)).toBe(false);
  });
});
