import { Type } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../common/paging/page-query.js';
import { IsAwardTypeCode, IsOptionalDate, IsOptionalUuid, IsRecordYear } from '../../common/validation/fields.js';
import { NormalizedOptional } from '../../common/validation/trim.js';
import { AWARD_SUBJECTS, type AwardSubject } from '../../kernel/index.js';

export const CANDIDATE_FILTERS = ['eligible', 'near_miss', 'all'] as const;
export type CandidateFilter = (typeof CANDIDATE_FILTERS)[number];

/**
 * `?awardType=LDTT&year=2025[&unitId=…][&subject=individual|collective][&filter=eligible|near_miss|all]`
 * with paging. `subject` matters only for awards that go to both (Giấy khen, Bằng khen); otherwise the
 * award's own subject is used.
 */
export class ListCandidatesQuery extends PageQuery {
  @IsAwardTypeCode()
  awardType!: string;

  @Type(() => Number)
  @IsRecordYear()
  year!: number;

  /** This unit and its sub-units; default every unit in the user's scope. */
  @IsOptionalUuid()
  unitId?: string | null;

  @NormalizedOptional()
  @IsOptional()
  @IsIn(AWARD_SUBJECTS)
  subject?: AwardSubject | null;

  @NormalizedOptional()
  @IsOptional()
  @IsIn(CANDIDATE_FILTERS)
  filter?: CandidateFilter | null;

  @IsOptionalDate()
  asOf?: string | null;
}
