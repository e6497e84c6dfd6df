import type { NominationAction, NominationState } from '../law/index.js';
import type { AwardCode } from '../kernel/index.js';

/** A nomination as other features and the API read it. Dates are ISO strings. */
export interface NominationView {
  id: string;
  campaignId: string | null;
  year: number;
  awardType: AwardCode;
  /** The nominee: a person (`staffId`) or a collective (`unitId`), exactly one. */
  staffId: string | null;
  unitId: string | null;
  /** The nominee's name: the person's full name or the collective's. */
  subjectName: string;
  /** The unit that proposes (scope is checked on it). */
  proposedByUnitId: string;
  proposedByUnitName: string;
  achievements: string;
  state: NominationState;
  version: number;
  proposedBy: string;
  submittedBy: string | null;
  submittedAt: string | null;
  /** The reason of the last transition that gave one (return, reject, withdraw). */
  lastReason: string | null;
  /** Unreleased holds (an objection at the posting): while any, only a withdrawal passes. */
  openHolds: number;
  createdAt: string;
  updatedAt: string;
}

/** One nomination of a transition request: its id and, when the caller read one, the version it saw. */
export interface NominationTransitionItem {
  id: string;
  /** When given, a different current version refuses the whole request (409, naming the current). */
  version?: number;
}

export interface NominationTransitionRequest {
  items: readonly NominationTransitionItem[];
  action: NominationAction;
  /** Required for return, reject and withdraw (the law's table says which). */
  reason?: string | null;
  /**
   * Whether the awards must be posted before moving on (for `propose_upward` and `decide` from
   * `passed`); when not given, each nomination's award decides (`postingRuleFor`).
   */
  postingRequired?: boolean;
}

/** What one nomination became. */
export interface NominationTransitionResult {
  id: string;
  action: NominationAction;
  from: NominationState;
  to: NominationState;
  /** The version after the transition (what the next change must name). */
  version: number;
}

/** One line of a nomination's log. */
export interface NominationTransitionLogEntry {
  action: NominationAction;
  from: NominationState;
  to: NominationState;
  reason: string | null;
  actorId: string | null;
  actorName: string;
  at: string;
  version: number;
}
