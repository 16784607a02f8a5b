/** What a version changes, field by field (DB1405 7.1.3). */
import type { CatalogueChange } from '../../api/types';
import { t } from '../../i18n/zh-CN';
import { describeChange } from './diff-view';

export function DiffTable({ diff, comparedTo }: { diff: CatalogueChange[]; comparedTo: number | null }) {
  if (comparedTo === null) return <p className="muted cat-note">{t.catalogue.firstVersion}</p>;
  if (diff.length === 0) return <p className="muted cat-note">{t.catalogue.noDiff}</p>;
  return (
    <table className="table cat-diff">
      <caption>{t.catalogue.diffCaption(comparedTo)}</caption>
      <thead>
        <tr>
          <th scope="col">{t.catalogue.colField}</th>
          <th scope="col">{t.catalogue.colBefore}</th>
          <th scope="col">{t.catalogue.colAfter}</th>
        </tr>
      </thead>
      <tbody>
        {diff.map((c, i) => {
          const line = describeChange(c, i);
          return (
            <tr key={line.key} data-field={c.field}>
              <th scope="row">{line.label}</th>
              <td className="wrap cat-diff__before">{line.before}</td>
              <td className="wrap cat-diff__after">{line.after}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
