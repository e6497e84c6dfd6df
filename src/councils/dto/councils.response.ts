import { ApiProperty } from '@nestjs/swagger';
import { ApiDate, ApiEnum, ApiId, ApiList, ApiNullable, ApiTimestamp } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import {
  type AttendanceRuleView,
  type BallotOutcomeView,
  type BallotResult,
  type BallotThresholdView,
  type BallotView,
  COUNCIL_ROLES,
  type CouncilMemberView,
  type CouncilRole,
  type CouncilSessionSummary,
  type CouncilSessionView,
  type CouncilSummary,
  type CouncilView,
  type RecusedMemberView,
  type SessionAttendanceView,
  type SessionMemberView,
  SESSION_STATES,
  type SessionState,
} from '../councils.types.js';
import type { FourEyesConflict } from '../../law/index.js';

const BALLOT_RESULTS: readonly BallotResult[] = ['passed', 'failed'];
const CONFLICTS: readonly FourEyesConflict[] = ['own_nomination', 'proposed_by_actor', 'submitted_by_actor'];
const THRESHOLD_KINDS: ReadonlyArray<BallotThresholdView['kind']> = ['percent_of_members', 'simple_majority_of_members'];

export class CouncilMemberResponse {
  @ApiId()
  id!: string;

  @ApiProperty({ example: 'Nguyễn Văn Bình' })
  name!: string;

  @ApiProperty({ example: 'Giám đốc Thư viện tỉnh' })
  position!: string;

  @ApiEnum(COUNCIL_ROLES)
  role!: CouncilRole;

  @ApiId({ nullable: true })
  userId!: string | null;

  @ApiId({ nullable: true })
  staffId!: string | null;

  @ApiDate()
  from!: string;

  @ApiDate({ nullable: true, description: 'The last day of membership (inclusive); null: still a member' })
  to!: string | null;
}

export class CouncilSessionSummaryResponse {
  @ApiId()
  id!: string;

  @ApiDate()
  heldOn!: string;

  @ApiProperty()
  place!: string;

  @ApiEnum(SESSION_STATES)
  state!: SessionState;

  @ApiProperty()
  membersCount!: number;

  @ApiProperty()
  presentCount!: number;

  @ApiProperty({ description: 'Nominations on the agenda' })
  ballots!: number;

  @ApiNullable(String, { example: '03/BB-HĐTĐKT' })
  minutesNumber!: string | null;

  @ApiNullable(String, { example: '04/BB-HĐTĐKT' })
  tallyNumber!: string | null;
}

export class CouncilSummaryResponse {
  @ApiId()
  id!: string;

  @ApiId()
  unitId!: string;

  @ApiProperty()
  unitName!: string;

  @ApiProperty({ example: 'Hội đồng Thi đua – Khen thưởng Thư viện tỉnh' })
  name!: string;

  @ApiProperty({ example: 'HĐTĐKT' })
  symbol!: string;

  @ApiNullable(String, { example: 'Vĩnh Phúc' })
  locality!: string | null;

  @ApiProperty({ description: 'Members today (Vietnam’s date)' })
  currentMembers!: number;

  @ApiProperty()
  sessions!: number;
}

export class CouncilResponse extends CouncilSummaryResponse {
  @ApiProperty()
  version!: number;

  @ApiList(() => CouncilMemberResponse, { description: 'Every member, past and present, by role (chair first), then by start and name' })
  members!: CouncilMemberResponse[];

  @ApiList(() => CouncilSessionSummaryResponse, { description: 'Newest first' })
  sessionList!: CouncilSessionSummaryResponse[];

  @ApiTimestamp()
  createdAt!: string;
}

export class AttendanceRuleResponse {
  @ApiProperty({ example: 2 })
  numerator!: number;

  @ApiProperty({ example: 3 })
  denominator!: number;

  @ApiProperty({ description: 'The fewest members present that satisfy the rule' })
  required!: number;

  @ApiProperty()
  met!: boolean;

  @ApiProperty({ description: 'False: the setting is not verified against the official text (shown as “chưa xác minh”)' })
  verified!: boolean;

  @ApiProperty()
  source!: string;
}

export class SessionAttendanceResponse {
  @ApiProperty({ description: 'Members on the session’s date' })
  members!: number;

  @ApiProperty()
  present!: number;

  @ApiProperty()
  absent!: number;

  @ApiProperty({ type: AttendanceRuleResponse, description: 'To meet at all (e.g. ≥ 2/3 present)' })
  quorum!: AttendanceRuleResponse;

  @ApiProperty({ type: AttendanceRuleResponse, description: 'To consider awards (e.g. ≥ 80 % present)' })
  awards!: AttendanceRuleResponse;
}

export class SessionMemberResponse {
  @ApiId()
  memberId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  position!: string;

  @ApiEnum(COUNCIL_ROLES)
  role!: CouncilRole;

  @ApiProperty()
  present!: boolean;
}

export class BallotThresholdResponse {
  @ApiEnum(THRESHOLD_KINDS, { description: 'A percent of ALL members (NĐ 98/2023 Điều 30 khoản 7), or a simple majority of them' })
  kind!: BallotThresholdView['kind'];

  @ApiNullable(Number, { example: 90 })
  percent!: number | null;

  @ApiProperty()
  verified!: boolean;

  @ApiNullable(String)
  source!: string | null;
}

export class RecusedMemberResponse {
  @ApiId()
  memberId!: string;

  @ApiProperty()
  name!: string;

  @ApiEnum(CONFLICTS, { description: 'The nominee, or who drafted or submitted the nomination' })
  conflict!: FourEyesConflict;

  @ApiProperty()
  present!: boolean;
}

export class BallotOutcomeResponse {
  @ApiProperty()
  passed!: boolean;

  @ApiProperty({ description: 'Present and written together' })
  votesFor!: number;

  @ApiProperty()
  votesAgainst!: number;

  @ApiProperty()
  abstain!: number;

  @ApiProperty()
  recused!: number;

  @ApiProperty({ description: 'Members who neither voted, nor wrote, nor stood aside' })
  notVoting!: number;

  @ApiProperty({ description: 'All members on the session’s date: the base of the threshold' })
  members!: number;

  @ApiProperty({ description: 'The fewest votes for that pass' })
  required!: number;

  @ApiProperty({ type: BallotThresholdResponse })
  threshold!: BallotThresholdResponse;
}

export class BallotResponse {
  @ApiId()
  nominationId!: string;

  @ApiProperty()
  ordinal!: number;

  @ApiProperty({ example: 'CSTD_TINH' })
  awardType!: string;

  @ApiProperty({ example: 'Chiến sĩ thi đua cấp tỉnh' })
  awardName!: string;

  @ApiProperty()
  subjectName!: string;

  @ApiProperty()
  unitName!: string;

  @ApiList(() => RecusedMemberResponse)
  recused!: RecusedMemberResponse[];

  @ApiProperty({ description: 'Members on the date minus the recused' })
  eligibleVoters!: number;

  @ApiProperty({
    type: BallotThresholdResponse,
    description: 'The award’s threshold in the settings of the session’s date (as stored once closed)',
  })
  threshold!: BallotThresholdResponse;

  @ApiProperty({ description: 'The fewest votes for that pass, of ALL members' })
  required!: number;

  @ApiProperty()
  recorded!: boolean;

  @ApiNullable(Number)
  for!: number | null;

  @ApiNullable(Number)
  against!: number | null;

  @ApiNullable(Number)
  abstain!: number | null;

  @ApiNullable(Number)
  writtenFor!: number | null;

  @ApiNullable(Number)
  writtenAgainst!: number | null;

  @ApiProperty()
  version!: number;

  @ApiProperty({ type: BallotOutcomeResponse, nullable: true, description: 'Null until recorded' })
  outcome!: BallotOutcomeResponse | null;

  @ApiEnum(BALLOT_RESULTS, { nullable: true, description: 'Set at close' })
  result!: BallotResult | null;

  @ApiProperty()
  withdrawn!: boolean;
}

export class CouncilSessionResponse {
  @ApiId()
  id!: string;

  @ApiId()
  councilId!: string;

  @ApiProperty()
  councilName!: string;

  @ApiId()
  unitId!: string;

  @ApiProperty()
  unitName!: string;

  @ApiDate()
  heldOn!: string;

  @ApiProperty()
  place!: string;

  @ApiEnum(SESSION_STATES)
  state!: SessionState;

  @ApiProperty()
  version!: number;

  @ApiProperty({ type: SessionAttendanceResponse })
  attendance!: SessionAttendanceResponse;

  @ApiList(() => SessionMemberResponse)
  members!: SessionMemberResponse[];

  @ApiList(() => BallotResponse)
  ballots!: BallotResponse[];

  @ApiNullable(String, { example: '03/BB-HĐTĐKT' })
  minutesNumber!: string | null;

  @ApiNullable(String, { example: '04/BB-HĐTĐKT' })
  tallyNumber!: string | null;

  @ApiTimestamp({ nullable: true })
  closedAt!: string | null;

  @ApiTimestamp()
  createdAt!: string;
}

export type CouncilMemberResponseAgrees = Agrees<SameShape<CouncilMemberResponse, CouncilMemberView>>;
export type CouncilSessionSummaryResponseAgrees = Agrees<SameShape<CouncilSessionSummaryResponse, CouncilSessionSummary>>;
export type CouncilSummaryResponseAgrees = Agrees<SameShape<CouncilSummaryResponse, CouncilSummary>>;
export type CouncilResponseAgrees = Agrees<SameShape<CouncilResponse, CouncilView>>;
export type AttendanceRuleResponseAgrees = Agrees<SameShape<AttendanceRuleResponse, AttendanceRuleView>>;
export type SessionAttendanceResponseAgrees = Agrees<SameShape<SessionAttendanceResponse, SessionAttendanceView>>;
export type SessionMemberResponseAgrees = Agrees<SameShape<SessionMemberResponse, SessionMemberView>>;
export type BallotThresholdResponseAgrees = Agrees<SameShape<BallotThresholdResponse, BallotThresholdView>>;
export type RecusedMemberResponseAgrees = Agrees<SameShape<RecusedMemberResponse, RecusedMemberView>>;
export type BallotOutcomeResponseAgrees = Agrees<SameShape<BallotOutcomeResponse, BallotOutcomeView>>;
export type BallotResponseAgrees = Agrees<SameShape<BallotResponse, BallotView>>;
export type CouncilSessionResponseAgrees = Agrees<SameShape<CouncilSessionResponse, CouncilSessionView>>;
