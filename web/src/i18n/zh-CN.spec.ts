import { errorMessage } from './zh-CN';

describe('errorMessage', () => {
  it("prefers the API's Chinese message", () => {
    expect(errorMessage({ code: 'AUTH.INVALID_CREDENTIALS', message: '用户名或密码错误（剩余 2 次）', status: 401 })).toBe(
      '用户名或密码错误（剩余 2 次）',
    );
  });

  it('maps known codes when the message is missing or not Chinese', () => {
    expect(errorMessage({ code: 'REGION.NOT_FOUND', message: 'Not Found', status: 404 })).toBe(
      '区域不存在或不在您的管辖范围内',
    );
    expect(errorMessage({ code: 'INDICATOR.INVALID_PERIOD', status: 400 })).toBe('统计期间不正确，请检查起止月份');
    expect(errorMessage({ code: 'ANALYTICS.UNAVAILABLE', message: '', status: 503 })).toBe('统计服务暂不可用，请稍后再试');
  });

  it('falls back to the HTTP status, then to a generic message', () => {
    expect(errorMessage({ code: 'HTTP.502', status: 502 })).toBe('服务暂时不可用，请稍后再试');
    expect(errorMessage({ code: 'X.UNKNOWN', status: 507 })).toBe('服务器内部错误，请稍后再试');
    expect(errorMessage({ code: 'X.UNKNOWN', status: 418 })).toBe('操作失败，请稍后再试');
    expect(errorMessage(null)).toBe('操作失败，请稍后再试');
  });
});
