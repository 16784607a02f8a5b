// Field rules of the agent register (DB1405 5.2: category, station, skills, contact), shared by
// the API DTO checks and the import validator so both refuse the same values. Pure.

/** Mainland mobile numbers: 1, then 3-9, then nine digits. */
export const PHONE_RULE = /^1[3-9]\d{9}$/;
export const PHONE_MESSAGE = '联系电话应为 11 位手机号码';
export const MASKED_PHONE_MESSAGE = '联系电话为脱敏显示，请填写完整的手机号码';

export const NAME_MAX = 32;
export const SKILL_MAX_LENGTH = 20;
export const SKILLS_MAX = 10;

/** The problem with an agent's name, or null. Masked names from an export (张*明) are refused. */
export function agentNameProblem(raw: string): string | null {
  const name = raw.trim();
  if (!name) return '请填写姓名';
  if (name.includes('*')) return '姓名为脱敏显示，请填写完整姓名';
  if ([...name].length < 2 || [...name].length > NAME_MAX) return `姓名应为 2-${NAME_MAX} 个字`;
  if (/\d/.test(name)) return '姓名不能包含数字';
  return null;
}

/** The problem with a contact number, or null. */
export function phoneProblem(raw: string): string | null {
  const phone = raw.trim();
  if (!phone) return '请填写联系电话';
  if (phone.includes('*')) return MASKED_PHONE_MESSAGE;
  return PHONE_RULE.test(phone) ? null : PHONE_MESSAGE;
}

/** Skills as stored (trimmed, unique, in the given order) or the problem with them. */
export function normaliseSkills(items: readonly string[]): { skills: string[]; problem: string | null } {
  const skills = [...new Set(items.map((s) => s.trim()).filter(Boolean))];
  if (skills.length > SKILLS_MAX) return { skills, problem: `业务专长最多 ${SKILLS_MAX} 项` };
  const long = skills.find((s) => [...s].length > SKILL_MAX_LENGTH);
  if (long) return { skills, problem: `业务专长“${long}”过长（不超过 ${SKILL_MAX_LENGTH} 个字）` };
  return { skills, problem: null };
}
