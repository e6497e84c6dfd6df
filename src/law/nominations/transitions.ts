import { assertFourEyes, type ActingPerson, type NominationParties } from './four-eyes.js';
import { PostingRequired, TransitionNotAllowed, TransitionReasonRequired, TransitionRoleRefused } from './nominations.errors.js';
import { CodedError, type Role } from '../../kernel/index.js';

/**
 * The life of a nomination (đề nghị khen thưởng), issue 10 "Nominations", domain-rules §4.2:
 * draft → submitted → returned (reason; edited and resubmitted) / approved by the unit's manager /
 * rejected (reason) → on the council's agenda → passed / failed by ballot → posted (công khai) →
 * proposed upward (sent with its dossier to the level that decides) or decided (a line of an issued
 * decision); withdrawn (reason) at any point before decided.
 */
export const NOMINATION_STATES = [
  'draft',
  'submitted',
  'returned',
  'approved',
  'rejected',
  'on_agenda',
  'passed',
  'failed',
  'posted',
  'proposed_upward',
  'decided',
  'withdrawn',
] as const;
export type NominationState = (typeof NOMINATION_STATES)[number];

export const NOMINATION_ACTIONS = [
  'submit',
  'return',
  'approve',
  'reject',
  'put_on_agenda',
  'pass',
  'fail',
  'post',
  'propose_upward',
  'decide',
  'withdraw',
] as const;
export type NominationAction = (typeof NOMINATION_ACTIONS)[number];

/** States nothing leaves. */
export const FINAL_NOMINATION_STATES: readonly NominationState[] = ['rejected', 'failed', 'decided', 'withdrawn'];

export interface NominationTransition {
  from: NominationState;
  action: NominationAction;
  to: NominationState;
  /** Who may do it; admins may do everything. Scope (which units) is the adapter's check. */
  roles: readonly Role[];
  /** A written reason is required (return, reject, withdraw). */
  reasonRequired: boolean;
  /** Bound by the four-eyes rule: not by the nominee, nor by who proposed or submitted it. */
  fourEyes: boolean;
  /** Goes past the public posting: allowed only where the award needs no posting. */
  skipsPosting: boolean;
}

const HR: readonly Role[] = ['hr_officer'];
const MANAGER: readonly Role[] = ['manager'];
const SECRETARY: readonly Role[] = ['council_secretary'];
/** The decision that comes back (or is issued here) is recorded by its clerk or the council's secretary. */
const DECISION_RECORDERS: readonly Role[] = ['clerk', 'council_secretary'];
/** The proposer takes back a nomination; the unit's manager can too. */
const WITHDRAWERS: readonly Role[] = ['hr_officer', 'manager'];
/**
 * A nomination sent up ends when the level above answers: granted, it is decided; refused ("cấp
 * trên không khen thưởng"), whoever records that answer withdraws it with the decision as the
 * reason (issue 10, "Upward dossier": the table has no state of its own for a refusal from above).
 */
const UPWARD_WITHDRAWERS: readonly Role[] = [...WITHDRAWERS, ...DECISION_RECORDERS];

type Row = [NominationState, NominationAction, NominationState, readonly Role[], { reason?: true; fourEyes?: true; skipsPosting?: true }?];

const ROWS: readonly Row[] = [
  ['draft', 'submit', 'submitted', HR],
  ['returned', 'submit', 'submitted', HR],
  // The manager's review is the second pair of eyes, so the whole review is bound by it.
  ['submitted', 'return', 'returned', MANAGER, { reason: true, fourEyes: true }],
  ['submitted', 'approve', 'approved', MANAGER, { fourEyes: true }],
  ['submitted', 'reject', 'rejected', MANAGER, { reason: true, fourEyes: true }],
  ['approved', 'put_on_agenda', 'on_agenda', SECRETARY],
  // Recorded when the session closes; the votes themselves are checked member by member (`assertFourEyes(…, 'vote')`).
  ['on_agenda', 'pass', 'passed', SECRETARY],
  ['on_agenda', 'fail', 'failed', SECRETARY],
  ['passed', 'post', 'posted', SECRETARY, { fourEyes: true }],
  ['posted', 'propose_upward', 'proposed_upward', SECRETARY],
  ['passed', 'propose_upward', 'proposed_upward', SECRETARY, { skipsPosting: true }],
  ['posted', 'decide', 'decided', DECISION_RECORDERS],
  ['passed', 'decide', 'decided', DECISION_RECORDERS, { skipsPosting: true }],
  ['proposed_upward', 'decide', 'decided', DECISION_RECORDERS],
  ...(['draft', 'submitted', 'returned', 'approved', 'on_agenda', 'passed', 'posted', 'proposed_upward'] as const).map((from): Row => [
    from,
    'withdraw',
    'withdrawn',
    from === 'proposed_upward' ? UPWARD_WITHDRAWERS : WITHDRAWERS,
    { reason: true },
  ]),
];

/** The ONE table of allowed transitions: state × action → state, and who may do it. */
export const NOMINATION_TRANSITIONS: readonly NominationTransition[] = ROWS.map(([from, action, to, roles, flags]) => ({
  from,
  action,
  to,
  roles,
  reasonRequired: flags?.reason ?? false,
  fourEyes: flags?.fourEyes ?? false,
  skipsPosting: flags?.skipsPosting ?? false,
}));

export function transitionFrom(state: NominationState, action: NominationAction): NominationTransition | undefined {
  return NOMINATION_TRANSITIONS.find((row) => row.from === state && row.action === action);
}

/** Admins may do everything, as kernel `hasAnyRole` says for a signed-in user. */
const mayActAs = (held: readonly Role[], allowed: readonly Role[]): boolean =>
  held.includes('admin') || allowed.some((role) => held.includes(role));

/** What the rules need to know about the act: who acts, whose nomination it is, the reason given. */
export interface TransitionFacts {
  actor: ActingPerson & { userId: string; roles: readonly Role[] };
  nomination: NominationParties;
  reason?: string | null;
  /**
   * Whether the award must be posted before it moves on (in-unit posting per the settings, 10 working
   * days for state-level awards, NĐ 152/2025 Điều 44 khoản 2). Unknown counts as required.
   */
  postingRequired?: boolean;
}

/**
 * The state a nomination reaches by `action`, or a typed refusal, checked in this order: the table
 * has the move, the role may make it, the reason is given, posting is not skipped where required,
 * the four-eyes rule holds.
 */
export function nextState(state: NominationState, action: NominationAction, facts: TransitionFacts): NominationState {
  const transition = transitionFrom(state, action);
  if (transition === undefined) {
    throw new TransitionNotAllowed(state, action);
  }
  if (!mayActAs(facts.actor.roles, transition.roles)) {
    throw new TransitionRoleRefused(action, transition.roles);
  }
  if (transition.reasonRequired && (facts.reason ?? '').trim() === '') {
    throw new TransitionReasonRequired(action);
  }
  if (transition.skipsPosting && facts.postingRequired !== false) {
    throw new PostingRequired(action);
  }
  if (transition.fourEyes) {
    assertFourEyes(facts.actor, facts.nomination, action);
  }
  return transition.to;
}

/** The actions this actor may take now (for the page's buttons); a reason is assumed to be typed. */
export function allowedActions(state: NominationState, facts: Omit<TransitionFacts, 'reason'>): NominationAction[] {
  return NOMINATION_ACTIONS.filter((action) => {
    try {
      nextState(state, action, { ...facts, reason: 'x' });
      return true;
    } catch (error: unknown) {
      if (error instanceof CodedError) {
        return false;
      }
      throw error;
    }
  });
}
