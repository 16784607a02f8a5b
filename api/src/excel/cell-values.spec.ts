import { joinList, mark, parseMark, splitList } from './cell-values';

describe('register cell values', () => {
  it.each([
    ['✓', true], ['√', true], ['是', true], [' 是 ', true], ['y', true],
    ['✗', false], ['×', false], ['否', false], ['x', false], ['无', false],
    ['', null], ['有点', null], ['1', null],
  ])('mark %j → %j', (text, want) => expect(parseMark(text)).toBe(want));

  it('writes ✓ and ✗ that read back as the same value', () => {
    expect(parseMark(mark(true))).toBe(true);
    expect(parseMark(mark(false))).toBe(false);
  });

  it('splits lists on Chinese and Latin separators and drops blanks', () => {
    expect(splitList('社保、医保, 民政，户籍;;不动产；')).toEqual(['社保', '医保', '民政', '户籍', '不动产']);
    expect(splitList('  ')).toEqual([]);
    expect(joinList(['社保', '医保'])).toBe('社保、医保');
  });
});
