/** 回访 figures of a month per township (DB1405 8.1.2): response rate and 满意率 with 95 % intervals, 样本不足 below 10 ratings. */
import { useEffect, useState } from 'react';
import { api, isAbort, type ApiError } from '../../api/client';
import { surveyApi } from '../../api/evaluations';
import type { SurveyStats } from '../../api/evaluation-types';
import type { Region } from '../../api/types';
import { ErrorAlert, toApiError } from '../../components/ErrorAlert';
import { RegionPicker } from '../../components/RegionPicker';
import { formatRate } from './evaluation-logic';

export function SurveyStatsTable({ month, version }: { month: string; version: number }) {
  const [root, setRoot] = useState<Region | null>(null);
  const [region, setRegion] = useState<string | null>(null);
  const [stats, setStats] = useState<SurveyStats | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    const ac = new AbortController();
    api.regionScope(ac.signal).then(setRoot).catch((e) => !isAbort(e) && setError(toApiError(e)));
    return () => ac.abort();
  }, []);
  useEffect(() => {
    const ac = new AbortController();
    surveyApi.stats(month, region, ac.signal).then(setStats).catch((e) => !isAbort(e) && setError(toApiError(e)));
    return () => ac.abort();
  }, [month, region, version]);
  const rows = stats?.rows.filter((r) => r.sampled > 0) ?? [];

  return (
    <section className="card section" aria-labelledby="sv-stats">
      <h3 id="sv-stats">{month} 回访统计</h3>
      {root && <RegionPicker root={root} value={region} onChange={setRegion} />}
      {error && <ErrorAlert error={error} />}
      {stats && (
        <>
          <table className="table" data-testid="survey-stats">
            <thead><tr><th scope="col">乡镇</th><th scope="col">抽样</th><th scope="col">成功</th><th scope="col">拒访</th><th scope="col">未接通</th><th scope="col">待回访</th><th scope="col">回访率</th><th scope="col">满意率</th></tr></thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.townshipCode}>
                  <th scope="row">{r.townshipName}</th><td>{r.sampled}</td><td>{r.reached}</td><td>{r.refused}</td><td>{r.notReached}</td><td>{r.pending}</td>
                  <td>{formatRate(r.response)}</td><td>{formatRate(r.satisfaction)}</td>
                </tr>
              ))}
              <tr data-testid="survey-stats-total">
                <th scope="row">合计（{stats.region.name}）</th><td>{stats.total.sampled}</td><td>{stats.total.reached}</td><td>{stats.total.refused}</td>
                <td>{stats.total.notReached}</td><td>{stats.total.pending}</td><td>{formatRate(stats.total.response)}</td><td>{formatRate(stats.total.satisfaction)}</td>
              </tr>
            </tbody>
          </table>
          <ul className="muted">
            <li>{stats.definitions.response}</li><li>{stats.definitions.satisfaction}</li><li>{stats.definitions.interval}</li>
          </ul>
        </>
      )}
    </section>
  );
}
