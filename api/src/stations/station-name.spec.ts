import { isValidStationName, STATION_NAME_MESSAGE } from './station-name';

describe('DB1405 5.1.1 station name "XX村便民服务站"', () => {
  it.each(['上河村便民服务站', '东关村便民服务站', ' 凤城村便民服务站 ', `${'长'.repeat(30)}村便民服务站`])('accepts %j', (name) => {
    expect(isValidStationName(name)).toBe(true);
  });

  it.each([
    '村便民服务站', // no village name
    '上河村服务站',
    '上河社区便民服务站',
    '上河村便民服务站（临时）',
    `${'长'.repeat(31)}村便民服务站`,
    '上河\n村便民服务站',
    '',
  ])('refuses %j', (name) => {
    expect(isValidStationName(name)).toBe(false);
  });

  it('counts characters, not UTF-16 units (a rare character is one character)', () => {
    expect(isValidStationName(`${'𠀀'.repeat(30)}村便民服务站`)).toBe(true);
  });

  it('explains the rule in Chinese', () => {
    expect(STATION_NAME_MESSAGE).toBe('站点名称应为“XX村便民服务站”');
  });
});
