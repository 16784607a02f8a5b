/**
 * 回访 (DB1405 8.1.2 满意度调查): the monthly samples (drawn automatically on the 1st, or by a
 * city-level account for a past month), the call list of the chosen batch and its figures.
 */
import { useEffect, useState } from 'react';
import { isAbort, type ApiError } from '../../api/client';
import { surveyApi } from '../../api/evaluations';
import type { SurveyBatch } from '../../api/evaluation-types';
import { getSession } from '../../auth/session';
import { ErrorAlert, toApiError } from '../../components/ErrorAlert';
import { MonthPicker } from '../../components/MonthPicker';
import { shanghaiDay } from '../../components/time';
import { canDrawBatch, lastClosedMonth } from './evaluation-logic';
import { SurveyCalls } from './SurveyCalls';
import { SurveyStatsTable } from './SurveyStatsTable';
import '../cases/list-pages.css';
import '../workbench/workbench.css';
import './evaluations.css';

export function SurveysPage() {
  const [batches, setBatches] = useState<SurveyBatch[] | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const ac = new AbortController();
    surveyApi.batches(ac.signal).then((r) => {
      setBatches(r.items);
      setSelected((s) => s ?? r.items[0]?.id ?? null);
    }).catch((e) => !isAbort(e) && setError(toApiError(e)));
    return () => ac.abort();
  }, [version]);
  const batch = batches?.find((b) => b.id === selected) ?? null;
  const refresh = () => setVersion((n) => n + 1);

  return (
    <main className="page">
      <section className="panel" aria-labelledby="sv-title">
        <header className="panel__head">
          <div>
            <h2 id="sv-title">回访</h2>
            <p className="muted">DB1405 8.1.2：每月按乡镇随机抽取上月办结案件回访（种子留存，可复现）；经办代办员不回访自己办理的案件。</p>
          </div>
        </header>
        {error && <ErrorAlert error={error} />}
        <div className="sv-grid">
          <div>
            {canDrawBatch(getSession()?.user.role) && <DrawBatch onDone={(b) => { setSelected(b.id); refresh(); }} />}
            <h3>回访批次</h3>
            {batches?.length === 0 && <p className="muted">暂无回访批次</p>}
            <div className="sv-batches">
              {batches?.map((b) => (
                <button key={b.id} type="button" className="btn btn--outline sv-batch" aria-current={b.id === selected} onClick={() => setSelected(b.id)} data-testid="survey-batch">
                  {b.month} · 抽样 {b.sampled} · 待回访 {b.pending}
                  <span className="muted sv-batch__meta">每乡镇 {b.perTownship} 件 · 种子 {b.seed}{b.automatic ? ' · 自动抽取' : ''}</span>
                </button>
              ))}
            </div>
          </div>
          <div>
            {batch && <SurveyCalls key={batch.id} batchId={batch.id} onChange={refresh} />}
            {batch && <SurveyStatsTable month={batch.month} version={version} />}
          </div>
        </div>
      </section>
    </main>
  );
}

function DrawBatch({ onDone }: { onDone: (b: SurveyBatch) => void }) {
  const max = lastClosedMonth(shanghaiDay(new Date()));
  const [month, setMonth] = useState(max);
  const [per, setPer] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  async function draw() {
    setBusy(true);
    setError(null);
    try {
      onDone(await surveyApi.createBatch(month, per ? Number(per) : undefined));
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="card section">
      <h3>抽取回访样本</h3>
      <MonthPicker label="月份" value={month} max={max} years={3} onChange={setMonth} />
      <label className="field"><span className="field__label">每乡镇件数（可不填）</span><input type="number" min={1} max={1000} value={per} onChange={(e) => setPer(e.target.value)} /></label>
      <button type="button" className="btn btn--primary" disabled={busy} onClick={draw}>抽样</button>
      {error && <ErrorAlert error={error} />}
    </div>
  );
}
