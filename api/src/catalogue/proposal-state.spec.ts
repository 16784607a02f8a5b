import { isDecision, isOpen, nextStatus, PROPOSAL_ACTIONS, PROPOSAL_STATUSES, type ProposalAction, type ProposalStatus } from './proposal-state';

// DB1405 7.1.3: every (status, action) pair, allowed or not — the table is the specification.
const TABLE: Array<[ProposalStatus, ProposalAction, ProposalStatus | null]> = [
  ['PROPOSED', 'approve', 'APPROVED'],
  ['PROPOSED', 'reject', 'REJECTED'],
  ['PROPOSED', 'publish', null],
  ['APPROVED', 'approve', null],
  ['APPROVED', 'reject', null],
  ['APPROVED', 'publish', 'PUBLISHED'],
  ['REJECTED', 'approve', null],
  ['REJECTED', 'reject', null],
  ['REJECTED', 'publish', null],
  ['PUBLISHED', 'approve', null],
  ['PUBLISHED', 'reject', null],
  ['PUBLISHED', 'publish', null],
];

describe('catalogue proposal state machine', () => {
  it('covers every status × action', () => {
    expect(TABLE).toHaveLength(PROPOSAL_STATUSES.length * PROPOSAL_ACTIONS.length);
    for (const s of PROPOSAL_STATUSES) for (const a of PROPOSAL_ACTIONS) expect(TABLE.some(([ts, ta]) => ts === s && ta === a)).toBe(true);
  });

  it.each(TABLE)('%s --%s--> %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it('counts proposed and approved versions as open (one per item at a time)', () => {
    expect(PROPOSAL_STATUSES.filter(isOpen)).toEqual(['PROPOSED', 'APPROVED']);
  });

  it('treats approve and reject as decisions the proposer may not take; publishing is not one', () => {
    expect(PROPOSAL_ACTIONS.filter(isDecision)).toEqual(['approve', 'reject']);
  });
});
