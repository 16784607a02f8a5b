/** Loads data for a public page: loading / ok / error, aborting a stale call, with a retry. */
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../api/client';
import { isAbort } from '../../api/client';
import { toApiError } from '../../components/ErrorAlert';

export type Load<T> = { status: 'loading'; data?: T } | { status: 'ok'; data: T } | { status: 'error'; error: ApiError; data?: undefined };

export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): [Load<T>, () => void] {
  const [state, setState] = useState<Load<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const ac = new AbortController();
    setState((prev) => ({ status: 'loading', data: prev.data }));
    load(ac.signal)
      .then((data) => setState({ status: 'ok', data }))
      .catch((e) => {
        if (!isAbort(e)) setState({ status: 'error', error: toApiError(e) });
      });
    return () => ac.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, retry];
}
