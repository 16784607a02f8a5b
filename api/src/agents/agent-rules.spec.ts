import { agentNameProblem, normaliseSkills, phoneProblem } from './agent-rules';

describe('agent register field rules (DB1405 5.2)', () => {
  it('accepts real names and refuses empty, masked, numeric or overlong ones', () => {
    expect(agentNameProblem('张建国')).toBeNull();
    expect(agentNameProblem('阿依古丽·买买提')).toBeNull();
    expect(agentNameProblem(' ')).toBe('请填写姓名');
    expect(agentNameProblem('张*明')).toBe('姓名为脱敏显示，请填写完整姓名');
    expect(agentNameProblem('张')).toBe('姓名应为 2-32 个字');
    expect(agentNameProblem('张三1')).toBe('姓名不能包含数字');
  });

  it('wants an 11-digit mobile number 1[3-9]xxxxxxxxx and refuses a masked one from an export', () => {
    expect(phoneProblem('13812341234')).toBeNull();
    expect(phoneProblem('19912341234')).toBeNull();
    expect(phoneProblem('12812341234')).toBe('联系电话应为 11 位手机号码');
    expect(phoneProblem('1381234123')).toBe('联系电话应为 11 位手机号码');
    expect(phoneProblem('0356-2021234')).toBe('联系电话应为 11 位手机号码');
    expect(phoneProblem('138****1234')).toBe('联系电话为脱敏显示，请填写完整的手机号码');
    expect(phoneProblem('')).toBe('请填写联系电话');
  });

  it('keeps skills trimmed and unique, at most ten of at most twenty characters', () => {
    expect(normaliseSkills([' 社保', '医保', '社保', ''])).toEqual({ skills: ['社保', '医保'], problem: null });
    expect(normaliseSkills(Array.from({ length: 11 }, (_, i) => `专长${i}`)).problem).toBe('业务专长最多 10 项');
    expect(normaliseSkills(['一'.repeat(21)]).problem).toContain('过长');
  });
});
