/** Where the dashboard is in the region tree (市 › 县 › 乡镇 › 服务站); every level above is a link back up. */
import type { Region } from '../../api/types';
import { crumbLabel } from './drill';

export function Breadcrumb({ trail, onPick }: { trail: Region[] | null; onPick: (code: string | null) => void }) {
  if (!trail) return <nav className="dash-breadcrumb muted" aria-label="区域层级" data-testid="breadcrumb" aria-busy="true">…</nav>;
  const last = trail.length - 1;
  return (
    <nav className="dash-breadcrumb" aria-label="区域层级" data-testid="breadcrumb" data-level={trail[last]?.level}>
      <ol>
        {trail.map((r, i) => (
          <li key={r.code} data-code={r.code}>
            {i < last ? (
              <button type="button" className="btn btn--link" onClick={() => onPick(i === 0 ? null : r.code)}>
                {crumbLabel(r)}
              </button>
            ) : (
              <span aria-current="page">{crumbLabel(r)}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
