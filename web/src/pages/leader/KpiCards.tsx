/**
 * The KPI cards: one figure per indicator for the region and period, its change against the
 * previous period of the same length (coloured by whether higher is better), the definition on
 * hover, and a way through to the cases or rectifications behind the figures that have one.
 */
import { Link } from 'react-router';
import type { IndicatorParams, IndicatorResponse } from '../../api/indicator-types';
import { formatCount } from '../../format';
import { useIndicator } from './dashboard-data';
import { casesLink, rectificationsLink } from './drill';
import { changeArrow, changeTone, formatChange, formatValue, KPI_KEYS, unitSuffix } from './kpis';

/** The month grain for the two rates whose trend is drawn (one request serves card and chart). */
export const TREND_KEYS = new Set(['on-time-rate', 'satisfaction-rate']);

export function kpiParams(key: string, base: IndicatorParams): IndicatorParams {
  return { ...base, grain: TREND_KEYS.has(key) ? 'month' : 'total', compare: true };
}

interface Ctx {
  region: string | null;
  from: string;
  to: string;
}

function DrillLinks({ data, ctx }: { data: IndicatorResponse; ctx: Ctx }) {
  const key = data.indicator.key;
  if (key === 'on-time-rate') {
    const late = data.total.denominator - data.total.numerator;
    const href = casesLink(key, 'late', ctx);
    return href ? <Link to={href} className="kpi-card__link" data-drill="on-time-late">超期办结 {formatCount(late)} 件</Link> : null;
  }
  if (key === 'overdue-count' || key === 'case-count') {
    const href = casesLink(key, 'value', ctx);
    return href ? <Link to={href} className="kpi-card__link" data-drill={key}>查看案件</Link> : null;
  }
  if (key === 'rectification-on-time-rate') {
    return <Link to={rectificationsLink('overdue')} className="kpi-card__link" data-drill="rectification-overdue">逾期整改</Link>;
  }
  return null;
}

function KpiCard({ indicatorKey, base, ctx }: { indicatorKey: string; base: IndicatorParams; ctx: Ctx }) {
  const load = useIndicator(indicatorKey, kpiParams(indicatorKey, base));
  if (load.status !== 'ok') {
    return (
      <div className="kpi-card" data-state={load.status} aria-busy={load.status === 'loading'}>
        <dt className="skeleton skeleton--text">&nbsp;</dt>
        <dd className={load.status === 'loading' ? 'skeleton skeleton--value' : 'kpi-card__error'}>
          {load.status === 'error' && (
            <button type="button" className="btn btn--link" onClick={load.retry} title={load.error.message}>
              加载失败，重试
            </button>
          )}
        </dd>
      </div>
    );
  }
  const d = load.data;
  const ind = d.indicator;
  const change = d.previous?.change ?? null;
  const tone = changeTone(change, ind.higherIsBetter);
  const changeText = formatChange(ind.unit, change);
  const valueText = formatValue(ind.unit, d.total.value, d.total.suppressed);
  return (
    <div className={`kpi-card kpi-card--${tone}`} data-state="ok" title={`${ind.name}：${ind.formula}（${ind.clause}）`}>
      <dt>{ind.name}</dt>
      <dd className="kpi-card__value">
        <span data-kpi={ind.key}>{valueText}</span>
        {valueText !== '—' && !d.total.suppressed && unitSuffix(ind.unit) && <small> {unitSuffix(ind.unit)}</small>}
      </dd>
      <dd className="kpi-card__change" data-change={ind.key}>
        {changeText === null ? (
          <span className="muted">上期无可比数据</span>
        ) : (
          <>
            较上期 <span className={`kpi-change kpi-change--${tone}`}>{changeArrow(change)} {changeText}</span>
          </>
        )}
      </dd>
      <dd className="kpi-card__foot">
        <DrillLinks data={d} ctx={ctx} />
      </dd>
    </div>
  );
}

export function KpiCards({ base, ctx }: { base: IndicatorParams; ctx: Ctx }) {
  return (
    <dl className="kpi-grid" aria-label="关键指标">
      {KPI_KEYS.map((key) => (
        <KpiCard key={key} indicatorKey={key} base={base} ctx={ctx} />
      ))}
    </dl>
  );
}
