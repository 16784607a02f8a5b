/**
 * 一次性告知单 (DB1405 6.2.2): one printable sheet listing EVERY material still missing and how to
 * get it, with the station, case number and date. 打印 prints the sheet alone (print CSS hides the
 * menus). 404 from the server: nothing is missing any more.
 */
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, isAbort, type ApiError } from '../../api/client';
import type { OneTimeNotice } from '../../api/types';
import { ErrorAlert, toApiError } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/time';
import '../cases/list-pages.css';
import './workbench.css';

export function NoticePage() {
  const { id: param } = useParams();
  const id = Number(param);
  const [notice, setNotice] = useState<OneTimeNotice | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    const ac = new AbortController();
    api.caseNotice(id, ac.signal).then(setNotice).catch((e) => !isAbort(e) && setError(toApiError(e)));
    return () => ac.abort();
  }, [id]);

  return (
    <main className="page">
      <div className="notice-toolbar">
        <Link className="btn btn--outline" to={`/cases/${id}`}>返回案件</Link>
        {notice && <button type="button" className="btn btn--primary" onClick={() => window.print()}>打印</button>}
      </div>
      {error && (error.status === 404 ? <p className="notice" role="status">材料已齐全，无需一次性告知。</p> : <ErrorAlert error={error} />)}
      {notice && (
        <article className="notice-sheet" data-testid="one-time-notice">
          <h2>{notice.title}</h2>
          <p>案件编号：<span data-testid="notice-case-no">{notice.caseNo}</span>　　委托人：{notice.citizen.name}</p>
          <p>代办事项：{notice.item.name}（{notice.item.department}，承诺时限 {notice.item.timeLimitDays} 个工作日）</p>
          <p>{notice.statement}</p>
          <table>
            <thead><tr><th>序号</th><th>材料名称</th><th>原件/复印件</th><th>份数</th><th>获取方式</th></tr></thead>
            <tbody data-testid="notice-missing">
              {notice.missing.map((m, i) => (
                <tr key={`${m.name}-${i}`}><td>{i + 1}</td><td data-field="name">{m.name}</td><td>{m.formText}</td><td>{m.copies}</td><td>{m.howToGet}</td></tr>
              ))}
            </tbody>
          </table>
          <p>服务站：{notice.station.name}　地址：{notice.station.address}　办公时间：{notice.station.openingHours}</p>
          <div className="sign"><span>代办员（签字）：</span><span>委托人（签字）：</span><span>告知日期：{formatDateTime(notice.issuedAt).slice(0, 10)}</span></div>
        </article>
      )}
    </main>
  );
}
