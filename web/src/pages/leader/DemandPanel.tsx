/**
 * Demand by catalogue item and month (DB1405 7.1.2): 办件量 + 咨询量 of the top items, as a heatmap,
 * for catalogue adjustment (7.1.3).
 */
import { useMemo } from 'react';
import type { IndicatorParams } from '../../api/indicator-types';
import { EChart } from '../../charts/EChart';
import { buildHeatmapOption, demandMatrix, TOP_ITEMS } from '../../charts/heatmap.option';
import { formatCount } from '../../format';
import { useIndicator } from './dashboard-data';
import { Panel, XlsxButton } from './Panel';
import { monthsOf } from './url-state';

export function DemandPanel({ base, place, periodText }: { base: IndicatorParams; place: string; periodText: string }) {
  const params: IndicatorParams = { ...base, grain: 'month', groupBy: 'item' };
  const cases = useIndicator('case-count', params);
  const consultations = useIndicator('consultation-count', params);
  const months = useMemo(() => monthsOf(base.from, base.to), [base.from, base.to]);
  const caseData = cases.status === 'ok' ? cases.data : null;
  const consultData = consultations.status === 'ok' ? consultations.data : null;
  const both = caseData && consultData;
  const matrix = useMemo(() => (caseData && consultData ? demandMatrix(months, caseData.rows, consultData.rows) : null), [caseData, consultData, months]);
  const option = useMemo(() => matrix && buildHeatmapOption(matrix, `${place}事项需求热力图`, `${periodText}，办件量 + 咨询量，前 ${TOP_ITEMS} 个事项`), [matrix, place, periodText]);
  const failed = cases.status === 'error' ? cases : consultations.status === 'error' ? consultations : null;
  const state = failed ? 'error' : both ? 'ok' : 'loading';
  const file = (what: string) => `${what}按事项按月-${place}-${periodText.replace(/\s/g, '')}`;
  return (
    <Panel
      id="demand"
      title="需求热力图（事项 × 月份）"
      hint="办件量与咨询量之和；目录外事项的咨询见需求分析"
      state={state}
      error={failed && failed.status === 'error' ? failed.error : undefined}
      onRetry={() => { cases.retry(); consultations.retry(); }}
      wide
      skeletonHeight={460}
      actions={<>
        <XlsxButton indicatorKey="case-count" params={params} fileName={file('办件量')} label="导出办件量" />
        <XlsxButton indicatorKey="consultation-count" params={params} fileName={file('咨询量')} label="导出咨询量" />
      </>}
    >
      {matrix && matrix.items.length === 0 && <p className="muted">所选区域和期间内没有办件或咨询</p>}
      {option && matrix && matrix.items.length > 0 && (
        <figure className="chart-card dash-chart" data-chart="demand">
          <EChart option={option} height={Math.max(260, 110 + matrix.items.length * 24)} ariaLabel="事项需求热力图" exportName={file('需求热力图')} />
        </figure>
      )}
      {matrix && matrix.items.length > 0 && (
        <details className="dash-details">
          <summary>数据表</summary>
          <table className="table" data-table="demand">
            <thead>
              <tr><th scope="col">事项</th><th scope="col" className="num">办件量</th><th scope="col" className="num">咨询量</th><th scope="col" className="num">合计</th></tr>
            </thead>
            <tbody>
              {matrix.items.map((i) => (
                <tr key={i.key}><th scope="row">{i.name}</th><td className="num">{formatCount(i.cases)}</td><td className="num">{formatCount(i.consultations)}</td><td className="num">{formatCount(i.total)}</td></tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </Panel>
  );
}
