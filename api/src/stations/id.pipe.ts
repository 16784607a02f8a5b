import type { PipeTransform } from '@nestjs/common';
import type { AppError } from '../common/app-error';

const MAX_INT4 = 2_147_483_647;

/**
 * A numeric path id. Anything that cannot be an id answers the resource's 404, like an id that
 * does not exist or lies outside the caller's scope: the three are indistinguishable on purpose.
 */
export class IdPipe implements PipeTransform<string, number> {
  constructor(private readonly notFound: () => AppError) {}

  transform(value: string): number {
    if (!/^[1-9]\d{0,9}$/.test(value) || Number(value) > MAX_INT4) throw this.notFound();
    return Number(value);
  }
}
