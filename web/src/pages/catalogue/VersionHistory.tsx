/** 版本历史 of one item: every version, newest first, with who proposed and decided it and its diff. */
import { useEffect, useState } from 'react';
import { api, isAbort, type ApiError } from '../../api/client';
import type { CatalogueVersion } from '../../api/types';
import { CATALOGUE_CHANGE_TYPE_LABELS, CATALOGUE_STATUS_LABELS, USER_ROLE_LABELS, t } from '../../i18n/zh-CN';
import { ErrorAlert, toApiError } from '../../components/ErrorAlert';
import { DiffTable } from './DiffTable';
import { formatDateTime } from './format';

type Load = { status: 'loading' } | { status: 'ok'; data: CatalogueVersion[] } | { status: 'error'; error: ApiError };

function who(p: CatalogueVersion['proposedBy']): string {
  return p ? `${p.name}（${USER_ROLE_LABELS[p.role] ?? p.role}）` : t.catalogue.system;
}

export function VersionHistory({ itemId, reload }: { itemId: number; reload: number }) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    const ac = new AbortController();
    setLoad({ status: 'loading' });
    api
      .catalogueVersions(itemId, ac.signal)
      .then((data) => setLoad({ status: 'ok', data }))
      .catch((e) => !isAbort(e) && setLoad({ status: 'error', error: toApiError(e) }));
    return () => ac.abort();
  }, [itemId, reload]);

  return (
    <section className="card cat-section" aria-labelledby="cat-history">
      <h3 id="cat-history">{t.catalogue.history}</h3>
      {load.status === 'loading' && <p className="muted">{t.catalogue.historyLoading}</p>}
      {load.status === 'error' && <ErrorAlert error={load.error} />}
      {load.status === 'ok' && load.data.length === 0 && <p className="muted">{t.catalogue.historyEmpty}</p>}
      {load.status === 'ok' && (
        <ol className="cat-versions">
          {load.data.map((v) => (
            <li key={v.id} className="cat-version" data-version={v.version}>
              <div className="cat-version__head">
                <strong>{t.catalogue.versionText(v.version)}</strong>
                <span className="cat-tag">{CATALOGUE_CHANGE_TYPE_LABELS[v.changeType] ?? v.changeType}</span>
                <span className={`cat-status cat-status--${v.status.toLowerCase()}`}>{CATALOGUE_STATUS_LABELS[v.status] ?? v.status}</span>
                {v.current && <span className="badge">{t.catalogue.current}</span>}
              </div>
              <dl className="cat-meta">
                <div>
                  <dt>{t.catalogue.proposedBy}</dt>
                  <dd>
                    {who(v.proposedBy)} {formatDateTime(v.proposedAt)}
                  </dd>
                </div>
                {v.decidedAt && (
                  <div>
                    <dt>{t.catalogue.decidedBy}</dt>
                    <dd>
                      {who(v.decidedBy)} {formatDateTime(v.decidedAt)}
                    </dd>
                  </div>
                )}
                <div>
                  <dt>{t.catalogue.effectiveFrom}</dt>
                  <dd>{v.effectiveFrom ?? t.catalogue.none}</dd>
                </div>
                <div>
                  <dt>{t.catalogue.reason}</dt>
                  <dd>{v.reason}</dd>
                </div>
                {v.decisionNote && (
                  <div>
                    <dt>{t.catalogue.decisionNote}</dt>
                    <dd>{v.decisionNote}</dd>
                  </div>
                )}
              </dl>
              <DiffTable diff={v.diff} comparedTo={v.comparedTo} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
