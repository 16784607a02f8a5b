/**
 * 导出 Excel / 导入 Excel for a register. An import with errors wrote nothing; its row-level
 * errors (Excel row, column, message) are listed so the file can be fixed in one go.
 */
import { useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import type { ImportResult, ImportRowError } from '../../api/types';
import { errorMessage, t } from '../../i18n/zh-CN';
import { importRowErrors } from './register-logic';

export interface RegisterToolbarProps {
  canExport: boolean;
  canImport: boolean;
  exportFile: () => Promise<Blob>;
  fileName: () => string;
  importFile: (file: File) => Promise<ImportResult>;
  onImported: () => void;
  importHint: string;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; what: 'export' | 'import' }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string; rows?: ImportRowError[] };

/** Hands a downloaded file to the browser under the given name. */
function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : errorMessage(null));

export function RegisterToolbar(p: RegisterToolbarProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const busy = status.kind === 'busy';

  async function doExport() {
    setStatus({ kind: 'busy', what: 'export' });
    try {
      saveBlob(await p.exportFile(), p.fileName());
      setStatus({ kind: 'done', text: t.registers.exported });
    } catch (e) {
      setStatus({ kind: 'error', text: messageOf(e) });
    }
  }

  async function doImport(file: File | undefined) {
    if (!file) return;
    setStatus({ kind: 'busy', what: 'import' });
    try {
      const r = await p.importFile(file);
      setStatus({ kind: 'done', text: t.registers.importDone(r.created, r.updated) });
      p.onImported();
    } catch (e) {
      const rows = importRowErrors(e);
      setStatus(rows ? { kind: 'error', text: t.registers.importRejected(rows.length), rows } : { kind: 'error', text: messageOf(e) });
    } finally {
      if (input.current) input.current.value = ''; // the same file may be picked again after a fix
    }
  }

  if (!p.canExport && !p.canImport) return null;
  return (
    <div>
      <div className="reg-toolbar">
        {p.canExport && (
          <button type="button" className="btn reg-btn" onClick={doExport} disabled={busy}>
            {busy && status.what === 'export' ? t.registers.exporting : t.registers.exportExcel}
          </button>
        )}
        {p.canImport && (
          <>
            <button type="button" className="btn reg-btn" onClick={() => input.current?.click()} disabled={busy}>
              {busy && status.what === 'import' ? t.registers.importing : t.registers.importExcel}
            </button>
            <input
              ref={input}
              className="reg-file"
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-label={t.registers.importExcel}
              data-testid="register-import-file"
              tabIndex={-1}
              onChange={(e) => void doImport(e.target.files?.[0])}
            />
            <span className="muted reg-toolbar__hint">{p.importHint}</span>
          </>
        )}
      </div>
      {status.kind === 'done' && (
        <div className="reg-notice" role="status">
          {status.text}
        </div>
      )}
      {status.kind === 'error' && (
        <div className="reg-import-errors">
          <div className="alert" role="alert">
            {status.text}
          </div>
          {status.rows && status.rows.length > 0 && (
            <div className="card table-card">
              <table className="table" data-testid="import-errors">
                <caption>{t.registers.importErrorsCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="num">{t.registers.colRow}</th>
                    <th scope="col">{t.registers.colColumn}</th>
                    <th scope="col">{t.registers.colProblem}</th>
                  </tr>
                </thead>
                <tbody>
                  {status.rows.map((r, i) => (
                    <tr key={`${r.row}-${r.column}-${i}`}>
                      <td className="num">{r.row}</td>
                      <td>{r.column}</td>
                      <td className="reg-wrap">{r.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
