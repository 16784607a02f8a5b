// The life of a catalogue change (DB1405 7.1.3 dynamic adjustment): proposed → approved or
// rejected → published (with an effective date) → applied to the item when that date arrives.
// Applying is not a status: a PUBLISHED version with appliedAt null is scheduled. Pure.

export const PROPOSAL_STATUSES = ['PROPOSED', 'APPROVED', 'REJECTED', 'PUBLISHED'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_ACTIONS = ['approve', 'reject', 'publish'] as const;
export type ProposalAction = (typeof PROPOSAL_ACTIONS)[number];

/** The only allowed transitions; everything else is refused (409) and changes nothing. */
export const TRANSITIONS: Readonly<Record<ProposalAction, { from: ProposalStatus; to: ProposalStatus }>> = {
  approve: { from: 'PROPOSED', to: 'APPROVED' },
  reject: { from: 'PROPOSED', to: 'REJECTED' },
  publish: { from: 'APPROVED', to: 'PUBLISHED' },
};

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextStatus(status: ProposalStatus, action: ProposalAction): ProposalStatus | null {
  const t = TRANSITIONS[action];
  return t && t.from === status ? t.to : null;
}

/** Still waiting for a decision or a publication: at most one such version per item at a time. */
export function isOpen(status: ProposalStatus): boolean {
  return status === 'PROPOSED' || status === 'APPROVED';
}

/** Approving or rejecting is a decision; the proposer may not take it on their own proposal (four eyes). */
export function isDecision(action: ProposalAction): boolean {
  return action === 'approve' || action === 'reject';
}
