/** The three figure tables of 需求分析 (DB1405 7.1.2-7.1.3) and their .xlsx export button. */
import { useState } from 'react';
import type { ApiError } from '../../../api/client';
import type { DemandIdle, DemandOffCatalogue, DemandTop } from '../../../api/demand-types';
import { ErrorAlert, toApiError } from '../../../components/ErrorAlert';
import { formatCount } from '../../../format';
import { t } from '../../../i18n/zh-CN';
import { formatGrowth, growthTone, levelText } from './demand-view';

const d = t.demand;

/** Hands a downloaded file to the browser under the given name. */
function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ExportButton({ label, file, name }: { label: string; file: () => Promise<Blob>; name: () => string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  async function run() {
    setBusy(true);
    setError(null);
    try {
      saveBlob(await file(), name());
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <span className="dm-export">
      <button type="button" className="btn cat-btn" onClick={run} disabled={busy} aria-label={`${label}${d.exportExcel}`}>
        {busy ? d.exporting : d.exportExcel}
      </button>
      {error && <ErrorAlert error={error} />}
    </span>
  );
}

export function TopTable({ data }: { data: DemandTop }) {
  if (data.items.length === 0) return <p className="placeholder">{d.empty}</p>;
  return (
    <table className="table dm-table" data-table="top">
      <thead>
        <tr>
          <th scope="col" className="num">{d.colRank}</th>
          <th scope="col">{d.colItem}</th>
          <th scope="col">{d.colLevel}</th>
          <th scope="col" className="num">{d.colConsultations}</th>
          <th scope="col" className="num">{d.colCases}</th>
          <th scope="col" className="num">{d.colDemand}</th>
          <th scope="col" className="num">{d.colTownships}</th>
          <th scope="col" className="num">{d.colPrevious}</th>
          <th scope="col" className="num">{d.colGrowth}</th>
        </tr>
      </thead>
      <tbody>
        {data.items.map((i) => (
          <tr key={i.itemId} data-item={i.itemId}>
            <td className="num">{i.rank}</td>
            <th scope="row" className="wrap">
              {i.name}
              <span className="muted mono cat-code">{i.code}{i.active ? '' : `（${d.inactive}）`}</span>
            </th>
            <td>{levelText(i.level)}</td>
            <td className="num">{formatCount(i.consultations)}</td>
            <td className="num">{formatCount(i.cases)}</td>
            <td className="num" data-col="demand">{formatCount(i.demand)}</td>
            <td className="num">{formatCount(i.townships)}</td>
            <td className="num">{formatCount(i.previous.demand)}</td>
            <td className={`num dm-growth dm-growth--${growthTone(i.growthPct)}`} data-col="growth">{formatGrowth(i.growthPct)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function OffCatalogueTable({ data }: { data: DemandOffCatalogue }) {
  if (data.topics.length === 0) return <p className="placeholder">{d.empty}</p>;
  return (
    <>
      <p className="muted">{d.offTotal(data.total)}{data.truncated ? `；${d.truncated}` : ''}</p>
      <table className="table dm-table" data-table="off-catalogue">
        <thead>
          <tr>
            <th scope="col">{d.colTopic}</th>
            <th scope="col" className="num">{d.colAsks}</th>
            <th scope="col" className="num">{d.colTownships}</th>
            <th scope="col">{d.colVariants}</th>
          </tr>
        </thead>
        <tbody>
          {data.topics.map((x) => (
            <tr key={x.key} data-topic={x.key}>
              <th scope="row" className="wrap">
                {x.text || d.blankTopic}
                {x.inCatalogue && <span className="badge dm-badge">{d.inCatalogue}</span>}
              </th>
              <td className="num" data-col="asks">{formatCount(x.count)}</td>
              <td className="num" data-col="townships">{formatCount(x.townships)}</td>
              <td className="wrap muted">{x.variants.map((v) => `${v.text || d.blankTopic}（${v.count}）`).join('；')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function IdleTable({ data }: { data: DemandIdle }) {
  if (data.items.length === 0) return <p className="placeholder">{d.noIdle}</p>;
  return (
    <table className="table dm-table" data-table="idle">
      <thead>
        <tr>
          <th scope="col">{d.colItem}</th>
          <th scope="col">{d.colLevel}</th>
          <th scope="col">{d.colLastDemand}</th>
          <th scope="col">{d.colSince}</th>
        </tr>
      </thead>
      <tbody>
        {data.items.map((i) => (
          <tr key={i.itemId} data-item={i.itemId}>
            <th scope="row" className="wrap">
              {i.name}
              <span className="muted mono cat-code">{i.code}</span>
            </th>
            <td>{levelText(i.level)}</td>
            <td>{i.lastDemand ?? d.never}</td>
            <td>
              {i.inCatalogueSince ?? '—'}
              {!i.wholeWindow && <span className="badge dm-badge">{d.tooNew(data.months)}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
