/** The public suggestion form (DB1405 8.2.3), pure: validation and the tracking code as typed. */

/** A mobile or a landline with area code (the server's rule). */
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export interface SuggestionForm {
  content: string;
  regionCode: string;
  contact: string;
}

export type BuiltSuggestion = { ok: true; body: { content: string; regionCode?: string; contact?: string } } | { ok: false; message: string };

export function buildSuggestion(f: SuggestionForm): BuiltSuggestion {
  const content = f.content.trim();
  const len = [...content].length;
  if (len < 5 || len > 1000) return { ok: false, message: '意见建议应为 5-1000 个字' };
  const contact = f.contact.trim();
  if (contact && !PHONE.test(contact)) return { ok: false, message: '联系电话格式不正确（手机号或带区号的固定电话）' };
  return { ok: true, body: { content, ...(f.regionCode ? { regionCode: f.regionCode } : {}), ...(contact ? { contact } : {}) } };
}

/** The code as typed, in canonical form (upper case; I/L read as 1, O as 0; spaces and dashes dropped), or null. */
export function normalizeCode(input: string): string | null {
  const v = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  return v.length === 12 && [...v].every((c) => CODE_ALPHABET.includes(c)) ? v : null;
}
