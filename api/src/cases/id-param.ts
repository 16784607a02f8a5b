import type { PipeTransform } from '@nestjs/common';
import type { AppError } from '../common/app-error';
import { CaseErrors, HandoffErrors } from './cases.errors';

const MAX_INT4 = 2_147_483_647;

/**
 * A numeric path id. Anything that cannot be an id answers the resource's 404, like an id that
 * does not exist or lies outside the caller's scope: the three are indistinguishable on purpose
 * (and a too-large number never reaches Postgres as an int4 overflow).
 */
export class IdParam implements PipeTransform<string, number> {
  constructor(private readonly notFound: () => AppError) {}

  transform(value: string): number {
    if (!/^[1-9]\d{0,9}$/.test(value) || Number(value) > MAX_INT4) throw this.notFound();
    return Number(value);
  }
}

export const caseId = new IdParam(CaseErrors.notFound);
export const handoffId = new IdParam(HandoffErrors.notFound);
export const extensionId = new IdParam(CaseErrors.extensionNotFound);
export const fileId = new IdParam(CaseErrors.fileNotFound);
