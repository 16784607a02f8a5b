/**
 * 网上评价 (DB1405 8.1.1): the form behind the reply slip's link and QR code. No login: the token
 * in the link is the only key, good once. Five levels, optional 效率/态度/专业 ratings, 办成了吗 and a
 * comment; a used (409), expired (410) or unknown (404) link is explained in plain Chinese.
 */
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { retryable, toApiError } from '../../components/ErrorAlert';
import { buildRating, COMMENT_MAX, DIMENSIONS, EMPTY_FORM, LEVELS, refusal, type RatingForm } from './evaluate-form';
import { LoadError, Loading } from './PublicLayout';
import { publicApi } from './public-api';
import { pt } from './public-text';
import { useLoad } from './use-load';

function Refused({ text }: { text: string }) {
  return (
    <div className="pub-notice pub-notice--refused" role="alert" data-testid="evaluate-refused">
      {text}
    </div>
  );
}

export function EvaluatePage() {
  const { token = '' } = useParams();
  const [form, setForm] = useState<RatingForm>(EMPTY_FORM);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [refusedText, setRefusedText] = useState<string | null>(null);
  const [done, setDone] = useState<{ levelText: string } | null>(null);
  const [data, retry] = useLoad((s) => publicApi.evaluationForm(token, s), [token]);

  const set = <K extends keyof RatingForm>(k: K, v: RatingForm[K]) => setForm((f) => ({ ...f, [k]: v }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const built = buildRating(form);
    if (!built.ok) {
      setProblem(built.message);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const r = await publicApi.submitEvaluation(token, built.body);
      setDone({ levelText: r.levelText });
    } catch (err) {
      const ae = err instanceof ApiError ? err : toApiError(err);
      const why = refusal({ status: ae.status, code: ae.code });
      if (why) setRefusedText(why);
      else setProblem(ae.message);
    } finally {
      setBusy(false);
    }
  }

  const f = data.data;
  const loadRefusal = data.status === 'error' ? refusal({ status: data.error.status, code: data.error.code }) : f ? refusal({ state: f.state }) : null;

  return (
    <section className="pub-section pub-evaluate" aria-labelledby="ev-title">
      <h1 id="ev-title">{pt.evaluate.title}</h1>
      {!f && data.status === 'loading' && <Loading />}
      {data.status === 'error' && !loadRefusal && (
        <LoadError message={data.error.message} requestId={data.error.requestId} onRetry={retryable(data.error) ? retry : undefined} />
      )}
      {loadRefusal && !done && <Refused text={loadRefusal} />}
      {f && (
        <dl className="pub-facts">
          <div>
            <dt>{pt.evaluate.matter}</dt>
            <dd>{f.item.name}</dd>
          </div>
          <div>
            <dt>{pt.evaluate.station}</dt>
            <dd>{f.station.name}</dd>
          </div>
          <div>
            <dt>{pt.evaluate.outcome}</dt>
            <dd>{f.caseStatusText}</dd>
          </div>
          {f.completedOn && (
            <div>
              <dt>{pt.evaluate.finishedOn}</dt>
              <dd>{f.completedOn}</dd>
            </div>
          )}
        </dl>
      )}
      {done && (
        <div className="pub-notice pub-notice--ok" role="status" data-testid="evaluate-done">
          <strong>{pt.evaluate.success}</strong>
          <p>{pt.evaluate.successDetail(done.levelText)}</p>
        </div>
      )}
      {refusedText && !done && <Refused text={refusedText} />}
      {f && f.state === 'OPEN' && !done && !refusedText && (
        <form className="pub-form" onSubmit={submit} noValidate>
          <p className="muted pub-hint">{pt.evaluate.hint}</p>
          <fieldset className="pub-choice">
            <legend>{pt.evaluate.level}</legend>
            <div className="pub-choice__row pub-choice__row--levels">
              {LEVELS.map((l) => (
                <label key={l.value} className="pub-choice__opt">
                  <input type="radio" name="level" value={l.value} checked={form.level === l.value} onChange={() => set('level', l.value)} />
                  <span>{l.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <p className="muted pub-small">{pt.evaluate.dimensions}</p>
          {DIMENSIONS.map((d) => (
            <fieldset key={d.key} className="pub-choice">
              <legend>{d.label}</legend>
              <div className="pub-choice__row">
                {[1, 2, 3, 4, 5].map((v) => (
                  <label key={v} className="pub-choice__opt pub-choice__opt--num">
                    <input type="radio" name={d.key} value={v} checked={form[d.key] === v} onChange={() => set(d.key, v)} aria-label={`${d.label} ${v} 分`} />
                    <span aria-hidden="true">{v}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <fieldset className="pub-choice">
            <legend>{pt.evaluate.done}</legend>
            <div className="pub-choice__row">
              {([['yes', pt.evaluate.doneYes], ['no', pt.evaluate.doneNo], ['', pt.evaluate.doneSkip]] as const).map(([v, label]) => (
                <label key={v || 'skip'} className="pub-choice__opt">
                  <input type="radio" name="done" value={v} checked={form.done === v} onChange={() => set('done', v)} />
                  <span>{label}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <label className="field field--block">
            <span className="field__label">{pt.evaluate.comment}</span>
            <textarea rows={4} maxLength={COMMENT_MAX} value={form.comment} onChange={(e) => set('comment', e.target.value)} />
            <span className="muted pub-small">{pt.evaluate.commentHint}</span>
          </label>
          {problem && (
            <div className="alert" role="alert">
              {problem}
            </div>
          )}
          <button type="submit" className="btn btn--primary btn--block" disabled={busy}>
            {busy ? pt.evaluate.submitting : pt.evaluate.submit}
          </button>
        </form>
      )}
    </section>
  );
}
