// Opinions and suggestions from the public (DB1405 8.2.3), tracked to an answer: a few hundred
// over the window, most about a township's stations, a few city-wide; most without a contact
// (it is optional and, when given, stored encrypted with a masked copy, like citizens' phones).
import { maskPhone } from '../../api/src/privacy/masking';
import { newTrackingCode } from '../../api/src/suggestions/tracking-code';
import { SeedClock, WS } from './clock';
import { SUGGESTIONS } from './feedback-texts';
import { mobilePhone } from './people';
import { Rng } from './random';
import { copyText, NULL, RowBuffer } from './row-buffer';

export const SUGGESTION_COUNT = 300;
const CONTACT_SHARE = 0.12;
const CITY_WIDE_SHARE = 0.3;
/** Answered within 1-10 working days, some only after weeks, some not yet: the backlog a supervisor chases. */
const SLOW_SHARE = 0.1;
const UNANSWERED_SHARE = 0.12;

export interface SuggestionContext {
  clock: SeedClock;
  firstDay: number;
  cutoffT: number;
  /** A township code, drawn like a case's station (busier areas send more). */
  township: (rng: Rng) => string;
  /** Who can have answered in that township (the demo reviewer in theirs), as COPY text. */
  answeredBy: (townshipCode: string | null) => string;
  protect: (plain: string) => string;
}

export function writeSuggestions(x: Rng, count: number, ctx: SuggestionContext, out: RowBuffer): void {
  const clk = ctx.clock;
  const span = clk.day(ctx.cutoffT) - ctx.firstDay;
  const times = Array.from({ length: count }, () => (ctx.firstDay + Math.floor(x.next() * span)) * WS + clk.randomSecond(x)).sort((a, b) => a - b);
  const codes = new Set<string>();
  times.forEach((t, i) => {
    let code: string;
    do code = newTrackingCode(Buffer.from(Array.from({ length: 12 }, () => x.int(0, 255))));
    while (codes.has(code));
    codes.add(code);
    const region = x.chance(CITY_WIDE_SHARE) ? null : ctx.township(x);
    const [content, answer] = x.pick(SUGGESTIONS);
    const phone = x.chance(CONTACT_SHARE) ? mobilePhone(x) : null;
    const wd = x.chance(SLOW_SHARE) ? x.int(15, 60) : x.int(1, 10);
    const answeredT = clk.at(clk.addWD(clk.day(t), wd), t, x);
    const answered = !x.chance(UNANSWERED_SHARE) && answeredT < ctx.cutoffT;
    out.push(
      [
        i + 1, code, region ?? NULL, copyText(content), phone ? ctx.protect(phone) : NULL, phone ? maskPhone(phone) : NULL,
        answered ? 'ANSWERED' : 'OPEN', answered ? copyText(answer) : NULL, answered ? ctx.answeredBy(region) : NULL,
        answered ? clk.ts(answeredT) : NULL, clk.ts(t),
      ].join('\t') + '\n',
    );
  });
}
