/**
 * The frame of a dashboard panel: title, actions (exports), a skeleton while its own data loads,
 * its own error with a retry. `data-state` (loading / ok / error) tells tests and assistive
 * technology where the panel is.
 */
import { useState, type ReactNode } from 'react';
import { api, ApiError } from '../../api/client';
import type { IndicatorParams } from '../../api/indicator-types';
import { ErrorAlert, retryable } from '../../components/ErrorAlert';

export interface PanelProps {
  id: string;
  title: string;
  hint?: ReactNode;
  state: 'loading' | 'ok' | 'error';
  error?: ApiError;
  onRetry?: () => void;
  actions?: ReactNode;
  wide?: boolean;
  /** Height of the skeleton (the chart's height), so the page does not jump when data arrives. */
  skeletonHeight?: number;
  children?: ReactNode;
}

export function Panel({ id, title, hint, state, error, onRetry, actions, wide, skeletonHeight = 280, children }: PanelProps) {
  return (
    <section
      className={wide ? 'dash-panel card dash-panel--wide' : 'dash-panel card'}
      aria-labelledby={`${id}-title`}
      data-panel={id}
      data-state={state}
      aria-busy={state === 'loading'}
    >
      <header className="dash-panel__head">
        <h3 id={`${id}-title`}>{title}</h3>
        {state === 'ok' && actions && <div className="dash-panel__actions">{actions}</div>}
      </header>
      {hint && <p className="muted dash-panel__hint">{hint}</p>}
      {state === 'loading' && <div className="skeleton" style={{ height: skeletonHeight }} aria-label="正在加载" />}
      {state === 'error' && error && (
        <ErrorAlert error={error} action={onRetry && retryable(error) ? { label: '重试', onClick: onRetry } : undefined} />
      )}
      {state === 'ok' && children}
    </section>
  );
}

/** Hands a downloaded file to the browser under the given name. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * 导出 Excel: the server builds the .xlsx for exactly the query the table shows (GET
 * /indicators/{key}/export, audited), so the file and the screen cannot disagree.
 */
export function XlsxButton({ indicatorKey, params, fileName, label = '导出 Excel' }: { indicatorKey: string; params: IndicatorParams; fileName: string; label?: string }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="btn dash-btn"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setFailed(null);
          try {
            saveBlob(await api.indicatorExport(indicatorKey, params), fileName.endsWith('.xlsx') ? fileName : `${fileName}.xlsx`);
          } catch (e) {
            setFailed(e instanceof ApiError ? e.message : '导出失败，请稍后再试');
          } finally {
            setBusy(false);
          }
        }}
      >
        {busy ? '正在导出…' : label}
      </button>
      {failed && (
        <span className="dash-export-error" role="alert">
          {failed}
        </span>
      )}
    </>
  );
}
