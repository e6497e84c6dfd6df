import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { AWARD_SUBJECTS, type AwardSubject } from '../../catalogue/award-type.entity.js';
import { AWARD_TYPE_CODE_PATTERN } from '../../catalogue/dto/create-award-type.dto.js';
import { PageQuery } from '../../common/paging/page-query.js';
import { IsDateOnly } from '../../common/validation/is-date-only.js';
import { Normalized, NormalizedOptional } from '../../common/validation/trim.js';
import { MAX_YEAR, MIN_YEAR } from '../../history/year.js';

export const CANDIDATE_FILTERS = ['eligible', 'near_miss', 'all'] as const;
export type CandidateFilter = (typeof CANDIDATE_FILTERS)[number];

/**
 * `?awardType=LDTT&year=2025[&unitId=…][&subject=individual|collective][&filter=eligible|near_miss|all]`
 * with paging. `subject` matters only for awards that go to both (Giấy khen, Bằng khen); otherwise the
 * award's own subject is used.
 */
export class ListCandidatesQuery extends PageQuery {
  @Normalized()
  @IsString()
  @Matches(AWARD_TYPE_CODE_PATTERN, { message: 'awardType must be an award type code such as LDTT' })
  awardType!: string;

  @Type(() => Number)
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year!: number;

  /** This unit and its sub-units; default every unit in the user's scope. */
  @NormalizedOptional()
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @NormalizedOptional()
  @IsOptional()
  @IsIn(AWARD_SUBJECTS)
  subject?: AwardSubject | null;

  @NormalizedOptional()
  @IsOptional()
  @IsIn(CANDIDATE_FILTERS)
  filter?: CandidateFilter | null;

  @NormalizedOptional()
  @IsOptional()
  @IsDateOnly()
  asOf?: string | null;
}
