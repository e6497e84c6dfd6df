import { ApiProperty } from '@nestjs/swagger';
import { PageResponseOf } from '../../common/openapi/page.response.js';
import { ApiDate, ApiEnum, ApiId, ApiList, ApiNullable } from '../../common/openapi/response-fields.js';
import { type Agrees, everyOf, type SameShape } from '../../common/openapi/same-shape.js';
import { AWARD_CODES, AWARD_SUBJECTS, type AwardCode, type AwardSubject } from '../../kernel/index.js';
import type { Reason } from '../../law/index.js';
import type {
  CandidateAnswer,
  CandidatesAnswer,
  CollectiveEligibilityAnswer,
  CriterionAnswer,
  EligibilityAnswer,
} from '../eligibility.presenter.js';
import type { CandidateStatus } from '../eligibility.service.js';

/*
 * Mirrors what the eligibility presenter answers (the engine's result with each reason worded as
 * `detail`) and the candidates list. When either gains a field, the checks at the bottom stop
 * compiling until it is added here.
 */

/** The outcome of one legal criterion. */
export class CriterionResultResponse {
  @ApiProperty()
  code!: string;

  @ApiNullable(Boolean, { description: 'null: a person must confirm it (shown, never blocking)' })
  met!: boolean | null;

  @ApiProperty({ description: 'The reason in words, in the answer’s language (Accept-Language, else the user’s)' })
  detail!: string;

  @ApiProperty({
    description: 'The reason as data: a sentence key of the law catalogue and its typed values, for clients that word it themselves',
    type: 'object',
    properties: { key: { type: 'string', example: 'rating.below' }, params: { type: 'object', additionalProperties: true } },
    required: ['key', 'params'],
  })
  reason!: Reason;

  @ApiProperty({ description: 'The article the criterion comes from' })
  legalBasis!: string;
}

export class EligibilityResultResponse {
  @ApiProperty({ description: 'True when no criterion has met: false' })
  eligible!: boolean;

  @ApiProperty({ example: 'LDTT' })
  awardType!: string;

  @ApiProperty({ type: 'integer', example: 2025 })
  year!: number;

  @ApiProperty({ example: 'nd-152-2025', description: 'The rulebook applied, chosen by the date `asOf`' })
  rulebook!: string;

  @ApiList(() => CriterionResultResponse)
  criteria!: CriterionResultResponse[];
}

/** A unit's eligibility for every collective award of the year's rulebook. */
export class CollectiveEligibilityResponse {
  @ApiId()
  unitId!: string;

  @ApiProperty({ type: 'integer', example: 2025 })
  year!: number;

  @ApiDate({ description: '31 December of the year: the day the rulebook is chosen by' })
  asOf!: string;

  @ApiProperty({ example: 'nd-152-2025' })
  rulebook!: string;

  @ApiList(() => EligibilityResultResponse, { description: 'One per collective award: TTLĐTT, TTLĐXS, Cờ thi đua, Giấy khen, Bằng khen' })
  results!: EligibilityResultResponse[];
}

const CANDIDATE_STATUSES = everyOf<CandidateStatus>()(['eligible', 'near_miss', 'not_eligible']);

export class CandidateResponse {
  @ApiId()
  id!: string;

  @ApiProperty()
  code!: string;

  @ApiProperty()
  name!: string;

  @ApiId({ nullable: true, description: "A person's unit; null for a collective" })
  unitId!: string | null;

  @ApiNullable(String)
  unitName!: string | null;

  @ApiEnum(CANDIDATE_STATUSES)
  status!: CandidateStatus;

  @ApiProperty()
  eligible!: boolean;

  @ApiList(() => CriterionResultResponse, { description: 'Criteria definitely not met; a near-miss has exactly one' })
  missing!: CriterionResultResponse[];

  @ApiProperty({ type: 'integer', description: 'Criteria waiting for a person to confirm them (met: null)' })
  toConfirm!: number;

  @ApiList(() => CriterionResultResponse)
  criteria!: CriterionResultResponse[];
}

export class CandidateCountsResponse {
  @ApiProperty({ type: 'integer' })
  eligible!: number;

  @ApiProperty({ type: 'integer' })
  nearMiss!: number;

  @ApiProperty({ type: 'integer' })
  notEligible!: number;
}

export class CandidatesPageResponse extends PageResponseOf(CandidateResponse) {
  @ApiEnum(AWARD_CODES)
  awardType!: AwardCode;

  @ApiEnum(AWARD_SUBJECTS)
  subject!: AwardSubject;

  @ApiProperty({ type: 'integer' })
  year!: number;

  @ApiDate()
  asOf!: string;

  @ApiProperty()
  rulebook!: string;

  @ApiProperty({ description: 'Over all pages' })
  counts!: CandidateCountsResponse;
}

export type CriterionResultResponseAgrees = Agrees<SameShape<CriterionResultResponse, CriterionAnswer>>;
export type EligibilityResultResponseAgrees = Agrees<SameShape<EligibilityResultResponse, EligibilityAnswer>>;
export type CandidateResponseAgrees = Agrees<SameShape<CandidateResponse, CandidateAnswer>>;
export type CandidatesPageResponseAgrees = Agrees<SameShape<CandidatesPageResponse, CandidatesAnswer>>;
export type CollectiveEligibilityResponseAgrees = Agrees<SameShape<CollectiveEligibilityResponse, CollectiveEligibilityAnswer>>;
