/** 服务事项 (DB1405 4.4, 7.1): what a village station proxies, with materials, procedure, time limit and level. */
import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { retryable } from '../../components/ErrorAlert';
import { LoadError, Loading } from './PublicLayout';
import { publicApi } from './public-api';
import { pt } from './public-text';
import { useLoad } from './use-load';

export function CataloguePage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const level = params.get('level') ?? '';
  const [text, setText] = useState(q);
  const [data, retry] = useLoad((s) => publicApi.catalogue({ q: q || null, level: level || null }, s), [q, level]);

  const set = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) if (v) next.set(k, v); else next.delete(k);
    setParams(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    set({ q: text.trim() });
  };

  return (
    <section className="pub-section" aria-labelledby="cat-title">
      <h1 id="cat-title">{pt.catalogue.title}</h1>
      <p className="muted pub-hint">{pt.catalogue.hint}</p>
      <form className="pub-controls" onSubmit={submit} role="search">
        <label className="field pub-grow">
          <span className="field__label">{pt.catalogue.search}</span>
          <input type="search" value={text} placeholder={pt.catalogue.searchPlaceholder} onChange={(e) => setText(e.target.value)} maxLength={50} />
        </label>
        <label className="field">
          <span className="field__label">{pt.catalogue.level}</span>
          <select value={level} onChange={(e) => set({ level: e.target.value })}>
            <option value="">{pt.catalogue.allLevels}</option>
            {Object.entries(pt.catalogue.levels).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn btn--primary">
          {pt.catalogue.submit}
        </button>
      </form>
      {data.status === 'error' && (
        <LoadError message={data.error.message} requestId={data.error.requestId} onRetry={retryable(data.error) ? retry : undefined} />
      )}
      {!data.data && data.status === 'loading' && <Loading />}
      {data.data && (
        <>
          <p className="pub-free">{data.data.freeOfCharge}</p>
          <p className="muted">{pt.catalogue.count(data.data.items.length)}</p>
          {data.data.items.length === 0 && <p className="pub-empty">{pt.catalogue.empty}</p>}
          <ul className="pub-cards" data-testid="catalogue-items">
            {data.data.items.map((i) => (
              <li key={i.id} className="pub-card">
                <Link to={`/public/catalogue/${i.id}`} className="pub-card__link">
                  <h3>{i.name}</h3>
                </Link>
                <p className="pub-tags">
                  <span className="pub-tag">{i.category}</span>
                  <span className="pub-tag pub-tag--level">{i.levelLabel}</span>
                  <span className="pub-tag">{pt.catalogue.days(i.timeLimitDays)}</span>
                </p>
                <p className="muted pub-small">{i.department}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function ItemPage() {
  const { id = '' } = useParams();
  const [data, retry] = useLoad((s) => publicApi.item(id, s), [id]);
  const item = data.data;
  return (
    <section className="pub-section" aria-labelledby="item-title">
      <p>
        <Link to="/public/catalogue">← {pt.catalogue.title}</Link>
      </p>
      {data.status === 'error' && (
        <LoadError message={data.error.message} requestId={data.error.requestId} onRetry={retryable(data.error) ? retry : undefined} />
      )}
      {!item && data.status === 'loading' && <Loading />}
      {item && (
        <>
          <h1 id="item-title">{item.name}</h1>
          <p className="pub-tags">
            <span className="pub-tag">{item.category}</span>
            <span className="pub-tag pub-tag--level">{item.levelLabel}</span>
          </p>
          <dl className="pub-facts">
            <div>
              <dt>{pt.catalogue.timeLimit}</dt>
              <dd data-testid="item-time-limit">{pt.catalogue.days(item.timeLimitDays)}</dd>
            </div>
            <div>
              <dt>{pt.catalogue.level}</dt>
              <dd>{item.levelLabel}</dd>
            </div>
            <div>
              <dt>{pt.catalogue.department}</dt>
              <dd>{item.department}</dd>
            </div>
            <div>
              <dt>{pt.catalogue.fee}</dt>
              <dd>{item.statutoryFee > 0 ? `${item.statutoryFee.toFixed(2)} 元` : pt.catalogue.noFee}</dd>
            </div>
          </dl>
          <p className="pub-free">{item.freeOfCharge}</p>
          <h2 className="pub-h2">{pt.catalogue.materials}</h2>
          <ol className="pub-list" data-testid="item-materials">
            {item.materials.map((m, i) => (
              <li key={i}>
                <strong>{m.name}</strong>
                <span className="muted">
                  {' '}
                  {m.formLabel} · {pt.catalogue.copies(m.copies)}
                </span>
                <div className="muted pub-small">{m.howToGet}</div>
              </li>
            ))}
          </ol>
          <h2 className="pub-h2">{pt.catalogue.procedure}</h2>
          <ol className="pub-steps" data-testid="item-procedure">
            {item.procedure.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
          <h2 className="pub-h2">{pt.catalogue.legalBasis}</h2>
          <p className="muted">{item.legalBasis}</p>
        </>
      )}
    </section>
  );
}
