// Masked display of personal data on screens (GB/T 35273 practice; PIPL): lists and exports
// show these, never the full value. Pure functions.

/** 张*明, 王*, 欧阳**锋: keep the first and last character of names of 3+ characters. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** 138****1234 for an 11-digit mobile; other numbers keep only their last 4 digits. */
export function maskPhone(phone: string): string {
  const p = phone.replace(/\s|-/g, '');
  if (/^1\d{10}$/.test(p)) return `${p.slice(0, 3)}****${p.slice(7)}`;
  return p.length > 4 ? `${'*'.repeat(p.length - 4)}${p.slice(-4)}` : '****';
}

/** 140***********1234 for an 18-character resident ID number. */
export function maskIdNumber(id: string): string {
  const v = id.trim().toUpperCase();
  if (v.length < 8) return '*'.repeat(v.length);
  return `${v.slice(0, 3)}${'*'.repeat(v.length - 7)}${v.slice(-4)}`;
}
