import { ApiProperty } from '@nestjs/swagger';
import { ApiDate, ApiEnum, ApiEnumList, ApiId, ApiList, ApiNullable, ApiTimestamp } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import { AWARD_CODES, type AwardCode } from '../../kernel/index.js';
import {
  NOMINATION_ACTIONS,
  NOMINATION_STATES,
  type NominationAction,
  type NominationState,
  type QuotaRounding,
  type QuotaRule,
} from '../../law/index.js';
import type { AppliedTransitions } from '../nomination-transitions.service.js';
import type { CriterionLine, EligibilityAtSubmit, EligibilityDifference, EligibilityNow, NominationDetail } from '../nomination-detail.js';
import type { NominationTransitionLogEntry, NominationTransitionResult, NominationView } from '../nomination.types.js';
import type { CreatedNominations, NominationPage, OpenFreeze, PriorAward } from '../nominations.service.js';
import type { QuotaView } from '../quota-view.js';

export class NominationResponse {
  @ApiId()
  id!: string;

  @ApiId({ nullable: true })
  campaignId!: string | null;

  @ApiProperty({ type: 'integer', example: 2025 })
  year!: number;

  @ApiEnum(AWARD_CODES)
  awardType!: AwardCode;

  @ApiId({ nullable: true, description: 'The nominee when a person' })
  staffId!: string | null;

  @ApiId({ nullable: true, description: 'The nominee when a collective' })
  unitId!: string | null;

  @ApiProperty({ example: 'Trần Thị Bình' })
  subjectName!: string;

  @ApiId()
  proposedByUnitId!: string;

  @ApiProperty({ example: 'Phòng Phục vụ bạn đọc' })
  proposedByUnitName!: string;

  @ApiProperty()
  achievements!: string;

  @ApiEnum(NOMINATION_STATES)
  state!: NominationState;

  @ApiProperty({ type: 'integer', example: 1, description: 'What the next change must name' })
  version!: number;

  @ApiId({ description: 'The user who drafted it' })
  proposedBy!: string;

  @ApiId({ nullable: true, description: 'The user who submitted it last' })
  submittedBy!: string | null;

  @ApiTimestamp({ nullable: true })
  submittedAt!: string | null;

  @ApiNullable(String, { description: 'The reason of the last return, rejection or withdrawal' })
  lastReason!: string | null;

  @ApiProperty({ type: 'integer', description: 'Unreleased holds (objections): while any, only a withdrawal passes' })
  openHolds!: number;

  @ApiTimestamp()
  createdAt!: string;

  @ApiTimestamp()
  updatedAt!: string;
}

export class NominationPageResponse {
  @ApiList(() => NominationResponse)
  items!: NominationResponse[];

  @ApiProperty({ type: 'integer' })
  total!: number;

  @ApiProperty({ type: 'integer' })
  page!: number;

  @ApiProperty({ type: 'integer' })
  pageSize!: number;
}

export class CreatedNominationsResponse {
  @ApiList(() => NominationResponse)
  items!: NominationResponse[];

  @ApiProperty({ type: 'integer', description: '“Everyone eligible”: left out, already nominated (not withdrawn or rejected)' })
  skippedNominated!: number;

  @ApiProperty({ type: 'integer', description: '“Everyone eligible”: left out, already awarded for the year' })
  skippedAwarded!: number;

  @ApiProperty({ type: 'integer', description: '“Everyone eligible”: people of the unit the engine found not eligible' })
  notEligible!: number;
}

export class QuotaResponse {
  @ApiProperty({ example: 'CSTDCS' })
  awardType!: string;

  @ApiProperty({ type: 'integer' })
  year!: number;

  @ApiId()
  unitId!: string;

  @ApiProperty({ example: 'Phòng Phục vụ bạn đọc' })
  unitName!: string;

  @ApiProperty({ type: 'integer', description: 'Staff of the unit and its sub-units in service during the year' })
  staffCount!: number;

  @ApiProperty({ type: 'integer', description: 'Nominations holding a place, with those the act adds' })
  count!: number;

  @ApiNullable(Number, { description: 'Null: no quota for the award' })
  limit!: number | null;

  @ApiNullable(Number)
  remaining!: number | null;

  @ApiProperty()
  exceeded!: boolean;

  @ApiEnum(['percent_of_staff', 'allotted'], { nullable: true })
  rule!: QuotaRule['kind'] | null;

  @ApiNullable(Number, { example: 15 })
  percent!: number | null;

  @ApiEnum(['down', 'up', 'nearest'], { nullable: true })
  rounding!: QuotaRounding | null;

  @ApiNullable(Boolean, { description: 'False: shown “chưa xác minh”' })
  verified!: boolean | null;

  @ApiNullable(String)
  source!: string | null;
}

export class TransitionResultResponse {
  @ApiId()
  id!: string;

  @ApiEnum(NOMINATION_ACTIONS)
  action!: NominationAction;

  @ApiEnum(NOMINATION_STATES)
  from!: NominationState;

  @ApiEnum(NOMINATION_STATES)
  to!: NominationState;

  @ApiProperty({ type: 'integer' })
  version!: number;
}

export class AppliedTransitionsResponse {
  @ApiList(() => TransitionResultResponse)
  items!: TransitionResultResponse[];

  @ApiList(() => QuotaResponse, { description: 'The quotas counted at submit (exceeded: a warning) and approval' })
  quotas!: QuotaResponse[];
}

export class TransitionLogResponse {
  @ApiEnum(NOMINATION_ACTIONS)
  action!: NominationAction;

  @ApiEnum(NOMINATION_STATES)
  from!: NominationState;

  @ApiEnum(NOMINATION_STATES)
  to!: NominationState;

  @ApiNullable(String)
  reason!: string | null;

  @ApiId({ nullable: true })
  actorId!: string | null;

  @ApiProperty()
  actorName!: string;

  @ApiTimestamp()
  at!: string;

  @ApiProperty({ type: 'integer' })
  version!: number;
}

export class CriterionLineResponse {
  @ApiProperty({ example: 'rating' })
  code!: string;

  @ApiNullable(Boolean, { description: 'Null: to be confirmed by a person' })
  met!: boolean | null;

  @ApiProperty({ description: 'The reason, in the reader’s language' })
  detail!: string;

  @ApiProperty()
  legalBasis!: string;
}

export class EligibilityAtSubmitResponse {
  @ApiTimestamp()
  takenAt!: string;

  @ApiDate()
  asOf!: string;

  @ApiProperty({ example: 'nd-152-2025' })
  rulebook!: string;

  @ApiProperty({ description: 'The province settings the engine read' })
  province!: string;

  @ApiNullable(Boolean)
  eligible!: boolean | null;

  @ApiNullable(String, { description: 'The engine’s refusal code when it gave no result' })
  refusal!: string | null;

  @ApiList(() => CriterionLineResponse)
  criteria!: CriterionLineResponse[];
}

export class EligibilityNowResponse {
  @ApiNullable(String)
  rulebook!: string | null;

  @ApiNullable(Boolean)
  eligible!: boolean | null;

  @ApiNullable(String)
  refusal!: string | null;

  @ApiList(() => CriterionLineResponse)
  criteria!: CriterionLineResponse[];
}

export class EligibilityDifferenceResponse {
  @ApiProperty()
  code!: string;

  @ApiNullable(Boolean)
  atSubmit!: boolean | null;

  @ApiNullable(Boolean)
  now!: boolean | null;

  @ApiEnum(['changed', 'added', 'removed'])
  change!: 'changed' | 'added' | 'removed';
}

export class PriorAwardResponse {
  @ApiProperty({ example: 'LDTT' })
  awardType!: string;

  @ApiProperty({ type: 'integer' })
  year!: number;

  @ApiProperty({ example: 'regular' })
  basis!: string;

  @ApiNullable(String)
  decisionNumber!: string | null;

  @ApiDate({ nullable: true })
  decisionDate!: string | null;

  @ApiNullable(String)
  issuerName!: string | null;
}

export class OpenFreezeResponse {
  @ApiId()
  id!: string;

  @ApiProperty()
  reason!: string;

  @ApiDate()
  startsOn!: string;

  @ApiDate({ nullable: true })
  endsOn!: string | null;
}

export class NominationDetailResponse {
  @ApiProperty({ type: () => NominationResponse })
  nomination!: NominationResponse;

  @ApiList(() => TransitionLogResponse)
  log!: TransitionLogResponse[];

  @ApiEnumList(NOMINATION_ACTIONS, { description: 'What the reader may do now' })
  allowedActions!: NominationAction[];

  @ApiProperty({ type: () => EligibilityAtSubmitResponse, nullable: true, description: 'Stored at submit; null before' })
  atSubmit!: EligibilityAtSubmitResponse | null;

  @ApiProperty({ type: () => EligibilityNowResponse })
  now!: EligibilityNowResponse;

  @ApiList(() => EligibilityDifferenceResponse)
  differences!: EligibilityDifferenceResponse[];

  @ApiProperty()
  verdictChanged!: boolean;

  @ApiList(() => PriorAwardResponse)
  priorAwards!: PriorAwardResponse[];

  @ApiList(() => OpenFreezeResponse)
  openFreezes!: OpenFreezeResponse[];

  @ApiProperty({ type: () => QuotaResponse, nullable: true })
  quota!: QuotaResponse | null;
}

export type NominationResponseAgrees = Agrees<SameShape<NominationResponse, NominationView>>;
export type NominationPageResponseAgrees = Agrees<SameShape<NominationPageResponse, NominationPage>>;
export type CreatedNominationsResponseAgrees = Agrees<SameShape<CreatedNominationsResponse, CreatedNominations>>;
export type QuotaResponseAgrees = Agrees<SameShape<QuotaResponse, QuotaView>>;
export type TransitionResultResponseAgrees = Agrees<SameShape<TransitionResultResponse, NominationTransitionResult>>;
export type AppliedTransitionsResponseAgrees = Agrees<SameShape<AppliedTransitionsResponse, AppliedTransitions>>;
export type TransitionLogResponseAgrees = Agrees<SameShape<TransitionLogResponse, NominationTransitionLogEntry>>;
export type CriterionLineResponseAgrees = Agrees<SameShape<CriterionLineResponse, CriterionLine>>;
export type EligibilityAtSubmitResponseAgrees = Agrees<SameShape<EligibilityAtSubmitResponse, EligibilityAtSubmit>>;
export type EligibilityNowResponseAgrees = Agrees<SameShape<EligibilityNowResponse, EligibilityNow>>;
export type EligibilityDifferenceResponseAgrees = Agrees<SameShape<EligibilityDifferenceResponse, EligibilityDifference>>;
export type PriorAwardResponseAgrees = Agrees<SameShape<PriorAwardResponse, PriorAward>>;
export type OpenFreezeResponseAgrees = Agrees<SameShape<OpenFreezeResponse, OpenFreeze>>;
export type NominationDetailResponseAgrees = Agrees<SameShape<NominationDetailResponse, NominationDetail>>;
