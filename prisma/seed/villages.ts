// Village names for the demo data. DB1405 5.1.1 names a station "XX村便民服务站", so every name
// ends in 村. Names are generated from the word stock of south-east Shanxi place names (沟, 庄,
// 坡, 岭, 峪, 坪, 掌 ... and "李家庄"-style clan names) plus a few well-known real villages, and
// are unique within their township.
import { Rng, weightedPicker } from './random';

const DIRS = ['东', '西', '南', '北', '上', '下', '前', '后', '中', '大', '小', '新'];
const FEATURES = ['沟', '庄', '坡', '河', '岭', '峪', '坪', '头', '凹', '掌', '洼', '湾', '寨', '堡', '底', '岩', '泉', '院'];
const CLAN_FEATURES = ['庄', '沟', '河', '岭', '坡', '峪', '洼', '湾', '山', '坪', '寨', '院'];
const SURNAMES = [
  '李', '王', '张', '刘', '陈', '杨', '赵', '郭', '段', '牛', '常', '冯', '卫', '田', '秦', '贾', '崔',
  '韩', '马', '范', '吕', '原', '靳', '史', '霍', '裴', '焦', '申', '成', '延', '曹', '孔', '茹', '柴',
  '宋', '程', '侯', '卢', '尚', '姬', '毕', '苗', '葛', '暴', '司', '上官',
];
const NATURE = [
  '石门', '桃园', '龙泉', '凤凰', '柏树', '杨树', '柳树', '槐树', '松树', '枣树', '梨树', '核桃', '红岩',
  '白水', '黄土', '青龙', '卧龙', '马鞍', '鸡鸣', '望川', '清泉', '长畛', '三教', '五里', '十里', '七里',
  '二郎', '关帝', '圣王', '白云', '红星', '太平', '永安', '安乐', '和平', '富裕', '丰收', '宜居', '寺河',
  '峰头', '铁炉', '窑头', '磨滩', '水井', '羊泉', '麻地', '圪套', '芦苇', '沙河', '石板', '花园', '古城',
];

/** Real villages known well beyond their county (heritage villages), kept by township name. */
export const FAMOUS_VILLAGES: Record<string, string[]> = {
  北留镇: ['皇城村', '郭峪村'],
  润城镇: ['上庄村', '屯城村'],
  土沃乡: ['西文兴村'],
  郑村镇: ['湘峪村'],
  嘉峰镇: ['窦庄村'],
  原村乡: ['良户村'],
  南村镇: ['冶底村'],
  晋庙铺镇: ['拦车村'],
  古郊乡: ['锡崖沟村'],
};

type Template = (rng: Rng) => string;

const TEMPLATES: ReadonlyArray<readonly [Template, number]> = [
  [(r) => r.pick(DIRS) + r.pick(FEATURES), 3],
  [(r) => r.pick(SURNAMES) + '家' + r.pick(CLAN_FEATURES), 3],
  [(r) => r.pick(SURNAMES) + r.pick(FEATURES), 2],
  [(r) => r.pick(NATURE) + r.pick(FEATURES), 2],
  [(r) => r.pick(NATURE), 1.5],
  [(r) => r.pick(DIRS) + r.pick(SURNAMES) + r.pick(FEATURES), 0.7],
];
const pickTemplate = weightedPicker(TEMPLATES);

/** The seat village of a town usually carries the town's name (北留镇 → 北留村). */
export function seatVillageName(townshipName: string): string | null {
  if (townshipName.endsWith('街道')) return null;
  const base = townshipName.replace(/[镇乡]$/, '');
  return base.length >= 2 ? `${base}村` : null;
}

/**
 * `count` distinct village names for one township: famous ones first, then the seat village,
 * then generated ones (deterministic for a given rng state).
 */
export function villageNames(townshipName: string, count: number, rng: Rng): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  const add = (n: string) => {
    if (names.length < count && !seen.has(n)) {
      seen.add(n);
      names.push(n);
    }
  };
  const seat = seatVillageName(townshipName);
  if (seat) add(seat);
  for (const n of FAMOUS_VILLAGES[townshipName] ?? []) add(n);
  let attempts = 0;
  while (names.length < count) {
    if (++attempts > count * 200) throw new Error(`cannot generate ${count} unique villages for ${townshipName}`);
    const stem = pickTemplate(rng)(rng);
    add(stem.endsWith('村') ? stem : `${stem}村`);
  }
  return names;
}
