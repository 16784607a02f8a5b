/**
 * 目录调整 (DB1405 7.1.2-7.1.3): leaders and the administrator propose changes to the catalogue;
 * city leaders and the administrator approve or reject the proposals of others and publish them
 * with an effective date. Buttons follow the role; the API decides.
 */
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, isAbort, type ApiError } from '../../api/client';
import type { CatalogueItemSummary, CatalogueProposal } from '../../api/types';
import { getSession } from '../../auth/session';
import { CATALOGUE_STATUS_LABELS, t } from '../../i18n/zh-CN';
import { ErrorAlert, retryable, toApiError } from '../../components/ErrorAlert';
import { canPropose } from './proposal-form';
import { ProposalForm } from './ProposalForm';
import { ProposalList } from './ProposalList';
import './catalogue.css';

type Load = { status: 'loading'; data?: CatalogueProposal[] } | { status: 'ok'; data: CatalogueProposal[] } | { status: 'error'; error: ApiError };
const STATUSES = ['PROPOSED', 'APPROVED', 'REJECTED', 'PUBLISHED'];

export function ProposalsPage() {
  const [params, setParams] = useSearchParams();
  const role = getSession()?.user.role ?? '';
  const status = STATUSES.includes(params.get('status') ?? '') ? params.get('status') : null;
  const initialItemId = Number(params.get('item')) || null;

  const [items, setItems] = useState<CatalogueItemSummary[]>([]);
  useEffect(() => {
    if (!canPropose(role)) return;
    const ac = new AbortController();
    api.catalogueItems({}, ac.signal).then(setItems).catch(() => undefined);
    return () => ac.abort();
  }, [role]);

  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    const ac = new AbortController();
    setLoad((prev) => ({ status: 'loading', data: prev.status === 'error' ? undefined : prev.data }));
    api
      .catalogueProposals(status, ac.signal)
      .then((data) => setLoad({ status: 'ok', data }))
      .catch((e) => !isAbort(e) && setLoad({ status: 'error', error: toApiError(e) }));
    return () => ac.abort();
  }, [status, attempt]);

  const p = t.proposals;
  const list = load.status === 'error' ? undefined : load.data;
  return (
    <main className="page">
      <section className="panel" aria-labelledby="proposals-title">
        <header className="panel__head">
          <div>
            <h2 id="proposals-title">{p.title}</h2>
            <p className="muted">{p.hint}</p>
          </div>
        </header>

        {canPropose(role) && <ProposalForm items={items} initialItemId={initialItemId} onProposed={reload} />}

        <section className="card cat-section" aria-labelledby="cat-list-title">
          <div className="cat-list-head">
            <h3 id="cat-list-title">{p.listTitle}</h3>
            <label className="field">
              <span className="field__label">{p.status}</span>
              <select aria-label={p.status} value={status ?? ''} onChange={(e) => setParams(e.target.value ? { status: e.target.value } : {})}>
                <option value="">{p.allStatuses}</option>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {CATALOGUE_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </label>
            {load.status === 'loading' && (
              <span className="badge" role="status">
                {p.loading}
              </span>
            )}
          </div>
          {load.status === 'error' && <ErrorAlert error={load.error} action={retryable(load.error) ? { label: t.catalogue.retry, onClick: reload } : undefined} />}
          {list && (
            <div className={load.status === 'loading' ? 'table-card content is-loading' : 'table-card content'}>
              <ProposalList proposals={list} role={role} onChanged={reload} />
            </div>
          )}
        </section>
      </section>
    </main>
  );
}
