// Redaction of citizens' free-text comments before anything of them can be shown publicly
// (DB1405 8.1.3 disclosure; PIPL). Pure. Applied when a comment is written (commentRedacted) and
// again to any text a moderator approves, so an approved public copy never carries an ID number,
// a phone number or the citizen's name. It errs on the side of masking too much.

export const MASK = { id: '[身份证号]', phone: '[电话]', number: '[号码]', name: '**' } as const;

const HAN = '\\u3400-\\u9fff';

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // GB 11643 resident ID (18 characters, last may be X) and the old 15-digit form.
  [/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g, MASK.id],
  [/(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])/g, MASK.id],
  // Mobiles: 1[3-9]x, optionally +86 and grouped 3-4-4 with spaces or hyphens.
  [/(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?!\d)/g, MASK.phone],
  // Landlines: area code 0xx(x), optionally in brackets, then 7-8 digits.
  [/(?<!\d)(?:[(（]0\d{2,3}[)）]|0\d{2,3})[-\s]?\d{7,8}(?!\d)/g, MASK.phone],
  // Whatever long digit run is left (bank cards, other numbers that identify someone).
  [/\d{9,}/g, MASK.number],
];

// "姓名：王建国", "联系人: 李四": the label stays, the name goes. The colon is required, else
// "联系人很热情" would lose its praise.
const LABELLED_NAME = new RegExp(`(姓名|名字|联系人|委托人|申请人)([:：]\\s*)[${HAN}·]{2,4}`, 'g');
// "王先生", "李女士": the surname goes too (a surname with the village is often enough).
const HONORIFIC = new RegExp(`[${HAN}](先生|女士|小姐|大爷|大妈|阿姨|师傅)`, 'g');

/** Masks every form of `name` a comment may use: the full name and the given name. */
function maskName(text: string, name: string): string {
  const full = [...name.replace(/\s/g, '')];
  if (!full.length) return text;
  const forms = [full.join('')];
  // The given name of a 3- or 4-character name ("建国" of 王建国); a 2-character name's given
  // name is one character, far too common to mask on its own.
  if (full.length >= 3) forms.push(full.slice(1).join(''));
  for (const f of forms) text = text.split(f).join(MASK.name);
  return text;
}

/**
 * The comment with ID numbers, mobiles, landlines, long numbers, `names` (the case's citizen and
 * any other known names) and the usual "姓名：XXX" / "X先生" patterns masked. null stays null.
 */
export function redactComment(comment: string | null | undefined, names: ReadonlyArray<string | null | undefined> = []): string | null {
  if (comment === null || comment === undefined) return null;
  let text = comment;
  for (const [re, mask] of RULES) text = text.replace(re, mask);
  for (const n of names) if (n) text = maskName(text, n);
  text = text.replace(LABELLED_NAME, (_m, label: string, sep: string) => `${label}${sep}${MASK.name}`);
  text = text.replace(HONORIFIC, (_m, title: string) => `${MASK.name}${title}`);
  return text;
}

/** True when nothing in `text` looks like an ID number or a phone number any more. */
export function looksClean(text: string): boolean {
  return !/\d{17}[\dXx]|(?<!\d)1[3-9]\d{9}(?!\d)|\d{9,}/.test(text);
}
