import { fourEyesConflict, type ActingPerson, type NominationParties } from '../nominations/four-eyes.js';

/**
 * The council members who do not vote on a nomination: the nominee and whoever proposed or submitted
 * it (issue 10 "The council"; the four-eyes rule). The ballot counts them as recused
 * (`BallotTally.recused`) and they stay in the base of the threshold.
 */
export function recusedMembers<M extends ActingPerson>(members: readonly M[], nomination: NominationParties): M[] {
  return members.filter((member) => fourEyesConflict(member, nomination) !== null);
}
