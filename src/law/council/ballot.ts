import { BallotTotalsExceedMembers, InvalidCouncilCount, InvalidCouncilThreshold } from './council.errors.js';
import { percent, smallestCountReaching } from './council-settings.js';
import type { ProvinceRules, ProvinceSetting } from '../provinces/province-rules.js';
import type { AwardCode } from '../../kernel/index.js';

/**
 * The tally of one council ballot (bỏ phiếu) on one nomination. Members present vote for, against or
 * abstain; absent members give a written vote (ý kiến bằng văn bản), for or against. A member who is
 * the nominee or the proposer is recused (không tham gia bỏ phiếu) and only counted as such.
 */
export interface BallotTally {
  /** All members of the council on the session's date: the base of every threshold. */
  members: number;
  /** Members present at the session, when known: present votes cannot exceed them, written votes the others. */
  present?: number;
  for: number;
  against: number;
  abstain?: number;
  writtenFor?: number;
  writtenAgainst?: number;
  recused?: number;
  /**
   * Of the recused, those present at the session, when known (with `present`): their seats in the room
   * cast no vote, so the present votes are bound to the others present, and the written votes to the
   * absent members who are not recused.
   */
  recusedPresent?: number;
}

/** The rule a ballot was measured against, kept beside the result (the minutes print it). */
export type BallotThreshold =
  { kind: 'percent_of_members'; percent: number; verified: boolean; source: string } | { kind: 'simple_majority_of_members' };

export interface BallotOutcome {
  passed: boolean;
  /** Votes for, present and written together. */
  votesFor: number;
  votesAgainst: number;
  abstain: number;
  recused: number;
  /** Members who neither voted, nor wrote, nor were recused. */
  notVoting: number;
  members: number;
  /** The fewest votes for that pass: what the session page shows as "cần ≥ N phiếu". */
  required: number;
  threshold: BallotThreshold;
}

function wholeCount(field: string, value: number | undefined, minimum = 0): number {
  const count = value ?? 0;
  if (!Number.isSafeInteger(count) || count < minimum) {
    throw new InvalidCouncilCount(field, count);
  }
  return count;
}

/** The threshold of an award in the province's settings; none means a simple majority of all members. */
export function ballotThresholdFor(rules: ProvinceRules, award: AwardCode): BallotThreshold {
  return ballotThreshold(rules.councilThresholdPercent[award]);
}

export function ballotThreshold(setting: ProvinceSetting<number> | undefined): BallotThreshold {
  if (setting === undefined) {
    return { kind: 'simple_majority_of_members' };
  }
  if (!Number.isInteger(setting.value) || setting.value < 1 || setting.value > 100) {
    throw new InvalidCouncilThreshold(setting.value);
  }
  return { kind: 'percent_of_members', percent: setting.value, verified: setting.verified, source: setting.source };
}

/** The fewest votes for that reach the threshold on `members`. */
export function requiredVotes(threshold: BallotThreshold, members: number): number {
  if (threshold.kind === 'simple_majority_of_members') {
    // More than half: 6 of 10, 6 of 11.
    return Math.floor(members / 2) + 1;
  }
  return smallestCountReaching(percent(threshold.percent), members);
}

/**
 * A ballot's outcome. Passed when the votes for, present plus written, reach the threshold of ALL the
 * council's members, not of those present (NĐ 98/2023/NĐ-CP Điều 30 khoản 7; the clause of NĐ 152/2025
 * that replaced it was not found, so the threshold is an unverified setting, domain-rules §2.9).
 * Where the settings give the award no threshold, a simple majority of all members decides (the
 * council votes by majority, Bắc Ninh QĐ 86/2025 Điều 9).
 *
 * Recused members stay in the base: the threshold is "of all members", and the text read makes no
 * exception for them [I]. Integer arithmetic throughout: 27 of 30 reaches 90 %, 26 of 30 does not.
 */
export function ballotOutcome(tally: BallotTally, threshold: BallotThreshold): BallotOutcome {
  const members = wholeCount('members', tally.members, 1);
  const presentFor = wholeCount('for', tally.for);
  const presentAgainst = wholeCount('against', tally.against);
  const abstain = wholeCount('abstain', tally.abstain);
  const writtenFor = wholeCount('writtenFor', tally.writtenFor);
  const writtenAgainst = wholeCount('writtenAgainst', tally.writtenAgainst);
  const recused = wholeCount('recused', tally.recused);

  const total = presentFor + presentAgainst + abstain + writtenFor + writtenAgainst + recused;
  if (total > members) {
    throw new BallotTotalsExceedMembers(total, members, 'members');
  }
  if (tally.present !== undefined) {
    const present = wholeCount('present', tally.present);
    if (present > members) {
      throw new BallotTotalsExceedMembers(present, members, 'members');
    }
    // A recused member may be in the room or not; only the votes are bound to presence. When the
    // caller knows where the recused are, their seats are taken out of the room and out of the absent.
    const recusedPresent = wholeCount('recusedPresent', tally.recusedPresent);
    if (recusedPresent > recused || recusedPresent > present || recused - recusedPresent > members - present) {
      throw new InvalidCouncilCount('recusedPresent', recusedPresent);
    }
    const presentVoters = present - recusedPresent;
    const absentVoters = members - present - (tally.recusedPresent === undefined ? 0 : recused - recusedPresent);
    const presentVotes = presentFor + presentAgainst + abstain;
    if (presentVotes > presentVoters) {
      throw new BallotTotalsExceedMembers(presentVotes, presentVoters, 'present');
    }
    const writtenVotes = writtenFor + writtenAgainst;
    if (writtenVotes > absentVoters) {
      throw new BallotTotalsExceedMembers(writtenVotes, absentVoters, 'absent');
    }
  }

  const votesFor = presentFor + writtenFor;
  const required = requiredVotes(threshold, members);
  return {
    passed: votesFor >= required,
    votesFor,
    votesAgainst: presentAgainst + writtenAgainst,
    abstain,
    recused,
    notVoting: members - total,
    members,
    required,
    threshold,
  };
}
