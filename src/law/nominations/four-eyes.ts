import { FourEyesViolation } from './nominations.errors.js';
import type { NominationAction } from './transitions.js';

/**
 * The four-eyes rule of the issue: nobody approves, votes on or posts their own nomination, nor one
 * they proposed or submitted. A pure check on identities the caller supplies (user ids, and the staff
 * record the acting user is, when they are staff), so it holds whatever the person's roles: an admin
 * is bound by it too.
 */

/** Who acts: a signed-in user, or a council member (who may have no account). */
export interface ActingPerson {
  userId?: string | null;
  /** The staff record of the acting user, when they are one of the staff. */
  staffId?: string | null;
}

/** Whose nomination it is and who carried it so far. */
export interface NominationParties {
  /** The nominee when a person; null for a collective. */
  nomineeStaffId?: string | null;
  /** The nominee's user account, when they have one. */
  nomineeUserId?: string | null;
  /** The user who drafted the nomination (người đề nghị). */
  proposedByUserId?: string | null;
  /** The user who submitted it (last submission, after a return too). */
  submittedByUserId?: string | null;
}

export type FourEyesConflict = 'own_nomination' | 'proposed_by_actor' | 'submitted_by_actor';

/** The first conflict found, the nominee's own first; null when the person may act. */
export function fourEyesConflict(person: ActingPerson, nomination: NominationParties): FourEyesConflict | null {
  const same = (a: string | null | undefined, b: string | null | undefined): boolean => a !== undefined && a !== null && a === b;
  if (same(person.staffId, nomination.nomineeStaffId) || same(person.userId, nomination.nomineeUserId)) {
    return 'own_nomination';
  }
  if (same(person.userId, nomination.proposedByUserId)) {
    return 'proposed_by_actor';
  }
  if (same(person.userId, nomination.submittedByUserId)) {
    return 'submitted_by_actor';
  }
  return null;
}

/**
 * Throws unless the person may take part in the act: `vote` for a council member's ballot (a member
 * in conflict is recused, see `ballot.ts`), or a transition of the table that is bound by four eyes.
 */
export function assertFourEyes(person: ActingPerson, nomination: NominationParties, act: NominationAction | 'vote'): void {
  const conflict = fourEyesConflict(person, nomination);
  if (conflict !== null) {
    throw new FourEyesViolation(act, conflict);
  }
}
