/** The controls shared by the satisfaction and rectification pages: month/quarter, county, township, period. */
import type { PublicRegion } from './public-types';
import { pt } from './public-text';
import { counties, countyOf, periodLabel, TOTAL, townshipsOf, type StatsState } from './stats-view';

export function StatsControls(props: {
  state: StatsState;
  regions: readonly PublicRegion[];
  periods: readonly string[] | null;
  shown: string | null;
  onChange: (patch: Partial<StatsState>) => void;
}) {
  const { state, regions, periods, shown, onChange } = props;
  const county = countyOf(regions, state.region);
  const townships = townshipsOf(regions, county);
  const township = state.region && state.region !== county ? state.region : '';
  return (
    <form className="pub-controls" onSubmit={(e) => e.preventDefault()}>
      <div className="pub-seg" role="group" aria-label={pt.satisfaction.granularity}>
        {(['month', 'quarter'] as const).map((g) => (
          <button
            key={g}
            type="button"
            className="pub-seg__btn"
            aria-pressed={state.period === g}
            onClick={() => onChange({ period: g, at: null })}
          >
            {g === 'month' ? pt.satisfaction.month : pt.satisfaction.quarter}
          </button>
        ))}
      </div>
      <label className="field">
        <span className="field__label">{pt.satisfaction.county}</span>
        <select value={county ?? ''} onChange={(e) => onChange({ region: e.target.value || null })}>
          <option value="">{pt.satisfaction.wholeCity}</option>
          {counties(regions).map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      {county && (
        <label className="field">
          <span className="field__label">{pt.satisfaction.township}</span>
          <select value={township} onChange={(e) => onChange({ region: e.target.value || county })}>
            <option value="">{pt.satisfaction.wholeCounty}</option>
            {townships.map((t) => (
              <option key={t.code} value={t.code}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {periods && shown && (
        <label className="field">
          <span className="field__label">{pt.satisfaction.period}</span>
          <select value={shown} onChange={(e) => onChange({ at: e.target.value })}>
            {[...periods].reverse().map((p) => (
              <option key={p} value={p}>
                {periodLabel(p)}
              </option>
            ))}
            <option value={TOTAL}>{`${TOTAL}（${periodLabel(periods[0])}至${periodLabel(periods[periods.length - 1])}）`}</option>
          </select>
        </label>
      )}
    </form>
  );
}
