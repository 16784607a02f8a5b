/**
 * 事项清单 (DB1405 7.1, 4.4): the service catalogue for every role — search and filters in the URL,
 * one row per item; `?item=ID` opens the item's detail view (the filters are kept for 返回).
 */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, isAbort, type ApiError } from '../../api/client';
import type { CatalogueItemSummary } from '../../api/types';
import { getSession } from '../../auth/session';
import { CATALOGUE_LEVEL_LABELS, CATALOGUE_SOURCE_FULL, t } from '../../i18n/zh-CN';
import { ErrorAlert, retryable, toApiError } from '../../components/ErrorAlert';
import { categoriesOf, parseCatalogueFilters, serializeCatalogueFilters, toItemQuery, type CatalogueFilters } from './catalogue-query';
import { levelLabel, sourceLabel } from './format';
import { ItemDetail } from './ItemDetail';
import { canPropose } from './proposal-form';
import './catalogue.css';

type Load = { status: 'loading'; data?: CatalogueItemSummary[] } | { status: 'ok'; data: CatalogueItemSummary[] } | { status: 'error'; error: ApiError };

export function CataloguePage() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseCatalogueFilters(params), [params]);
  const itemId = Number(params.get('item')) || null;
  const role = getSession()?.user.role ?? '';
  const listUrl = `/catalogue${serializeCatalogueFilters(filters) ? `?${serializeCatalogueFilters(filters)}` : ''}`;
  const update = (patch: Partial<CatalogueFilters>) => setParams(serializeCatalogueFilters({ ...filters, ...patch }));

  const [draft, setDraft] = useState(filters.q);
  useEffect(() => setDraft(filters.q), [filters.q]);

  // every category, once, for the filter (from the whole list, so choosing one keeps the others)
  const [categories, setCategories] = useState<string[]>([]);
  useEffect(() => {
    const ac = new AbortController();
    api.catalogueItems({ active: 'all' }, ac.signal).then((all) => setCategories(categoriesOf(all))).catch(() => undefined);
    return () => ac.abort();
  }, []);

  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const query = toItemQuery(filters);
  const key = JSON.stringify(query);
  useEffect(() => {
    const ac = new AbortController();
    setLoad((prev) => ({ status: 'loading', data: prev.status === 'error' ? undefined : prev.data }));
    api
      .catalogueItems(JSON.parse(key), ac.signal)
      .then((data) => setLoad({ status: 'ok', data }))
      .catch((e) => !isAbort(e) && setLoad({ status: 'error', error: toApiError(e) }));
    return () => ac.abort();
  }, [key, attempt]);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (draft.trim() === filters.q) setAttempt((n) => n + 1);
    else update({ q: draft });
  }

  const items = load.status === 'error' ? undefined : load.data;
  const loading = load.status === 'loading';

  return (
    <main className="page">
      <section className="panel" aria-labelledby="catalogue-title">
        <header className="panel__head">
          <div>
            <h2 id="catalogue-title">{t.catalogue.title}</h2>
            <p className="muted">{t.catalogue.hint}</p>
          </div>
          <div className="cat-head-actions">
            {loading && !itemId && (
              <span className="badge" role="status">
                {t.catalogue.loading}
              </span>
            )}
            {canPropose(role) && (
              <Link className="btn cat-btn" to="/catalogue/proposals">
                {t.catalogue.toProposals}
              </Link>
            )}
          </div>
        </header>

        {itemId ? (
          <ItemDetail id={itemId} backTo={listUrl} role={role} />
        ) : (
          <>
            <form className="filters" onSubmit={submit} role="search">
              <label className="field cat-search">
                <span className="field__label">{t.catalogue.search}</span>
                <input type="search" value={draft} maxLength={50} placeholder={t.catalogue.searchPlaceholder} onChange={(e) => setDraft(e.target.value)} />
              </label>
              <label className="field">
                <span className="field__label">{t.catalogue.level}</span>
                <select aria-label={t.catalogue.level} value={filters.level} onChange={(e) => update({ level: e.target.value })}>
                  <option value="">{t.catalogue.allLevels}</option>
                  {Object.entries(CATALOGUE_LEVEL_LABELS).map(([k, v]) => (
                    <option key={k} value={k}>
                      {v}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span className="field__label">{t.catalogue.category}</span>
                <select aria-label={t.catalogue.category} value={filters.category} onChange={(e) => update({ category: e.target.value })}>
                  <option value="">{t.catalogue.allCategories}</option>
                  {[...new Set([...categories, ...(filters.category ? [filters.category] : [])])].map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </label>
              <label className="cat-check">
                <input type="checkbox" checked={filters.includeInactive} onChange={(e) => update({ includeInactive: e.target.checked })} />
                {t.catalogue.includeInactive}
              </label>
              <button type="submit" className="btn btn--primary">
                {t.catalogue.searchSubmit}
              </button>
            </form>
            <p className="cat-free-banner">{t.catalogue.freeNote}</p>

            {load.status === 'error' && (
              <ErrorAlert error={load.error} action={retryable(load.error) ? { label: t.catalogue.retry, onClick: () => setAttempt((n) => n + 1) } : undefined} />
            )}
            {items && (
              <div className={loading ? 'card table-card content is-loading' : 'card table-card content'} aria-busy={loading}>
                <table className="table cat-table">
                  <caption>
                    {t.catalogue.tableCaption}
                    <span className="muted cat-count">{t.catalogue.count(items.length)}</span>
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.catalogue.colName}</th>
                      <th scope="col">{t.catalogue.colCategory}</th>
                      <th scope="col">{t.catalogue.colLevel}</th>
                      <th scope="col" className="num">{t.catalogue.colTimeLimit}</th>
                      <th scope="col" className="num">{t.catalogue.colMaterials}</th>
                      <th scope="col">{t.catalogue.colVersion}</th>
                      <th scope="col">{t.catalogue.colSource}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((i) => (
                      <tr key={i.id} data-code={i.code}>
                        <th scope="row" className="wrap">
                          <Link to={`/catalogue?${new URLSearchParams({ ...Object.fromEntries(params), item: String(i.id) })}`}>{i.name}</Link>
                          <span className="muted mono cat-code">{i.code}</span>
                          {!i.active && <span className="cat-status cat-status--rejected">{i.version > 0 ? t.catalogue.inactive : t.catalogue.unpublished}</span>}
                        </th>
                        <td>{i.category}</td>
                        <td>{levelLabel(i.level)}</td>
                        <td className="num" data-col="time-limit">{i.timeLimitDays}</td>
                        <td className="num" data-col="materials">{i.materialCount}</td>
                        <td data-col="version">{t.catalogue.versionText(i.version)}</td>
                        <td title={CATALOGUE_SOURCE_FULL[i.source]}>{sourceLabel(i.source)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {items.length === 0 && <p className="placeholder cat-empty">{t.catalogue.empty}</p>}
              </div>
            )}
            {!items && loading && <div className="placeholder">{t.catalogue.loading}</div>}
          </>
        )}
      </section>
    </main>
  );
}
