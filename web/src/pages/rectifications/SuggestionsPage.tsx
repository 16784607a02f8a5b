/**
 * 意见建议 (DB1405 8.2.3): the suggestions the public sent for the caller's region, contacts masked,
 * each answered once by a level above the station; the submitter reads the answer with the
 * tracking code on the public page.
 */
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, isAbort, type ApiError } from '../../api/client';
import type { StaffSuggestion } from '../../api/rectification-types';
import type { Paged } from '../../api/types';
import { getSession } from '../../auth/session';
import { ErrorAlert, toApiError } from '../../components/ErrorAlert';
import { Pagination } from '../../components/Pagination';
import { formatDateTime } from '../../components/time';
import { canAnswerSuggestions } from './rectification-logic';
import '../cases/list-pages.css';
import '../workbench/workbench.css';

const PAGE_SIZE = 20;

export function SuggestionsPage() {
  const [params, setParams] = useSearchParams();
  const status = params.get('status') === 'OPEN' || params.get('status') === 'ANSWERED' ? params.get('status') : null;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const canAnswer = canAnswerSuggestions(getSession()?.user.role);
  const [data, setData] = useState<Paged<StaffSuggestion> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    const ac = new AbortController();
    api.suggestions({ status, page, pageSize: PAGE_SIZE }, ac.signal).then((d) => { setData(d); setError(null); }).catch((e) => !isAbort(e) && setError(toApiError(e)));
    return () => ac.abort();
  }, [status, page]);

  const go = (next: { status?: string | null; page?: number }) => {
    const p = new URLSearchParams();
    const s = next.status === undefined ? status : next.status;
    if (s) p.set('status', s);
    if ((next.page ?? 1) > 1) p.set('page', String(next.page));
    setParams(p);
  };
  const replace = (s: StaffSuggestion) => setData((d) => d && { ...d, items: d.items.map((i) => (i.id === s.id ? s : i)) });

  return (
    <main className="page">
      <section className="panel" aria-labelledby="sg-title">
        <header className="panel__head">
          <div>
            <h2 id="sg-title">意见建议</h2>
            <p className="muted">DB1405 8.2.3：群众通过公开页面提交的意见建议，答复后提交人可凭查询码查看（联系方式已脱敏）</p>
          </div>
        </header>
        <form className="filters" aria-label="筛选" onSubmit={(e) => e.preventDefault()}>
          <label className="field">
            <span className="field__label">状态</span>
            <select name="status" value={status ?? ''} onChange={(e) => go({ status: e.target.value || null })}>
              <option value="">全部</option>
              <option value="OPEN">待答复</option>
              <option value="ANSWERED">已答复</option>
            </select>
          </label>
        </form>
        {error && <ErrorAlert error={error} />}
        {data && (
          <div className="card table-card">
            <ul className="plain-list" data-testid="suggestion-list">
              {data.items.map((s) => (
                <li key={s.id} className="card section" data-suggestion-id={s.id}>
                  <p>
                    <span className={`status status--${s.status === 'ANSWERED' ? 'done' : 'wait'}`}>{s.statusText}</span>{' '}
                    <span className="muted">{formatDateTime(s.createdAt)} · {s.region?.name ?? '未选地区'}{s.contact && ` · 联系电话 ${s.contact}`}</span>
                  </p>
                  <p>{s.content}</p>
                  {s.answer ? (
                    <p className="notice">答复：{s.answer}<span className="muted">（{s.answeredBy ?? '—'}，{formatDateTime(s.answeredAt)}）</span></p>
                  ) : canAnswer ? <AnswerForm id={s.id} onDone={replace} /> : null}
                </li>
              ))}
            </ul>
            {data.items.length === 0 && <p className="list-empty muted">暂无意见建议</p>}
            <Pagination page={page} pageSize={data.pageSize} total={data.total} unit="条" onPage={(p) => go({ page: p })} />
          </div>
        )}
        {!data && !error && <div className="placeholder">加载中…</div>}
      </section>
    </main>
  );
}

function AnswerForm({ id, onDone }: { id: number; onDone: (s: StaffSuggestion) => void }) {
  const [answer, setAnswer] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  async function submit() {
    if (!answer.trim()) return;
    setBusy(true);
    setError(null);
    try {
      onDone(await api.answerSuggestion(id, answer.trim()));
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="wb-row">
      <label className="field"><span className="field__label">答复内容</span><input value={answer} onChange={(e) => setAnswer(e.target.value)} maxLength={2000} /></label>
      <button type="button" className="btn btn--primary" disabled={busy || !answer.trim()} onClick={submit}>答复</button>
      {error && <ErrorAlert error={error} />}
    </div>
  );
}
