import { caseStatusLabel, caseStatusTone } from './case-view';

/** A case status in Chinese, coloured by what it means for the citizen (waiting, moving, done, failed). */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`status status--${caseStatusTone(status)}`}>{caseStatusLabel(status)}</span>;
}
