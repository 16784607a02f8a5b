/**
 * 工作台 (DB1405 6.1-6.4, 7.2.1 e): the station's queue — open consultations and open cases with
 * their countdown badges — and the two intake buttons. The server scopes both lists to the
 * agent's station.
 */
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api, isAbort, type ApiError } from '../../api/client';
import type { CaseClock, CaseSummary, Consultation } from '../../api/types';
import { ErrorAlert, toApiError } from '../../components/ErrorAlert';
import { StatusBadge } from '../cases/StatusBadge';
import { CountdownBadge } from './CountdownBadge';
import { CONSULTATION_CHANNELS, CONSULTATION_STATUS } from './workbench-logic';
import '../cases/list-pages.css';
import './workbench.css';

interface Queue { consultations: Consultation[]; cases: (CaseSummary & CaseClock)[]; casesTotal: number }

export function WorkbenchPage() {
  const [queue, setQueue] = useState<Queue | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    const ac = new AbortController();
    Promise.all([api.consultations('OPEN', ac.signal), api.consultations('ANSWERED', ac.signal), api.openCases({ pageSize: 100 }, ac.signal)])
      .then(([open, answered, cases]) => setQueue({ consultations: [...open.items, ...answered.items], cases: cases.items, casesTotal: cases.total }))
      .catch((e) => !isAbort(e) && setError(toApiError(e)));
    return () => ac.abort();
  }, []);

  return (
    <main className="page">
      <section className="panel" aria-labelledby="wb-title">
        <header className="panel__head">
          <div>
            <h2 id="wb-title">工作台</h2>
            <p>本站待办的咨询与在办案件；倒计时按工作日计算（DB1405 7.2.1 e）</p>
          </div>
          <div className="wb-actions">
            <Link className="btn btn--primary" to="/workbench/consultations/new">登记咨询</Link>
            <Link className="btn btn--primary" to="/workbench/commission">受理委托</Link>
          </div>
        </header>
        {error && <ErrorAlert error={error} />}
        {!queue && !error && <p role="status" className="muted">加载中…</p>}
        {queue && (
          <>
            <section className="card section" aria-labelledby="wb-consult">
              <h3 id="wb-consult">待处理咨询（{queue.consultations.length}）</h3>
              {queue.consultations.length === 0 ? <p className="muted">暂无待处理咨询</p> : (
                <table className="table" data-testid="wb-consultations">
                  <thead><tr><th>登记时间</th><th>方式</th><th>咨询人</th><th>主题</th><th>状态</th><th>答复期限</th><th>操作</th></tr></thead>
                  <tbody>
                    {queue.consultations.map((c) => (
                      <tr key={c.id}>
                        <td>{c.createdAt.slice(0, 10)}</td>
                        <td>{CONSULTATION_CHANNELS[c.channel as keyof typeof CONSULTATION_CHANNELS] ?? c.channel}</td>
                        <td>{c.citizen.name}</td>
                        <td className="wrap">{c.item?.name ?? c.topic}</td>
                        <td>{CONSULTATION_STATUS[c.status as keyof typeof CONSULTATION_STATUS] ?? c.status}</td>
                        <td>{c.dueDate ? <span className={c.overdue ? 'cd cd--red' : 'cd cd--green'}>{c.dueDate}{c.overdue ? ' 已超期' : ''}</span> : '—'}</td>
                        <td><Link to={`/workbench/consultations/${c.id}`}>处理</Link></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <section className="card section" aria-labelledby="wb-cases">
              <h3 id="wb-cases">在办案件（{queue.casesTotal}）</h3>
              {queue.cases.length === 0 ? <p className="muted">暂无在办案件</p> : (
                <table className="table" data-testid="wb-cases">
                  <thead><tr><th>案件编号</th><th>事项</th><th>群众</th><th>状态</th><th>办结期限</th><th>倒计时</th></tr></thead>
                  <tbody>
                    {queue.cases.map((c) => (
                      <tr key={c.id}>
                        <td><Link to={`/cases/${c.id}`}>{c.caseNo}</Link></td>
                        <td className="wrap">{c.item.name}</td>
                        <td>{c.citizen.name}</td>
                        <td><StatusBadge status={c.status} /></td>
                        <td>{c.dueDate ?? '—'}</td>
                        <td><CountdownBadge remaining={c.remainingWorkingDays} limit={null} alertLevel={c.alertLevel} /></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          </>
        )}
      </section>
    </main>
  );
}
