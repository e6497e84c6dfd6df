import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsAwardTypeCode, IsOptionalDate, IsOptionalUuid, IsRecordYear } from '../../common/validation/fields.js';
import { NormalizedOptional } from '../../common/validation/trim.js';
import { AWARD_BASES, type AwardBasis } from '../../kernel/index.js';

/** An award already given (typically from a paper decision); exactly one of staffId and unitId. */
export class CreateAwardDto {
  @IsAwardTypeCode()
  awardType!: string;

  @IsOptional()
  @IsUUID()
  staffId?: string;

  @IsOptional()
  @IsUUID()
  unitId?: string;

  @IsRecordYear()
  year!: number;

  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(50)
  decisionNumber?: string | null;

  @IsOptionalDate()
  decisionDate?: string | null;

  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  issuerName?: string | null;

  /**
   * The registered issuer that signed the decision. Its validity must include `decisionDate` (a
   * merged province's committee signs nothing after the merger); without `issuerName`, its name is
   * written on the record.
   */
  @IsOptionalUuid()
  issuerId?: string | null;

  @IsOptional()
  @IsIn(AWARD_BASES)
  basis?: AwardBasis;
}
