import { Injectable } from '@nestjs/common';
import { shanghaiDate } from './due-date';

/**
 * The time every case, consultation and alert write is stamped with. One place, so integration
 * tests can pin it (`app.get(Clock).now = () => …`) and check due dates against the 2026 holiday
 * schedule on any day they happen to run; in production it is the system clock.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's local date in Asia/Shanghai. */
  today(): string {
    return shanghaiDate(this.now());
  }
}
