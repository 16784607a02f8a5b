import { passwordFormProblem } from './password-form';

describe('passwordFormProblem', () => {
  const ok = { oldPassword: 'Old-Password-2026', newPassword: 'New-Password-2026', confirm: 'New-Password-2026' };

  it('lets a complete, confirmed, different password through (the server judges strength)', () => {
    expect(passwordFormProblem(ok)).toBeNull();
    expect(passwordFormProblem({ ...ok, newPassword: 'weak', confirm: 'weak' })).toBeNull();
  });

  it('asks for every field, a matching confirmation and a new password', () => {
    expect(passwordFormProblem({ ...ok, oldPassword: '' })).toBe('请填写原密码、新密码和确认密码');
    expect(passwordFormProblem({ ...ok, confirm: 'New-Password-2027' })).toBe('两次输入的新密码不一致');
    expect(passwordFormProblem({ ...ok, newPassword: ok.oldPassword, confirm: ok.oldPassword })).toBe('新密码不能与原密码相同');
  });
});
