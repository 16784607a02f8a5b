/**
 * A YYYY-MM picker made of two selects (年 / 月). Unlike <input type="month"> it reads the same
 * in every browser (Safari has none; Chromium labels it in its own UI language).
 */
import { useId } from 'react';
import { monthOptions, yearOptions } from './month-options';

export interface MonthPickerProps {
  label: string;
  value: string;
  /** latest selectable month (YYYY-MM), e.g. the current one */
  max: string;
  /** how many years back the year list goes */
  years?: number;
  onChange: (month: string) => void;
  name?: string;
}

export function MonthPicker({ label, value, max, years = 10, onChange, name }: MonthPickerProps) {
  const id = useId();
  const [y, m] = value.split('-');
  const yearList = yearOptions(max, years, value);
  const monthList = monthOptions(y, max);
  return (
    <div className="field" role="group" aria-labelledby={id}>
      <span className="field__label" id={id}>
        {label}
      </span>
      <div className="month-picker">
        <select
          aria-label={`${label}（年）`}
          name={name ? `${name}-year` : undefined}
          value={y}
          onChange={(e) => {
            const year = e.target.value;
            // stay within max when moving to the latest year
            const month = `${year}-${m}` > max ? max : `${year}-${m}`;
            onChange(month);
          }}
        >
          {yearList.map((yy) => (
            <option key={yy} value={yy}>
              {yy}年
            </option>
          ))}
        </select>
        <select
          aria-label={`${label}（月）`}
          name={name ? `${name}-month` : undefined}
          value={m}
          onChange={(e) => onChange(`${y}-${e.target.value}`)}
        >
          {monthList.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
