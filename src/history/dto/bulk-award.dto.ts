import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { IsAwardTypeCode, IsOptionalUuid, IsRecordYear } from '../../common/validation/fields.js';
import { IsDateOnly } from '../../common/validation/is-date-only.js';
import { Normalized, NormalizedOptional } from '../../common/validation/trim.js';
import { AWARD_BASES, type AwardBasis } from '../../kernel/index.js';
import { MAX_GRID_ROWS } from './put-appraisals.dto.js';

/**
 * One paper decision and its list: the same award, year, number, date and issuer for many people
 * (`staffIds`) or many units (`unitIds`), exactly one of the two. All or nothing.
 */
export class BulkAwardDto {
  @IsAwardTypeCode()
  awardType!: string;

  @IsRecordYear()
  year!: number;

  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  decisionNumber!: string;

  @IsDateOnly()
  decisionDate!: string;

  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  issuerName?: string | null;

  /** The registered issuer that signed the decision (its validity must include the decision date). */
  @IsOptionalUuid()
  issuerId?: string | null;

  @IsOptional()
  @IsIn(AWARD_BASES)
  basis?: AwardBasis;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_GRID_ROWS)
  @ArrayUnique((id: unknown) => (typeof id === 'string' ? id.toLowerCase() : id))
  @IsUUID('all', { each: true })
  staffIds?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_GRID_ROWS)
  @ArrayUnique((id: unknown) => (typeof id === 'string' ? id.toLowerCase() : id))
  @IsUUID('all', { each: true })
  unitIds?: string[];
}
