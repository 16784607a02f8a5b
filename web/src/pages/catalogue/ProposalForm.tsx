/**
 * 提出目录调整 (DB1405 7.1.3): choose the kind of change and the item; the form starts from the
 * item's current content (or empty for a new item), is checked as the server checks it, and is
 * sent as the whole item as it will read.
 */
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { api, type ApiError } from '../../api/client';
import type { CatalogueChangeType, CatalogueItemSummary, CatalogueProposal, CatalogueSource, HandlingLevel } from '../../api/types';
import { CATALOGUE_CHANGE_TYPE_LABELS, CATALOGUE_LEVEL_LABELS, CATALOGUE_SOURCE_FULL, t } from '../../i18n/zh-CN';
import { ErrorAlert, toApiError } from '../../components/ErrorAlert';
import { MaterialsEditor } from './MaterialsEditor';
import { emptyForm, formErrors, formFromItem, toRequest, type ProposalForm as Form } from './proposal-form';

const p = t.proposals;

function Field({ label, error, children, wide }: { label: string; error?: string; children: ReactNode; wide?: boolean }) {
  return (
    <label className={wide ? 'field cat-field--wide' : 'field'}>
      <span className="field__label">{label}</span>
      {children}
      {error && <span className="field__hint">{error}</span>}
    </label>
  );
}

interface Props {
  items: CatalogueItemSummary[];
  initialItemId: number | null;
  onProposed: (proposal: CatalogueProposal) => void;
}

export function ProposalForm({ items, initialItemId, onProposed }: Props) {
  const [form, setForm] = useState<Form>(() => ({ ...emptyForm('UPDATE'), itemId: initialItemId }));
  const [loadingItem, setLoadingItem] = useState(false);
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const errors = formErrors(form);
  const shown = showErrors ? errors : {};
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));

  // the form starts from the chosen item's current content
  const { changeType, itemId } = form;
  useEffect(() => {
    if (changeType === 'ADD' || itemId === null) return;
    const ac = new AbortController();
    setLoadingItem(true);
    api
      .catalogueItem(itemId, ac.signal)
      .then((item) => setForm((f) => formFromItem(item, f.changeType, f.reason, f.effectiveFrom)))
      .catch((e) => setFailure(toApiError(e)))
      .finally(() => setLoadingItem(false));
    return () => ac.abort();
  }, [changeType, itemId]);

  function changeTypeTo(next: CatalogueChangeType) {
    setDone(null);
    if (next === 'ADD') setForm({ ...emptyForm('ADD'), reason: form.reason, effectiveFrom: form.effectiveFrom });
    else set({ changeType: next, itemId: form.changeType === 'ADD' ? null : form.itemId });
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setShowErrors(true);
    setDone(null);
    setFailure(null);
    if (Object.keys(errors).length > 0 || busy) return;
    setBusy(true);
    try {
      const proposal = await api.proposeCatalogueChange(toRequest(form));
      setDone(p.submitted(proposal.version, proposal.item.name));
      setShowErrors(false);
      setForm({ ...emptyForm(form.changeType === 'ADD' ? 'ADD' : 'UPDATE') });
      onProposed(proposal);
    } catch (err) {
      setFailure(toApiError(err));
    } finally {
      setBusy(false);
    }
  }

  const content = form.changeType !== 'RETIRE' && (form.changeType === 'ADD' || form.itemId !== null);
  return (
    <form className="card cat-section cat-form" onSubmit={submit} noValidate aria-labelledby="cat-form-title">
      <h3 id="cat-form-title">{p.formTitle}</h3>
      <div className="cat-form__grid">
        <Field label={p.changeType}>
          <select aria-label={p.changeType} value={form.changeType} onChange={(e) => changeTypeTo(e.target.value as CatalogueChangeType)}>
            {(['UPDATE', 'MOVE_LEVEL', 'ADD', 'RETIRE'] as const).map((k) => (
              <option key={k} value={k}>
                {CATALOGUE_CHANGE_TYPE_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        {form.changeType !== 'ADD' && (
          <Field label={p.item} error={shown.itemId} wide>
            <select aria-label={p.item} value={form.itemId ?? ''} onChange={(e) => set({ itemId: e.target.value ? Number(e.target.value) : null })}>
              <option value="">{p.chooseItem}</option>
              {items.map((i) => (
                <option key={i.id} value={i.id}>{`${i.code} ${i.name}`}</option>
              ))}
            </select>
          </Field>
        )}
      </div>
      {loadingItem && <p className="muted" role="status">{p.loadingItem}</p>}
      {form.changeType === 'RETIRE' && <p className="muted cat-note">{p.retireNote}</p>}

      {content && !loadingItem && (
        <>
          <div className="cat-form__grid">
            <Field label={p.name} error={shown.name} wide>
              <input value={form.name} maxLength={100} onChange={(e) => set({ name: e.target.value })} />
            </Field>
            <Field label={p.category} error={shown.category}>
              <input value={form.category} maxLength={32} onChange={(e) => set({ category: e.target.value })} />
            </Field>
            <Field label={p.level}>
              <select aria-label={p.level} value={form.level} onChange={(e) => set({ level: e.target.value as HandlingLevel })}>
                {Object.entries(CATALOGUE_LEVEL_LABELS).map(([k, v]) => (
                  <option key={k} value={k}>{v}</option>
                ))}
              </select>
            </Field>
            <Field label={p.source} wide>
              <select aria-label={p.source} value={form.source} onChange={(e) => set({ source: e.target.value as CatalogueSource })}>
                {Object.entries(CATALOGUE_SOURCE_FULL).map(([k, v]) => (
                  <option key={k} value={k}>{v}</option>
                ))}
              </select>
            </Field>
            <Field label={p.department} error={shown.department}>
              <input value={form.department} maxLength={64} onChange={(e) => set({ department: e.target.value })} />
            </Field>
            <Field label={p.timeLimit} error={shown.timeLimitDays}>
              <input type="number" min={1} max={60} value={form.timeLimitDays} onChange={(e) => set({ timeLimitDays: e.target.value })} />
            </Field>
            <Field label={p.fee} error={shown.statutoryFee}>
              <input inputMode="decimal" value={form.statutoryFee} onChange={(e) => set({ statutoryFee: e.target.value })} aria-describedby="cat-fee-hint" />
            </Field>
            <Field label={p.legalBasis} error={shown.legalBasis} wide>
              <input value={form.legalBasis} maxLength={300} onChange={(e) => set({ legalBasis: e.target.value })} />
            </Field>
          </div>
          <p id="cat-fee-hint" className="muted cat-note">{p.feeHint}</p>
          <Field label={p.procedure} error={shown.procedure} wide>
            <textarea rows={5} value={form.procedure} onChange={(e) => set({ procedure: e.target.value })} />
          </Field>
          <MaterialsEditor rows={form.materials} errors={shown} onChange={(materials) => set({ materials })} />
        </>
      )}

      <div className="cat-form__grid">
        <Field label={p.reason} error={shown.reason} wide>
          <textarea rows={2} maxLength={500} value={form.reason} onChange={(e) => set({ reason: e.target.value })} />
        </Field>
        <Field label={p.effectiveFrom} error={shown.effectiveFrom}>
          <input type="date" value={form.effectiveFrom} onChange={(e) => set({ effectiveFrom: e.target.value })} />
        </Field>
      </div>
      {shown.proxyFee && <div className="alert" role="alert">{shown.proxyFee}</div>}
      {showErrors && Object.keys(errors).length > 0 && !shown.proxyFee && <p className="field__hint">{p.fixErrors}</p>}
      {failure && <ErrorAlert error={failure} />}
      {done && <p className="cat-done" role="status">{done}</p>}
      <div className="cat-form__actions">
        <button type="submit" className="btn btn--primary" disabled={busy || loadingItem}>
          {busy ? p.submitting : p.submit}
        </button>
      </div>
    </form>
  );
}
