import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { AWARD_TYPE_CODE_PATTERN } from '../../catalogue/dto/create-award-type.dto.js';
import { IsDateOnly } from '../../common/validation/is-date-only.js';
import { Normalized, NormalizedOptional } from '../../common/validation/trim.js';
import { AWARD_BASES, type AwardBasis } from '../award-record.entity.js';
import { MAX_YEAR, MIN_YEAR } from '../year.js';

/** An award already given (typically from a paper decision); exactly one of staffId and unitId. */
export class CreateAwardDto {
  @Normalized()
  @IsString()
  @Matches(AWARD_TYPE_CODE_PATTERN, { message: 'awardType must be an award type code such as LDTT' })
  awardType!: string;

  @IsOptional()
  @IsUUID()
  staffId?: string;

  @IsOptional()
  @IsUUID()
  unitId?: string;

  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year!: number;

  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(50)
  decisionNumber?: string | null;

  @NormalizedOptional()
  @IsOptional()
  @IsDateOnly()
  decisionDate?: string | null;

  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  issuerName?: string | null;

  @IsOptional()
  @IsIn(AWARD_BASES)
  basis?: AwardBasis;
}
