/**
 * Checks of the change-password form that need no server. Strength (length, character classes,
 * 等保 2.0) is judged by the server, whose minimum length is configurable; its message lists
 * every problem at once.
 */
import { t } from '../../i18n/zh-CN';

export interface PasswordDraft {
  oldPassword: string;
  newPassword: string;
  confirm: string;
}

/** The first problem to show, or null when the form may be sent. */
export function passwordFormProblem(d: PasswordDraft): string | null {
  if (!d.oldPassword || !d.newPassword || !d.confirm) return t.account.required;
  if (d.newPassword !== d.confirm) return t.account.mismatch;
  if (d.newPassword === d.oldPassword) return t.account.unchanged;
  return null;
}
