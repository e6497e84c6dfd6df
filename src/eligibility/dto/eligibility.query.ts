import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { AWARD_TYPE_CODE_PATTERN } from '../../catalogue/dto/create-award-type.dto.js';
import { IsDateOnly } from '../../common/validation/is-date-only.js';
import { Normalized, NormalizedOptional } from '../../common/validation/trim.js';
import { MAX_YEAR, MIN_YEAR } from '../../history/year.js';

/**
 * `?staffId=…|unitId=…&awardType=LDTT&year=2025[&asOf=2025-12-31]`: exactly one of staffId (an
 * individual award) and unitId (a collective award), checked by the service. Years with no rulebook
 * (before 2024) pass here and are refused by the engine with NO_RULEBOOK_FOR_DATE.
 */
export class EligibilityQuery {
  @NormalizedOptional()
  @IsOptional()
  @IsUUID()
  staffId?: string | null;

  @NormalizedOptional()
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Normalized()
  @IsString()
  @Matches(AWARD_TYPE_CODE_PATTERN, { message: 'awardType must be an award type code such as LDTT' })
  awardType!: string;

  @Type(() => Number)
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year!: number;

  /** The day the evaluation is made for (picks the rulebook); default 31 December of the year. */
  @NormalizedOptional()
  @IsOptional()
  @IsDateOnly()
  asOf?: string | null;
}
