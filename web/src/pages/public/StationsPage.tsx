/** 服务站 (DB1405 5.1, 4.4): stations with address, hours, zones, facilities and agents (name and category only). */
import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { retryable } from '../../components/ErrorAlert';
import { LoadError, Loading } from './PublicLayout';
import { publicApi } from './public-api';
import { pt } from './public-text';
import { counties, countyOf, townshipsOf } from './stats-view';
import { useLoad } from './use-load';

export function StationsPage() {
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? '';
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [text, setText] = useState(q);
  const [regions] = useLoad((s) => publicApi.regions(s), []);
  const [data, retry] = useLoad((s) => publicApi.stations({ region: region || null, q: q || null, page }, s), [region, q, page]);

  const all = regions.data ?? [];
  const county = countyOf(all, region || null);
  const set = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) if (v) next.set(k, v); else next.delete(k);
    if (!('page' in patch)) next.delete('page');
    setParams(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    set({ q: text.trim() });
  };
  const d = data.data;
  const pages = d ? Math.max(1, Math.ceil(d.total / d.pageSize)) : 1;

  return (
    <section className="pub-section" aria-labelledby="st-title">
      <h1 id="st-title">{pt.stations.title}</h1>
      <p className="muted pub-hint">{pt.stations.hint}</p>
      <form className="pub-controls" onSubmit={submit} role="search">
        <label className="field">
          <span className="field__label">{pt.satisfaction.county}</span>
          <select value={county ?? ''} onChange={(e) => set({ region: e.target.value })}>
            <option value="">{pt.stations.allCounties}</option>
            {counties(all).map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        {county && (
          <label className="field">
            <span className="field__label">{pt.satisfaction.township}</span>
            <select value={region !== county ? region : ''} onChange={(e) => set({ region: e.target.value || county })}>
              <option value="">{pt.stations.allTownships}</option>
              {townshipsOf(all, county).map((t) => (
                <option key={t.code} value={t.code}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field pub-grow">
          <span className="field__label">{pt.stations.search}</span>
          <input type="search" value={text} placeholder={pt.stations.searchPlaceholder} onChange={(e) => setText(e.target.value)} maxLength={50} />
        </label>
        <button type="submit" className="btn btn--primary">
          {pt.stations.submit}
        </button>
      </form>
      {data.status === 'error' && (
        <LoadError message={data.error.message} requestId={data.error.requestId} onRetry={retryable(data.error) ? retry : undefined} />
      )}
      {!d && data.status === 'loading' && <Loading />}
      {d && (
        <>
          <p className="muted">{pt.stations.count(d.total)}</p>
          {d.items.length === 0 && <p className="pub-empty">{pt.stations.empty}</p>}
          <ul className="pub-cards" data-testid="station-list">
            {d.items.map((s) => (
              <li key={s.id} className="pub-card">
                <Link to={`/public/stations/${s.id}`} className="pub-card__link">
                  <h3>{s.name}</h3>
                </Link>
                <p className="muted pub-small">
                  <span>{s.county}</span> · <span>{s.township}</span>
                </p>
                <p className="pub-small">{s.address}</p>
                <p className="pub-small">
                  <span>{s.openingHours}</span> · <span>{pt.stations.agents(s.agentCount)}</span>
                </p>
              </li>
            ))}
          </ul>
          {pages > 1 && (
            <nav className="pub-pager" aria-label="分页">
              <button type="button" className="btn btn--outline" disabled={page <= 1} onClick={() => set({ page: String(page - 1) })}>
                {pt.stations.prev}
              </button>
              <span>{pt.stations.page(page, pages)}</span>
              <button type="button" className="btn btn--outline" disabled={page >= pages} onClick={() => set({ page: String(page + 1) })}>
                {pt.stations.next}
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}

export function StationPage() {
  const { id = '' } = useParams();
  const [data, retry] = useLoad((s) => publicApi.station(id, s), [id]);
  const s = data.data;
  return (
    <section className="pub-section" aria-labelledby="station-title">
      <p>
        <Link to="/public/stations">← {pt.stations.title}</Link>
      </p>
      {data.status === 'error' && (
        <LoadError message={data.error.message} requestId={data.error.requestId} onRetry={retryable(data.error) ? retry : undefined} />
      )}
      {!s && data.status === 'loading' && <Loading />}
      {s && (
        <>
          <h1 id="station-title">{s.name}</h1>
          <p className="muted">
            <span>{s.county}</span> · <span>{s.township}</span> · <span>{s.village}</span>
          </p>
          <dl className="pub-facts">
            <div>
              <dt>{pt.stations.address}</dt>
              <dd>{s.address}</dd>
            </div>
            <div>
              <dt>{pt.stations.hours}</dt>
              <dd>{s.openingHours}</dd>
            </div>
          </dl>
          <h2 className="pub-h2">{pt.stations.agentList}</h2>
          {s.agents.length === 0 ? (
            <p className="muted">{pt.stations.noAgents}</p>
          ) : (
            <ul className="pub-agents" data-testid="station-agents">
              {s.agents.map((a, i) => (
                <li key={i}>
                  <span className="pub-agents__name">{a.name}</span>
                  <span className="pub-tag">{a.categoryLabel}</span>
                </li>
              ))}
            </ul>
          )}
          <h2 className="pub-h2">{pt.stations.zones}</h2>
          <p className="pub-tags">
            {s.zones.length ? s.zones.map((z) => <span key={z.key} className="pub-tag">{z.label}</span>) : <span className="muted">{pt.stations.none}</span>}
          </p>
          <h2 className="pub-h2">{pt.stations.facilities}</h2>
          <p className="pub-tags" data-testid="station-facilities">
            {s.facilities.length ? s.facilities.map((f) => <span key={f.key} className="pub-tag">{f.label}</span>) : <span className="muted">{pt.stations.none}</span>}
          </p>
        </>
      )}
    </section>
  );
}
