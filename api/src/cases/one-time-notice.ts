// DB1405 6.2.2 一次性告知: when materials are missing, ONE notice lists every missing material and
// how to supply it — all of them, and only those — so the citizen comes back once. Pure.
import { maskName } from '../privacy/masking';

export interface ChecklistEntry {
  id: number;
  name: string;
  form: 'ORIGINAL' | 'COPY' | 'ORIGINAL_AND_COPY';
  copies: number;
  howToGet: string;
  provided: boolean;
}

export const FORM_TEXT = { ORIGINAL: '原件', COPY: '复印件', ORIGINAL_AND_COPY: '原件及复印件' } as const;

export interface NoticeInput {
  caseNo: string;
  citizenName: string;
  item: { id: number; code: string; name: string; department: string; timeLimitDays: number };
  station: { id: number; name: string; address: string; openingHours: string };
  materials: ChecklistEntry[];
  issuedAt: Date;
}

export interface OneTimeNotice {
  title: string;
  caseNo: string;
  citizen: { name: string };
  item: NoticeInput['item'];
  missing: { name: string; form: string; formText: string; copies: number; howToGet: string }[];
  issuedAt: string;
  station: NoticeInput['station'];
  statement: string;
}

/** The notice, or null when nothing is missing (the case is accepted at once, DB1405 6.2.1). */
export function buildNotice(input: NoticeInput): OneTimeNotice | null {
  const missing = input.materials.filter((m) => !m.provided);
  if (!missing.length) return null;
  return {
    title: '一次性告知单',
    caseNo: input.caseNo,
    citizen: { name: maskName(input.citizenName) },
    item: input.item,
    missing: missing.map((m) => ({ name: m.name, form: m.form, formText: FORM_TEXT[m.form], copies: m.copies, howToGet: m.howToGet })),
    issuedAt: input.issuedAt.toISOString(),
    station: input.station,
    statement:
      `您委托代办的“${input.item.name}”尚缺以下 ${missing.length} 项材料，现一次性告知（DB1405 6.2.2）。` +
      '材料补齐后即予受理，办理时限自受理次日起算；代办服务不收取任何费用（DB1405 4.5）。',
  };
}
