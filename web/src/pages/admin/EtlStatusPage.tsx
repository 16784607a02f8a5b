/**
 * 数据同步状态 (administrators, issue 6): for every ClickHouse table the ETL feeds, when it last
 * ran, how many rows it moved, how far behind Postgres it is and its last error. Refreshes itself,
 * so an outage and the catch-up afterwards can be watched live.
 */
import { useEffect, useState } from 'react';
import { api, isAbort, type ApiError, type EtlTableStatus } from '../../api/client';
import { ErrorAlert, toApiError } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/time';
import { formatLag, healthOf, TABLE_LABELS } from './etl-status-view';
import '../cases/list-pages.css';
import '../workbench/workbench.css';

const REFRESH_MS = 5000;
const HEALTH_TEXT = { ok: '正常', lagging: '延迟', failing: '失败' } as const;

export function EtlStatusPage() {
  const [tables, setTables] = useState<EtlTableStatus[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    const load = () => api.etlStatus(ctrl.signal)
      .then((r) => { setTables(r.tables); setError(null); })
      .catch((e) => { if (!isAbort(e)) setError(toApiError(e)); });
    void load();
    const timer = setInterval(load, REFRESH_MS);
    return () => { clearInterval(timer); ctrl.abort(); };
  }, []);

  return (
    <section className="panel">
      <h1>数据同步状态</h1>
      <p className="muted">业务数据以 PostgreSQL 为准，统计分析读 ClickHouse。延迟 = 当前时间 − 尚未进入 ClickHouse 的最早变更时间；每 5 秒刷新。</p>
      {error && <ErrorAlert error={error} />}
      {!tables && !error && <p className="muted">加载中…</p>}
      {tables && (
        <table className="table" data-testid="etl-status">
          <thead>
            <tr><th>数据表</th><th>状态</th><th>延迟</th><th>最近运行</th><th>最近成功</th><th>本次行数</th><th>累计行数</th><th>最近错误</th></tr>
          </thead>
          <tbody>
            {tables.map((t) => {
              const health = healthOf(t);
              return (
                <tr key={t.table} data-table={t.table} data-health={health}>
                  <td>{TABLE_LABELS[t.table] ?? t.table} <span className="muted">{t.table}</span></td>
                  <td><span className={`badge cd--${health === 'ok' ? 'green' : health === 'lagging' ? 'yellow' : 'red'}`}>{t.running ? '同步中' : HEALTH_TEXT[health]}</span></td>
                  <td>{formatLag(t.lagSeconds)}</td>
                  <td>{formatDateTime(t.lastRunAt, { seconds: true, placeholder: '—' })}</td>
                  <td>{formatDateTime(t.lastSuccessAt, { seconds: true, placeholder: '—' })}</td>
                  <td>{t.lastRowsMoved.toLocaleString('zh-CN')}</td>
                  <td>{t.totalRowsMoved.toLocaleString('zh-CN')}</td>
                  <td style={{ color: '#b42318' }}>{t.lastError ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
