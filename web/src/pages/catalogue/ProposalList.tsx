/**
 * 调整申请 list (DB1405 7.1.3) with the decisions the caller's role allows: approve or reject the
 * proposals of others, publish approved ones with an effective date. The API is the real guard.
 */
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { api, type ApiError } from '../../api/client';
import type { CatalogueProposal } from '../../api/types';
import { CATALOGUE_CHANGE_TYPE_LABELS, CATALOGUE_STATUS_LABELS, USER_ROLE_LABELS, t } from '../../i18n/zh-CN';
import { ErrorAlert, toApiError } from '../../components/ErrorAlert';
import { DiffTable } from './DiffTable';
import { formatDateTime, shanghaiToday } from './format';
import { decisionsFor, type Decision } from './proposal-form';

const p = t.proposals;

function Decide({ proposal, role, onDone }: { proposal: CatalogueProposal; role: string; onDone: () => void }) {
  const [open, setOpen] = useState<Decision | null>(null);
  const [note, setNote] = useState('');
  const [date, setDate] = useState(shanghaiToday());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const actions = decisionsFor(proposal, role);

  if (proposal.status === 'PROPOSED' && proposal.mine) return <span className="muted">{p.mineWaiting}</span>;
  if (proposal.status === 'PUBLISHED') {
    return <span className="muted">{proposal.appliedAt ? p.applied(proposal.effectiveFrom ?? '') : p.scheduled(proposal.effectiveFrom ?? '')}</span>;
  }
  if (actions.length === 0) return <span className="muted">{proposal.status === 'REJECTED' ? p.done : t.catalogue.none}</span>;

  async function confirm() {
    if (!open || busy) return;
    setBusy(true);
    setError(null);
    try {
      if (open === 'approve') await api.approveCatalogueProposal(proposal.id, note.trim() || undefined);
      else if (open === 'reject') await api.rejectCatalogueProposal(proposal.id, note.trim());
      else await api.publishCatalogueProposal(proposal.id, date);
      setOpen(null);
      onDone();
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <div className="cat-actions">
        {actions.map((a) => (
          <button key={a} type="button" className={a === 'reject' ? 'btn cat-btn' : 'btn btn--primary'} onClick={() => { setOpen(a); setNote(''); setError(null); }}>
            {p[a]}
          </button>
        ))}
      </div>
    );
  }
  return (
    <div className="cat-decide" role="group" aria-label={p[open]}>
      {open === 'publish' ? (
        <label className="field">
          <span className="field__label">{p.publishDate}</span>
          <input type="date" value={date} min={shanghaiToday()} onChange={(e) => setDate(e.target.value)} />
        </label>
      ) : (
        <label className="field">
          <span className="field__label">{open === 'reject' ? p.rejectNote : p.approveNote}</span>
          <input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
        </label>
      )}
      <div className="cat-actions">
        <button type="button" className="btn btn--primary" disabled={busy || (open === 'reject' && !note.trim()) || (open === 'publish' && !date)} onClick={confirm}>
          {`${p.confirm}${p[open]}`}
        </button>
        <button type="button" className="btn cat-btn" disabled={busy} onClick={() => setOpen(null)}>
          {p.cancel}
        </button>
      </div>
      {error && <ErrorAlert error={error} />}
    </div>
  );
}

export function ProposalList({ proposals, role, onChanged }: { proposals: CatalogueProposal[]; role: string; onChanged: () => void }) {
  const [expanded, setExpanded] = useState<number | null>(null);
  if (proposals.length === 0) return <p className="placeholder cat-empty">{p.empty}</p>;
  return (
    <table className="table cat-proposals">
      <thead>
        <tr>
          <th scope="col">{p.colItem}</th>
          <th scope="col">{p.colVersion}</th>
          <th scope="col">{p.colType}</th>
          <th scope="col">{p.colStatus}</th>
          <th scope="col">{p.colProposer}</th>
          <th scope="col">{p.colProposedAt}</th>
          <th scope="col">{p.colReason}</th>
          <th scope="col">{p.colEffective}</th>
          <th scope="col">{p.colActions}</th>
        </tr>
      </thead>
      <tbody>
        {proposals.map((x) => (
          <Fragment key={x.id}>
            <tr data-proposal={x.id} data-status={x.status}>
              <th scope="row" className="wrap">
                <Link to={`/catalogue?item=${x.item.id}`}>{x.item.name}</Link>
                <span className="muted mono cat-code">{x.item.code}</span>
              </th>
              <td>{t.catalogue.versionText(x.version)}</td>
              <td>{CATALOGUE_CHANGE_TYPE_LABELS[x.changeType] ?? x.changeType}</td>
              <td>
                <span className={`cat-status cat-status--${x.status.toLowerCase()}`}>{CATALOGUE_STATUS_LABELS[x.status] ?? x.status}</span>
              </td>
              <td>{x.proposedBy ? `${x.proposedBy.name}（${USER_ROLE_LABELS[x.proposedBy.role] ?? x.proposedBy.role}）` : t.catalogue.system}</td>
              <td>{formatDateTime(x.proposedAt)}</td>
              <td className="wrap">
                {x.reason}
                {x.decisionNote && <span className="muted cat-code">{`${t.catalogue.decisionNote}：${x.decisionNote}`}</span>}
                <button type="button" className="btn btn--link cat-toggle" aria-expanded={expanded === x.id} onClick={() => setExpanded(expanded === x.id ? null : x.id)}>
                  {expanded === x.id ? p.hideDiff : p.showDiff}
                </button>
              </td>
              <td>{x.effectiveFrom ?? t.catalogue.none}</td>
              <td className="wrap">
                <Decide proposal={x} role={role} onDone={onChanged} />
              </td>
            </tr>
            {expanded === x.id && (
              <tr className="cat-diff-row">
                <td colSpan={9}>
                  <DiffTable diff={x.diff} comparedTo={x.comparedTo} />
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
