// Password policy (等保 2.0 identity): at least N characters (12 by default) from at least three
// of four classes. Returns every problem at once, in Chinese, so the user fixes them in one go.

const CLASSES: [RegExp, string][] = [
  [/[a-z]/, '小写字母'],
  [/[A-Z]/, '大写字母'],
  [/[0-9]/, '数字'],
  [/[^A-Za-z0-9]/, '符号'],
];

export function passwordProblems(password: string, minLength = 12): string[] {
  const problems: string[] = [];
  if ([...password].length < minLength) problems.push(`密码长度至少 ${minLength} 位`);
  const present = CLASSES.filter(([re]) => re.test(password)).length;
  if (present < 3) problems.push('密码须包含大写字母、小写字母、数字、符号中的至少三类');
  return problems;
}
