import { maskIdNumber, maskName, maskPhone } from './masking';

describe('personal-data masking (PIPL, GB/T 35273 on screens)', () => {
  it.each([
    ['张三明', '张*明'],
    ['王五', '王*'],
    ['欧阳小锋', '欧**锋'],
    ['李', '李'],
  ])('name %s → %s', (v, m) => expect(maskName(v)).toBe(m));

  it('phone keeps the first 3 and last 4 digits of a mobile', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('0356-2021234')).toBe('*******1234');
  });

  it('ID number keeps the first 3 and last 4 characters', () => {
    expect(maskIdNumber('14052219800101123X')).toBe('140***********123X');
    expect(maskIdNumber('140522198001011234')).toHaveLength(18);
  });
});
