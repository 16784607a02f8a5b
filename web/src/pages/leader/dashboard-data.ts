/**
 * Loading the dashboard's figures: every panel asks for its own data and never waits for another
 * (a slow panel shows its skeleton while the rest are drawn). Answers are kept for a minute, keyed
 * by the exact request, so two panels asking the same thing (a KPI card and its trend) send one
 * request, and going back up the breadcrumb is instant.
 */
import { useEffect, useRef, useState } from 'react';
import { api, ApiError, isAbort } from '../../api/client';
import { indicatorQuery, type IndicatorInfo, type IndicatorParams, type IndicatorResponse } from '../../api/indicator-types';
import type { Region } from '../../api/types';
import { childLevel, pickOnPath } from '../../components/region-path';
import { toApiError } from '../../components/ErrorAlert';

const TTL_MS = 60_000;
const MAX_ENTRIES = 300;
const cache = new Map<string, { at: number; promise: Promise<unknown> }>();

/** One request per key while it is fresh; a failure is forgotten at once (the next try asks again). */
export function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.promise as Promise<T>;
  const promise = load();
  cache.set(key, { at: Date.now(), promise });
  promise.catch(() => cache.delete(key));
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return promise;
}

export function fetchIndicator(key: string, params: IndicatorParams): Promise<IndicatorResponse> {
  return cached(`indicator:${key}?${indicatorQuery(params)}`, () => api.indicator(key, params));
}

export function fetchIndicatorList(): Promise<IndicatorInfo[]> {
  return cached('indicators', () => api.indicatorList().then((r) => r.indicators));
}

export type Load<T> = { status: 'loading' } | { status: 'ok'; data: T } | { status: 'error'; error: ApiError };

/**
 * Runs `load` whenever `key` changes (null: nothing to load) and returns its state. A result that
 * arrives after the key moved on is dropped: it belongs to another region or period.
 */
export function useLoad<T>(key: string | null, load: () => Promise<T>): Load<T> & { retry: () => void } {
  const [state, setState] = useState<{ key: string | null; load: Load<T> }>({ key, load: { status: 'loading' } });
  const [attempt, setAttempt] = useState(0);
  const loader = useRef(load);
  loader.current = load;
  useEffect(() => {
    if (key === null) return;
    let alive = true;
    setState({ key, load: { status: 'loading' } });
    loader.current().then(
      (data) => alive && setState({ key, load: { status: 'ok', data } }),
      (e) => alive && !isAbort(e) && setState({ key, load: { status: 'error', error: toApiError(e) } }),
    );
    return () => {
      alive = false;
    };
  }, [key, attempt]);
  // Until the effect has run for a new key, what is held belongs to the old one: show loading.
  const current: Load<T> = state.key === key ? state.load : { status: 'loading' };
  return { ...current, retry: () => setAttempt((n) => n + 1) };
}

export function useIndicator(key: string | null, params: IndicatorParams | null) {
  const cacheKey = key && params ? `${key}?${indicatorQuery(params)}` : null;
  return useLoad(cacheKey, () => fetchIndicator(key!, params!));
}

const children = new Map<string, Promise<Region[]>>();

function regionChildren(code: string): Promise<Region[]> {
  let p = children.get(code);
  if (!p) {
    p = api.regionChildren(code);
    children.set(code, p);
    p.catch(() => children.delete(code));
  }
  return p;
}

/**
 * The way from the scope root down to a region (the breadcrumb), found level by level from the
 * region lists (codes nest by prefix); [root] for the root itself, null while unknown.
 */
export function useRegionTrail(root: Region | null, target: string | null): Region[] | null {
  const [trail, setTrail] = useState<{ target: string | null; regions: Region[] } | null>(null);
  useEffect(() => {
    if (!root) return;
    let alive = true;
    (async () => {
      const out: Region[] = [root];
      let parent = root;
      while (target && target !== parent.code && childLevel(parent.level)) {
        const next = pickOnPath(await regionChildren(parent.code), target);
        if (!next) break;
        out.push(next);
        parent = next;
      }
      if (alive) setTrail({ target, regions: out });
    })().catch(() => alive && setTrail({ target, regions: [root] }));
    return () => {
      alive = false;
    };
  }, [root, target]);
  return trail && trail.target === target ? trail.regions : null;
}
