import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isoToDayNumber } from '../../calendar/working-days';

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export function isRealIsoDate(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  try {
    isoToDayNumber(v);
    return true;
  } catch {
    return false;
  }
}

export function IsIsoDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({ name: 'isIsoDate', target: target.constructor, propertyName, options, validator: { validate: isRealIsoDate } });
}

/** GB 11643 resident ID number: 17 digits and a check character (ISO 7064 MOD 11-2). */
export function isResidentId(v: unknown): boolean {
  if (typeof v !== 'string' || !/^\d{17}[\dXx]$/.test(v)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(v[i]), 0);
  return '10X98765432'[sum % 11] === v[17].toUpperCase();
}

export function IsResidentId(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({ name: 'isResidentId', target: target.constructor, propertyName, options, validator: { validate: isResidentId } });
}

/** A mainland mobile number or a landline with its area code. */
export const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
