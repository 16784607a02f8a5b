import { countdownText, countdownTone } from './workbench-logic';

/** DB1405 7.2.1 e): green / yellow / red by the share of the time limit left. */
export function CountdownBadge({ remaining, limit, alertLevel }: { remaining: number | null; limit: number | null; alertLevel?: string | null }) {
  const tone = countdownTone(remaining, limit, alertLevel);
  return (
    <span className={`cd cd--${tone}`} data-tone={tone}>
      {countdownText(remaining)}
    </span>
  );
}
