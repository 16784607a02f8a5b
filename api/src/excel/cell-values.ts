// Reading what people type into register spreadsheets: check marks, yes/no, lists. Pure.

const YES = new Set(['✓', '√', '✔', '是', 'Y', 'YES', 'TRUE', '有']);
const NO = new Set(['✗', '×', '✘', 'X', '否', 'N', 'NO', 'FALSE', '无']);

/** ✓/✗/是/否 (and the look-alike marks Excel users type) → boolean; null when it is none of them. */
export function parseMark(text: string): boolean | null {
  const v = text.trim().toUpperCase();
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return null;
}

/** The mark written into exports: ✓ present, ✗ absent. */
export const mark = (present: boolean): string => (present ? '✓' : '✗');

/** "社保、医保, 民政" → ['社保', '医保', '民政']: Chinese and Latin separators, blanks dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[、,，;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Items joined the Chinese way, for cells and messages. */
export const joinList = (items: readonly string[]): string => items.join('、');
