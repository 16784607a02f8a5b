// Jincheng's county-level units (GB/T 2260 codes) and their streets, towns and townships.
// Township codes follow the statistical-division convention: county code + 3 digits, 0xx for
// 街道 (streets), 1xx for 镇 (towns), 2xx for 乡 (townships); they are numbered in list order.
// `villages` is the target number of villages (stations) generated under each unit: urban
// streets have few villages left (城中村), mountain townships many small ones.

export interface TownshipDef {
  name: string;
  villages: number;
}

export interface CountyDef {
  code: string;
  name: string;
  /** Seat township (county town), busier stations. */
  seat: string;
  townships: TownshipDef[];
}

export const CITY = { code: '140500', name: '晋城市' } as const;

const t = (name: string, villages: number): TownshipDef => ({ name, villages });

export const COUNTIES: CountyDef[] = [
  {
    code: '140502',
    name: '城区',
    seat: '东街街道',
    townships: [
      t('东街街道', 5),
      t('西街街道', 5),
      t('南街街道', 6),
      t('北街街道', 6),
      t('矿区街道', 8),
      t('钟家庄街道', 12),
      t('西上庄街道', 14),
      t('北石店镇', 28),
    ],
  },
  {
    code: '140521',
    name: '沁水县',
    seat: '龙港镇',
    townships: [
      t('龙港镇', 32),
      t('中村镇', 28),
      t('郑庄镇', 26),
      t('端氏镇', 32),
      t('嘉峰镇', 28),
      t('郑村镇', 26),
      t('柿庄镇', 27),
      t('十里乡', 22),
      t('胡底乡', 21),
      t('固县乡', 20),
      t('土沃乡', 22),
      t('张村乡', 20),
    ],
  },
  {
    code: '140522',
    name: '阳城县',
    seat: '凤城镇',
    townships: [
      t('凤城镇', 35),
      t('北留镇', 32),
      t('润城镇', 28),
      t('町店镇', 29),
      t('芹池镇', 28),
      t('次营镇', 24),
      t('横河镇', 25),
      t('河北镇', 27),
      t('蟒河镇', 24),
      t('东冶镇', 26),
      t('白桑乡', 21),
      t('寺头乡', 22),
      t('西河乡', 20),
      t('演礼乡', 22),
      t('固隆乡', 21),
      t('董封乡', 22),
      t('驾岭乡', 20),
    ],
  },
  {
    code: '140524',
    name: '陵川县',
    seat: '崇文镇',
    townships: [
      t('崇文镇', 35),
      t('礼义镇', 32),
      t('附城镇', 30),
      t('西河底镇', 29),
      t('平城镇', 30),
      t('杨村镇', 26),
      t('潞城镇', 26),
      t('秦家庄乡', 21),
      t('夺火乡', 21),
      t('马圪当乡', 20),
      t('古郊乡', 22),
      t('六泉乡', 21),
    ],
  },
  {
    code: '140525',
    name: '泽州县',
    seat: '南村镇',
    townships: [
      t('南村镇', 34),
      t('下村镇', 32),
      t('大东沟镇', 33),
      t('周村镇', 32),
      t('犁川镇', 31),
      t('晋庙铺镇', 30),
      t('金村镇', 32),
      t('高都镇', 32),
      t('巴公镇', 37),
      t('大阳镇', 35),
      t('山河镇', 28),
      t('柳树口镇', 29),
      t('北义城镇', 29),
      t('李寨乡', 24),
      t('南岭乡', 24),
    ],
  },
  {
    code: '140581',
    name: '高平市',
    seat: '北城街道',
    townships: [
      t('东城街道', 12),
      t('南城街道', 13),
      t('北城街道', 14),
      t('米山镇', 32),
      t('三甲镇', 32),
      t('神农镇', 30),
      t('陈区镇', 31),
      t('北诗镇', 32),
      t('河西镇', 32),
      t('马村镇', 31),
      t('野川镇', 29),
      t('寺庄镇', 30),
      t('建宁乡', 22),
      t('石末乡', 22),
      t('原村乡', 24),
      t('永录乡', 21),
    ],
  },
];

/** Code of a township by its position among the streets, towns or townships of its county. */
export function townshipCodes(county: CountyDef): string[] {
  let streets = 0;
  let towns = 0;
  let xiang = 0;
  return county.townships.map(({ name }) => {
    if (name.endsWith('街道')) return `${county.code}${String(1 + streets++).padStart(3, '0')}`;
    if (name.endsWith('镇')) return `${county.code}${String(100 + towns++)}`;
    if (name.endsWith('乡')) return `${county.code}${String(200 + xiang++)}`;
    throw new Error(`township name must end in 街道, 镇 or 乡: ${name}`);
  });
}
