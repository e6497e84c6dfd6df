import type { FourEyesConflict } from '../law/index.js';

/** The roles of a member in the council (Bắc Ninh QĐ 86/2025 Điều 9: chair, vice-chairs, members; its secretary). */
export const COUNCIL_ROLES = ['chair', 'vice_chair', 'member', 'secretary'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];

export const SESSION_STATES = ['open', 'closed'] as const;
export type SessionState = (typeof SESSION_STATES)[number];

export type BallotResult = 'passed' | 'failed';

/** A member over a period (dates YYYY-MM-DD, `to` inclusive; null: still a member). */
export interface CouncilMemberView {
  id: string;
  name: string;
  position: string;
  role: CouncilRole;
  userId: string | null;
  staffId: string | null;
  from: string;
  to: string | null;
}

/** A session as the council's page lists it. */
export interface CouncilSessionSummary {
  id: string;
  heldOn: string;
  place: string;
  state: SessionState;
  membersCount: number;
  presentCount: number;
  ballots: number;
  /** "03/BB-HĐTĐKT" once closed. */
  minutesNumber: string | null;
  tallyNumber: string | null;
}

export interface CouncilSummary {
  id: string;
  unitId: string;
  unitName: string;
  name: string;
  symbol: string;
  locality: string | null;
  /** Members today (Vietnam's date). */
  currentMembers: number;
  sessions: number;
}

export interface CouncilView extends CouncilSummary {
  version: number;
  /** Every member, past and present, by role (chair first), then by start and name. */
  members: CouncilMemberView[];
  /** Newest first. */
  sessionList: CouncilSessionSummary[];
  createdAt: string;
}

/** One attendance rule as applied to the session: the share, the fewest present it needs, met or not. */
export interface AttendanceRuleView {
  numerator: number;
  denominator: number;
  required: number;
  met: boolean;
  verified: boolean;
  source: string;
}

export interface SessionAttendanceView {
  members: number;
  present: number;
  absent: number;
  /** To meet at all (e.g. ≥ 2/3). */
  quorum: AttendanceRuleView;
  /** To consider awards (e.g. ≥ 80 %). */
  awards: AttendanceRuleView;
}

/** A member as the session counted them on its date. */
export interface SessionMemberView {
  memberId: string;
  name: string;
  position: string;
  role: CouncilRole;
  present: boolean;
}

/** The rule a ballot is measured against: a percent of ALL members, or a simple majority of them. */
export interface BallotThresholdView {
  kind: 'percent_of_members' | 'simple_majority_of_members';
  /** The percent; null for a simple majority. */
  percent: number | null;
  verified: boolean;
  /** The setting's source; null for a simple majority. */
  source: string | null;
}

/** A member who does not vote on a nomination, and why. */
export interface RecusedMemberView {
  memberId: string;
  name: string;
  conflict: FourEyesConflict;
  present: boolean;
}

export interface BallotOutcomeView {
  passed: boolean;
  /** Present and written together. */
  votesFor: number;
  votesAgainst: number;
  abstain: number;
  recused: number;
  notVoting: number;
  members: number;
  /** The fewest votes for that pass. */
  required: number;
  threshold: BallotThresholdView;
}

export interface BallotView {
  nominationId: string;
  ordinal: number;
  awardType: string;
  awardName: string;
  subjectName: string;
  unitName: string;
  recused: RecusedMemberView[];
  /** Members on the date minus the recused. */
  eligibleVoters: number;
  /** The award's threshold in the settings of the session's date (as stored once closed). */
  threshold: BallotThresholdView;
  /** The fewest votes for that pass, of all members. */
  required: number;
  recorded: boolean;
  for: number | null;
  against: number | null;
  abstain: number | null;
  writtenFor: number | null;
  writtenAgainst: number | null;
  version: number;
  /** Against the threshold in force on the session's date while open; as stored at close. Null until recorded. */
  outcome: BallotOutcomeView | null;
  /** Set at close. */
  result: BallotResult | null;
  /** Withdrawn since it went on the agenda (a withdrawal is allowed from on_agenda): no ballot, no result. */
  withdrawn: boolean;
}

export interface CouncilSessionView {
  id: string;
  councilId: string;
  councilName: string;
  unitId: string;
  unitName: string;
  heldOn: string;
  place: string;
  state: SessionState;
  version: number;
  attendance: SessionAttendanceView;
  members: SessionMemberView[];
  ballots: BallotView[];
  minutesNumber: string | null;
  tallyNumber: string | null;
  closedAt: string | null;
  createdAt: string;
}
