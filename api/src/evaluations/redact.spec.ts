import { looksClean, MASK, redactComment } from './redact';

// DB1405 8.1.3: comments are published only moderated and redacted of names, phones and ID numbers.
describe('comment redaction', () => {
  it('masks 18-character resident ID numbers, including a trailing X, and 15-digit ones', () => {
    expect(redactComment('身份证140522195001011234，请核实')).toBe(`身份证${MASK.id}，请核实`);
    expect(redactComment('证件号 14052219500101123X 和 14052219500101123x')).toBe(`证件号 ${MASK.id} 和 ${MASK.id}`);
    expect(redactComment('老证号140522500101123')).toBe(`老证号${MASK.id}`);
  });

  it('masks mobiles in any grouping, but not numbers that are not mobiles', () => {
    expect(redactComment('电话13934567890')).toBe(`电话${MASK.phone}`);
    expect(redactComment('打 139 3456 7890 或 +86-139-3456-7890')).toBe(`打 ${MASK.phone} 或 ${MASK.phone}`);
    expect(redactComment('等了12天，跑了3趟')).toBe('等了12天，跑了3趟');
    expect(redactComment('12345678901')).not.toContain('12345678901'); // not a mobile, still a long number
  });

  it('masks landlines with or without brackets and hyphen', () => {
    expect(redactComment('座机0356-4221234')).toBe(`座机${MASK.phone}`);
    expect(redactComment('（0356）4221234 找我')).toBe(`${MASK.phone} 找我`);
    expect(redactComment('03564221234')).toBe(MASK.phone);
  });

  it("masks the case's citizen name, its given name, and labelled names and honorifics", () => {
    expect(redactComment('王建国对服务很满意，建国说谢谢', ['王建国'])).toBe('**对服务很满意，**说谢谢');
    expect(redactComment('姓名：李四，联系人:张三丰')).toBe('姓名：**，联系人:**');
    expect(redactComment('感谢刘先生和赵女士')).toBe('感谢**先生和**女士');
    expect(redactComment('联系人很热情，委托人： 王五')).toBe('联系人很热情，委托人： **');
    expect(redactComment('欧阳娜娜来办的', ['欧阳娜娜'])).toBe('**来办的');
  });

  it('keeps ordinary text, null and empty as they are', () => {
    expect(redactComment('办事效率高，态度好')).toBe('办事效率高，态度好');
    expect(redactComment(null)).toBeNull();
    expect(redactComment(undefined)).toBeNull();
    expect(redactComment('', ['王建国'])).toBe('');
    expect(redactComment('很好', ['', null])).toBe('很好');
  });

  it('leaves nothing that looks like an ID or mobile number', () => {
    const dirty = '王建国 140522195001011234 13934567890 0356-4221234 6222021234567890123';
    const clean = redactComment(dirty, ['王建国'])!;
    expect(looksClean(clean)).toBe(true);
    expect(clean).not.toContain('王建国');
    expect(looksClean(dirty)).toBe(false);
  });
});
