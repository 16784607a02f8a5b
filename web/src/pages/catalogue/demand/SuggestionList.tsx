/**
 * 目录调整建议 (DB1405 7.1.2-7.1.3): each suggestion with the rule that fired and its figures, and a
 * button that turns it into a catalogue proposal. The server recomputes the figures; the page only
 * names the suggestion. A new item (ADD) is first completed in a short form from the server's draft.
 */
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../../api/client';
import { demandApi } from '../../../api/demand';
import type { DemandParams, DemandSuggestion, DemandSuggestions } from '../../../api/demand-types';
import type { CatalogueProposal, HandlingLevel } from '../../../api/types';
import { ErrorAlert, toApiError } from '../../../components/ErrorAlert';
import { CATALOGUE_LEVEL_LABELS, t } from '../../../i18n/zh-CN';
import { MaterialsEditor } from '../MaterialsEditor';
import { formErrors, toRequest, type ProposalForm } from '../proposal-form';
import { figureRows, formFromDraft, levelText, placeholdersLeft, SUGGESTION_LABELS } from './demand-view';

const d = t.demand;

function AddEditor({ form, onChange, errors }: { form: ProposalForm; onChange: (f: ProposalForm) => void; errors: Record<string, string> }) {
  const set = (patch: Partial<ProposalForm>) => onChange({ ...form, ...patch });
  const field = (label: string, key: keyof ProposalForm, input: ReactNode) => (
    <label className="field">
      <span className="field__label">{label}</span>
      {input}
      {errors[key as string] && <span className="field__hint">{errors[key as string]}</span>}
    </label>
  );
  const p = t.proposals;
  return (
    <fieldset className="dm-editor">
      <legend>{d.addEditorTitle}</legend>
      <div className="cat-form__grid">
        {field(p.name, 'name', <input value={form.name} maxLength={100} onChange={(e) => set({ name: e.target.value })} />)}
        {field(p.category, 'category', <input value={form.category} maxLength={32} onChange={(e) => set({ category: e.target.value })} />)}
        {field(p.level, 'level', (
          <select aria-label={p.level} value={form.level} onChange={(e) => set({ level: e.target.value as HandlingLevel })}>
            {Object.entries(CATALOGUE_LEVEL_LABELS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
          </select>
        ))}
        {field(p.department, 'department', <input value={form.department} maxLength={64} onChange={(e) => set({ department: e.target.value })} />)}
        {field(p.timeLimit, 'timeLimitDays', <input type="number" min={1} max={60} value={form.timeLimitDays} onChange={(e) => set({ timeLimitDays: e.target.value })} />)}
        {field(p.legalBasis, 'legalBasis', <input value={form.legalBasis} maxLength={300} onChange={(e) => set({ legalBasis: e.target.value })} />)}
      </div>
      {field(p.procedure, 'procedure', <textarea rows={4} value={form.procedure} onChange={(e) => set({ procedure: e.target.value })} />)}
      <MaterialsEditor rows={form.materials} errors={errors} onChange={(materials) => set({ materials })} />
      {errors.proxyFee && <div className="alert" role="alert">{errors.proxyFee}</div>}
    </fieldset>
  );
}

function Propose({ s, params, onDone }: { s: DemandSuggestion; params: DemandParams; onDone: (p: CatalogueProposal) => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [form, setForm] = useState<ProposalForm | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<CatalogueProposal | null>(null);
  const errors = form ? formErrors(form) : {};
  const left = form ? placeholdersLeft(form) : [];

  if (done) {
    return (
      <p className="cat-done" role="status">
        {d.proposed(done.version)} <Link to="/catalogue/proposals?status=PROPOSED">{d.viewProposals}</Link>
      </p>
    );
  }
  if (s.pendingProposalId !== null) {
    return (
      <p className="muted">
        {d.pending} <Link to="/catalogue/proposals">{d.viewProposals}</Link>
      </p>
    );
  }
  if (!open) {
    return (
      <button type="button" className="btn btn--primary" onClick={() => { setOpen(true); setError(null); if (s.type === 'ADD' && s.draft) setForm(formFromDraft(s.draft)); }}>
        {d.propose}
      </button>
    );
  }

  async function confirm() {
    if (busy || Object.keys(errors).length > 0 || left.length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const subject = s.type === 'ADD' ? { topic: s.topic ?? '', content: form ? toRequest(form).content : undefined } : { itemId: s.item!.id };
      const proposal = await demandApi.propose({ ...params, type: s.type, ...subject, ...(reason.trim() ? { reason: reason.trim() } : {}) });
      setDone(proposal);
      onDone(proposal);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="dm-propose" role="group" aria-label={d.propose}>
      {form && <AddEditor form={form} onChange={setForm} errors={errors} />}
      {left.length > 0 && <p className="field__hint">{d.placeholders(left.join('、'))}</p>}
      <label className="field">
        <span className="field__label">{d.reason}</span>
        <input value={reason} maxLength={300} onChange={(e) => setReason(e.target.value)} />
      </label>
      <div className="cat-actions">
        <button type="button" className="btn btn--primary" disabled={busy || Object.keys(errors).length > 0 || left.length > 0} onClick={confirm}>
          {busy ? d.proposing : d.confirm}
        </button>
        <button type="button" className="btn cat-btn" disabled={busy} onClick={() => setOpen(false)}>
          {d.cancel}
        </button>
      </div>
      {error && <ErrorAlert error={error} />}
    </div>
  );
}

export function SuggestionList({ data, params, canPropose, onProposed }: {
  data: DemandSuggestions;
  params: DemandParams;
  canPropose: boolean;
  onProposed: () => void;
}) {
  if (data.suggestions.length === 0) return <p className="placeholder">{d.noSuggestions}</p>;
  return (
    <ol className="dm-suggestions">
      {data.suggestions.map((s) => (
        <li key={s.key} className="card dm-suggestion" data-suggestion={s.key} data-type={s.type}>
          <div className="dm-suggestion__head">
            <span className={`dm-type dm-type--${s.type.toLowerCase()}`}>{SUGGESTION_LABELS[s.type] ?? s.type}</span>
            <strong>{s.item ? `${s.item.name}` : s.topic}</strong>
            {s.item && <span className="muted mono">{s.item.code}</span>}
            {s.targetLevel && <span className="muted">{`${levelText(s.item?.level)} → ${levelText(s.targetLevel)}`}</span>}
          </div>
          <p className="dm-summary">{s.summary}</p>
          <dl className="dm-figures" aria-label={d.evidence}>
            {figureRows(s).map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <p className="muted dm-rule">{`${d.rule}：${s.rule.text}（${s.rule.clause}）`}</p>
          {canPropose && <Propose s={s} params={params} onDone={onProposed} />}
        </li>
      ))}
    </ol>
  );
}
