import { passwordProblems } from './password-policy';

describe('password policy (12+ characters, 3 of 4 classes)', () => {
  it.each([
    ['Hongse@Daiban2026', []],
    ['abcdefghijk1A', []],
    ['abcdefgh1234', ['密码须包含大写字母、小写字母、数字、符号中的至少三类']],
    ['Ab1!', ['密码长度至少 12 位']],
    ['short', ['密码长度至少 12 位', '密码须包含大写字母、小写字母、数字、符号中的至少三类']],
  ])('%s', (pw, problems) => expect(passwordProblems(pw)).toEqual(problems));

  it('honours a configured minimum', () => {
    expect(passwordProblems('Abcdefgh1!', 10)).toEqual([]);
    expect(passwordProblems('Abcdefgh1!', 16)).toHaveLength(1);
  });
});
