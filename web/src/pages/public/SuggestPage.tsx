/** 意见建议 (DB1405 8.2.3): anyone leaves an opinion without login, gets a tracking code, and reads the answer with it. */
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { toApiError } from '../../components/ErrorAlert';
import { LoadError, Loading } from './PublicLayout';
import { publicApi } from './public-api';
import { pt } from './public-text';
import type { SuggestionReceipt } from './public-types';
import { counties, townshipsOf } from './stats-view';
import { buildSuggestion, normalizeCode } from './suggest-form';
import { useLoad } from './use-load';

function Lookup() {
  const [params, setParams] = useSearchParams();
  const code = params.get('code') ?? '';
  const [text, setText] = useState(code);
  const [problem, setProblem] = useState<string | null>(null);
  const [data, retry] = useLoad((s) => (code ? publicApi.suggestion(code, s) : Promise.resolve(null)), [code]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const c = normalizeCode(text);
    if (!c) {
      setProblem('查询码应为 12 位字母和数字');
      return;
    }
    setProblem(null);
    setParams({ code: c });
  };
  const s = data.data;
  return (
    <section className="pub-panel" aria-labelledby="lookup-title">
      <h2 id="lookup-title">{pt.suggest.lookupTitle}</h2>
      <form className="pub-controls" onSubmit={submit} role="search">
        <label className="field pub-grow">
          <span className="field__label">{pt.suggest.lookupCode}</span>
          <input value={text} onChange={(e) => setText(e.target.value)} maxLength={20} autoComplete="off" />
        </label>
        <button type="submit" className="btn btn--primary">
          {pt.suggest.lookup}
        </button>
      </form>
      {problem && (
        <div className="alert" role="alert">
          {problem}
        </div>
      )}
      {code && data.status === 'loading' && <Loading />}
      {data.status === 'error' && <LoadError message={data.error.message} requestId={data.error.requestId} onRetry={data.error.status === 429 ? retry : undefined} />}
      {s && (
        <dl className="pub-facts" data-testid="suggestion-status">
          <div>
            <dt>{pt.suggest.status}</dt>
            <dd>{s.statusText ?? s.status}</dd>
          </div>
          <div>
            <dt>{pt.suggest.submittedAt}</dt>
            <dd>{s.createdAt.slice(0, 10)}</dd>
          </div>
          <div>
            <dt>{pt.suggest.answer}</dt>
            <dd>{s.answer ?? pt.suggest.noAnswer}</dd>
          </div>
          {s.answeredAt && (
            <div>
              <dt>{pt.suggest.answeredAt}</dt>
              <dd>{s.answeredAt.slice(0, 10)}</dd>
            </div>
          )}
        </dl>
      )}
    </section>
  );
}

export function SuggestPage() {
  const [content, setContent] = useState('');
  const [county, setCounty] = useState('');
  const [township, setTownship] = useState('');
  const [contact, setContact] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<SuggestionReceipt | null>(null);
  const [regions] = useLoad((s) => publicApi.regions(s), []);
  const all = regions.data ?? [];

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const built = buildSuggestion({ content, regionCode: township || county, contact });
    if (!built.ok) {
      setProblem(built.message);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      setReceipt(await publicApi.submitSuggestion(built.body));
      setContent('');
      setContact('');
    } catch (err) {
      setProblem(toApiError(err).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="pub-section" aria-labelledby="sug-title">
      <h1 id="sug-title">{pt.suggest.title}</h1>
      <p className="muted pub-hint">{pt.suggest.hint}</p>
      {receipt && (
        <div className="pub-notice pub-notice--ok" role="status" data-testid="suggestion-receipt">
          <strong>{pt.suggest.received}</strong>
          <p>
            {pt.suggest.codeLabel}：<span className="pub-code" data-testid="tracking-code">{receipt.trackingCode}</span>
          </p>
          <p className="pub-small">{pt.suggest.keepCode}</p>
        </div>
      )}
      <form className="pub-form" onSubmit={submit} noValidate>
        <label className="field field--block">
          <span className="field__label">{pt.suggest.content}</span>
          <textarea rows={5} maxLength={1000} value={content} onChange={(e) => setContent(e.target.value)} />
        </label>
        <div className="pub-controls">
          <label className="field">
            <span className="field__label">{pt.suggest.region}</span>
            <select value={county} onChange={(e) => { setCounty(e.target.value); setTownship(''); }}>
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
              <select value={township} onChange={(e) => setTownship(e.target.value)}>
                <option value="">{pt.stations.allTownships}</option>
                {townshipsOf(all, county).map((t) => (
                  <option key={t.code} value={t.code}>
                    {t.name}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        <label className="field field--block">
          <span className="field__label">{pt.suggest.contact}</span>
          <input type="tel" inputMode="tel" autoComplete="off" value={contact} onChange={(e) => setContact(e.target.value)} maxLength={20} />
          <span className="muted pub-small">{pt.suggest.contactHint}</span>
        </label>
        {problem && (
          <div className="alert" role="alert">
            {problem}
          </div>
        )}
        <button type="submit" className="btn btn--primary btn--block" disabled={busy}>
          {busy ? pt.suggest.submitting : pt.suggest.submit}
        </button>
      </form>
      <Lookup />
    </section>
  );
}
