/**
 * Cascading region selects: the user's scope root → county → township → village/station.
 * Each level is optional ("全部"); the value is the code of the deepest chosen region, or null
 * for the whole scope. A value given from outside (a shared link) is resolved level by level.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { api } from '../api/client';
import type { Region } from '../api/types';
import { REGION_LEVEL_LABELS, t } from '../i18n/zh-CN';
import { childLevel, pickOnPath } from './region-path';

export interface RegionPickerProps {
  /** The root of the user's data scope. */
  root: Region;
  value: string | null;
  onChange: (code: string | null) => void;
  disabled?: boolean;
}

interface Level {
  parent: Region;
  /** null while loading */
  options: Region[] | null;
  selected: string | null;
  error?: boolean;
}

export function RegionPicker({ root, value, onChange, disabled }: RegionPickerProps) {
  const [levels, setLevels] = useState<Level[]>([]);
  const cache = useRef(new Map<string, Promise<Region[]>>());
  const legendId = useId();

  useEffect(() => {
    let alive = true;

    const children = (code: string): Promise<Region[]> => {
      let p = cache.current.get(code);
      if (!p) {
        p = api.regionChildren(code);
        cache.current.set(code, p);
        p.catch(() => cache.current.delete(code));
      }
      return p;
    };

    (async () => {
      const done: Level[] = [];
      let parent: Region = root;
      while (alive && childLevel(parent.level) !== null) {
        setLevels([...done, { parent, options: null, selected: null }]);
        let options: Region[];
        try {
          options = await children(parent.code);
        } catch (e) {
          if (!alive) return;
          setLevels([...done, { parent, options: [], selected: null, error: true }]);
          return;
        }
        if (!alive) return;
        if (options.length === 0) break;
        const match = value && value !== root.code ? pickOnPath(options, value) : null;
        done.push({ parent, options, selected: match?.code ?? null });
        if (!match) break;
        parent = match;
      }
      if (alive) setLevels(done);
    })();

    return () => {
      alive = false;
    };
  }, [root, value]);

  const choose = (index: number, code: string) => {
    const level = levels[index];
    if (!level) return;
    if (code) onChange(code);
    else onChange(level.parent.code === root.code ? null : level.parent.code);
  };

  return (
    <fieldset className="region-picker" aria-labelledby={legendId}>
      <legend id={legendId}>{t.dashboard.region}</legend>
      <div className="region-picker__levels">
        {levels.map((level, i) => {
          const lvl = level.options?.[0]?.level ?? childLevel(level.parent.level) ?? '';
          const label = REGION_LEVEL_LABELS[lvl] ?? t.dashboard.region;
          return (
            <label key={level.parent.code} className="field">
              <span className="field__label">{label}</span>
              <select
                aria-label={label}
                data-level={lvl}
                value={level.selected ?? ''}
                disabled={disabled || level.options === null || level.error}
                onChange={(e) => choose(i, e.target.value)}
              >
                {level.options === null ? (
                  <option value="">{t.regionPicker.loading}</option>
                ) : level.error ? (
                  <option value="">{t.regionPicker.loadFailed}</option>
                ) : (
                  <>
                    <option value="">{t.regionPicker.allOf(level.parent.name)}</option>
                    {level.options.map((r) => (
                      <option key={r.code} value={r.code}>
                        {r.name}
                      </option>
                    ))}
                  </>
                )}
              </select>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
