// Synthetic citizens and agents: Chinese names, mobile numbers and 18-digit resident ID numbers
// (GB 11643-1999) whose check digit is valid, so the application's validators accept them.
// None of these identify a real person: names and serial digits are random.
import { Rng, weightedPicker } from './random';

// Common surnames of south-east Shanxi, roughly by frequency.
const pickSurname = weightedPicker<string>([
  ['王', 10], ['李', 9], ['张', 8], ['刘', 6], ['陈', 4], ['杨', 4], ['赵', 4], ['郭', 4], ['段', 2.5],
  ['牛', 2], ['常', 2], ['冯', 2], ['卫', 1.5], ['田', 2], ['秦', 2], ['贾', 2], ['崔', 2], ['韩', 2],
  ['马', 2], ['范', 1.5], ['吕', 1.5], ['原', 1], ['靳', 1.2], ['史', 1.2], ['霍', 1], ['裴', 1],
  ['焦', 1], ['申', 1.2], ['成', 1], ['延', 0.8], ['曹', 1.2], ['孔', 0.8], ['茹', 0.6], ['柴', 0.8],
  ['宋', 1.2], ['程', 1], ['侯', 1.2], ['卢', 0.8], ['尚', 0.8], ['姬', 0.6], ['毕', 0.6], ['苗', 0.8],
  ['周', 1], ['吴', 1], ['孙', 1], ['胡', 1], ['高', 1.5], ['徐', 0.8], ['郝', 1], ['薛', 0.8],
]);

const MALE_CHARS = '建国军红伟强明华志平文斌海东兵林勇杰涛磊超鹏飞俊宏刚彬晓新春德福贵生荣富宝成忠义虎龙全喜';
const FEMALE_CHARS = '秀英兰玉梅芳丽娟霞敏艳红燕萍琴桂珍凤华翠莲花云香娥爱霞静婷雪晶慧娜丹月';
const MALE_GIVEN = ['建国', '国强', '德胜', '振华', '卫东', '永红', '金贵', '福全', '志刚', '海龙', '小军', '晓东'];
const FEMALE_GIVEN = ['桂兰', '秀英', '玉梅', '翠花', '凤英', '爱莲', '春燕', '丽娟', '晓敏', '雪梅', '金花', '小红'];

export type Sex = 'M' | 'F';

export function chineseName(rng: Rng, sex: Sex): string {
  const surname = pickSurname(rng);
  const r = rng.next();
  if (r < 0.2) return surname + rng.pick(sex === 'M' ? MALE_GIVEN : FEMALE_GIVEN);
  const chars = sex === 'M' ? MALE_CHARS : FEMALE_CHARS;
  if (r < 0.35) return surname + chars[Math.floor(rng.next() * chars.length)];
  return surname + chars[Math.floor(rng.next() * chars.length)] + chars[Math.floor(rng.next() * chars.length)];
}

// Mainland mobile number-segment prefixes actually allocated (13x-19x).
const MOBILE_PREFIXES = [
  '134', '135', '136', '137', '138', '139', '147', '150', '151', '152', '157', '158', '159', '172', '178',
  '182', '183', '184', '187', '188', '195', '198', '130', '131', '132', '145', '155', '156', '166', '175',
  '176', '185', '186', '196', '133', '149', '153', '173', '177', '180', '181', '189', '191', '193', '199',
];

export function mobilePhone(rng: Rng): string {
  const tail = Math.floor(rng.next() * 1e8);
  return rng.pick(MOBILE_PREFIXES) + String(tail).padStart(8, '0');
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643 check character for the first 17 digits of a resident ID number. */
export function idCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`need 17 digits: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

export function isValidIdNumber(id: string): boolean {
  return /^\d{17}[\dX]$/.test(id) && idCheckDigit(id.slice(0, 17)) === id[17];
}

/**
 * An 18-digit ID number: 6-digit region (the county), birth date YYYYMMDD, 3-digit sequence
 * whose last digit is odd for men and even for women, then the check character.
 */
export function idNumber(rng: Rng, regionPrefix: string, birthYmd: string, sex: Sex): string {
  const seq = (1 + Math.floor(rng.next() * 49)) * 2 + (sex === 'M' ? 1 : 0) + 100 * Math.floor(rng.next() * 10);
  const first17 = regionPrefix + birthYmd + String(seq).padStart(3, '0');
  return first17 + idCheckDigit(first17);
}

/**
 * Birth dates 1935-01-01..2005-12-31 as 'YYYYMMDD', cached once: villagers who ask for proxy
 * help are mostly older (pensions, subsidies), so draws are skewed towards 1945-1970.
 */
export class BirthDates {
  private readonly days: string[] = [];

  constructor() {
    for (let t = Date.UTC(1935, 0, 1); t <= Date.UTC(2005, 11, 31); t += 86_400_000) {
      this.days.push(new Date(t).toISOString().slice(0, 10).replace(/-/g, ''));
    }
  }

  draw(rng: Rng): string {
    // triangular-ish mixture: 70 % elderly peak, 30 % spread over working ages
    const u = rng.chance(0.7) ? (rng.next() + rng.next()) / 2 * 0.55 : 0.25 + rng.next() * 0.75;
    return this.days[Math.min(this.days.length - 1, Math.floor(u * this.days.length))];
  }
}
