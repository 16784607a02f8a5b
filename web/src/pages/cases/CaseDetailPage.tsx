/**
 * One case: summary, the citizen (masked; the full data on explicit request, audited by the
 * server), and the timeline of every event (DB1405 6.2-6.4, 7.2.3: acceptance, supplements,
 * hand-up and return, result, notice, evaluation). A case outside the caller's scope answers 404
 * like a missing one; the page says so plainly instead of showing an empty or broken page.
 */
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { api, isAbort, type ApiError } from '../../api/client';
import type { CaseCitizen, CaseDetail, CaseWork } from '../../api/types';
import { getSession } from '../../auth/session';
import { t } from '../../i18n/zh-CN';
import {
  canViewCitizenPii,
  caseEventLabel,
  caseLevelLabel,
  caseStatusLabel,
  failureReasonLabel,
  listPathFrom,
  parseCaseId,
} from './case-view';
import { ErrorAlert, retryable, toApiError } from '../../components/ErrorAlert';
import { StatusBadge } from './StatusBadge';
import { formatDateTime } from '../../components/time';
import './list-pages.css';
// the station's work on the case (issue 4: DB1405 6.2-6.4, 7.2.3)
import { CaseWorkPanel } from '../workbench/CaseWorkPanel';
import { canHandleCases } from '../workbench/workbench-logic';
// evaluations and the reply slip of a finished case (issue 5: DB1405 8.1.1)
import { EvaluationPanel } from '../evaluations/EvaluationPanel';

type Load = { status: 'loading' } | { status: 'ok'; data: CaseDetail } | { status: 'error'; error: ApiError };

/** The "not found / not in your scope" block, with the way back. */
function Gone({ message, back }: { message: string; back: string }) {
  return (
    <main className="page">
      <section className="panel gone" role="alert" aria-labelledby="case-gone-title" data-testid="case-not-found">
        <h2 id="case-gone-title">{t.cases.notFoundTitle}</h2>
        <p>{message}</p>
        <Link to={back}>{t.cases.backToList}</Link>
      </section>
    </main>
  );
}

export function CaseDetailPage() {
  const { id: param } = useParams();
  const location = useLocation();
  const back = listPathFrom(location.state);
  const id = parseCaseId(param);
  if (id === null) return <Gone message={t.cases.notFound} back={back} />;
  // keyed: another case starts from scratch (no full personal data carried over)
  return <CaseDetailView key={id} id={id} back={back} />;
}

function CaseDetailView({ id, back }: { id: number; back: string }) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const ac = new AbortController();
    setLoad({ status: 'loading' });
    api
      .caseDetail(id, ac.signal)
      .then((data) => setLoad({ status: 'ok', data }))
      .catch((e) => {
        if (!isAbort(e)) setLoad({ status: 'error', error: toApiError(e) });
      });
    return () => ac.abort();
  }, [id, attempt]);
  // After a conflict: fetch the case again without blanking the page (the panel keeps its message).
  const refresh = () => {
    api.caseDetail(id).then((data) => setLoad({ status: 'ok', data })).catch(() => setAttempt((n) => n + 1));
  };

  if (load.status === 'error' && load.error.status === 404) return <Gone message={load.error.message} back={back} />;

  return (
    <main className="page">
      <Link className="back-link" to={back}>
        ‹ {t.cases.backToList}
      </Link>
      <section className="panel" aria-labelledby="case-title">
        <header className="panel__head">
          <div>
            <h2 id="case-title">{load.status === 'ok' ? t.cases.detailTitle(load.data.caseNo) : t.cases.title}</h2>
            {load.status === 'ok' && <p className="muted">{load.data.item.name}</p>}
          </div>
          {load.status === 'ok' && <StatusBadge status={load.data.status} />}
          {load.status === 'loading' && (
            <span className="badge" role="status">
              {t.cases.loading}
            </span>
          )}
        </header>
        {load.status === 'error' && (
          <ErrorAlert
            error={load.error}
            action={retryable(load.error) ? { label: t.cases.retry, onClick: () => setAttempt((n) => n + 1) } : undefined}
          />
        )}
        {load.status === 'ok' && 'allowedActions' in load.data && (
          <CaseWorkPanel
            c={load.data as CaseWork}
            canAct={canHandleCases(getSession()?.user.role)}
            onChange={(data) => setLoad({ status: 'ok', data })}
            onReload={refresh}
          />
        )}
        {load.status === 'ok' && (
          <div className="detail-grid">
            <div>
              <Summary c={load.data} />
              <Citizen caseId={id} masked={load.data.citizen} />
              <EvaluationPanel caseId={id} status={load.data.status} onChange={refresh} />
            </div>
            <Timeline c={load.data} />
          </div>
        )}
      </section>
    </main>
  );
}

function Summary({ c }: { c: CaseDetail }) {
  const none = t.cases.none;
  return (
    <section className="card section" aria-labelledby="case-summary">
      <h3 id="case-summary">{t.cases.summary}</h3>
      <dl className="facts" data-testid="case-summary">
        <dt>{t.cases.item}</dt>
        <dd>
          {c.item.name}
          <span className="muted">{t.cases.itemVersion(c.itemVersion)}</span>
        </dd>
        <dt>{t.cases.station}</dt>
        <dd>{c.station.name}</dd>
        <dt>{t.cases.agent}</dt>
        <dd>{c.agentName}</dd>
        <dt>{t.cases.level}</dt>
        <dd>{caseLevelLabel(c.level)}</dd>
        <dt>{t.cases.createdAt}</dt>
        <dd>{formatDateTime(c.createdAt)}</dd>
        <dt>{t.cases.acceptedAt}</dt>
        <dd>{formatDateTime(c.acceptedAt)}</dd>
        <dt>{t.cases.dueDate}</dt>
        <dd>{c.dueDate ?? none}</dd>
        <dt>{t.cases.completedAt}</dt>
        <dd>{formatDateTime(c.completedAt)}</dd>
        {c.pausedDays > 0 && (
          <>
            <dt>{t.cases.pausedDays}</dt>
            <dd>{t.cases.pausedDaysValue(c.pausedDays)}</dd>
          </>
        )}
        <dt>{t.cases.homeVisit}</dt>
        <dd>{c.homeVisit ? t.cases.yes : t.cases.no}</dd>
        {c.failureReason && (
          <>
            <dt>{t.cases.failureReason}</dt>
            <dd>{failureReasonLabel(c.failureReason)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

/** PIPL: masked by default; the full data only on a click, each click a fresh (audited) request. */
function Citizen({ caseId, masked }: { caseId: number; masked: CaseCitizen }) {
  const allowed = canViewCitizenPii(getSession()?.user.role);
  const [full, setFull] = useState<CaseCitizen | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const shown = full ?? masked;

  async function reveal() {
    setBusy(true);
    setError(null);
    try {
      setFull(await api.caseCitizen(caseId));
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card section" aria-labelledby="case-citizen">
      <h3 id="case-citizen">
        {t.cases.citizen} <span className="badge">{full ? t.cases.full : t.cases.masked}</span>
      </h3>
      <dl className="facts" data-testid="citizen" data-full={full ? 'true' : 'false'}>
        <dt>{t.cases.citizenName}</dt>
        <dd data-field="name">{shown.name}</dd>
        <dt>{t.cases.citizenPhone}</dt>
        <dd data-field="phone">{shown.phone}</dd>
        <dt>{t.cases.citizenId}</dt>
        <dd data-field="idNumber">{shown.idNumber ?? t.cases.none}</dd>
      </dl>
      {allowed && (
        <>
          <p className="notice">{t.cases.piiAuditNote}</p>
          {full ? (
            <button type="button" className="btn btn--outline" onClick={() => setFull(null)}>
              {t.cases.hidePii}
            </button>
          ) : (
            <button type="button" className="btn btn--primary" onClick={reveal} disabled={busy}>
              {busy ? t.cases.revealing : t.cases.revealPii}
            </button>
          )}
        </>
      )}
      {error && <ErrorAlert error={error} />}
    </section>
  );
}

function Timeline({ c }: { c: CaseDetail }) {
  return (
    <section className="card section" aria-labelledby="case-timeline">
      <h3 id="case-timeline">{t.cases.timeline}</h3>
      {c.events.length === 0 ? (
        <p className="muted">{t.cases.timelineEmpty}</p>
      ) : (
        <ol className="timeline" data-testid="timeline">
          {c.events.map((e) => (
            <li key={e.id} data-event-type={e.type}>
              <span className="timeline__type">{caseEventLabel(e.type)}</span>
              {e.toStatus && e.toStatus !== e.fromStatus && (
                <span className="muted">
                  {' '}
                  （{e.fromStatus ? `${caseStatusLabel(e.fromStatus)} → ` : ''}
                  {caseStatusLabel(e.toStatus)}）
                </span>
              )}
              <span className="timeline__meta">
                <time dateTime={e.at}>{formatDateTime(e.at)}</time> · {t.cases.actor}：{e.actor ?? t.cases.actorSystem}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
