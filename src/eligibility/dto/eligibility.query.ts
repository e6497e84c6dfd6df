import { Type } from 'class-transformer';
import { IsAwardTypeCode, IsOptionalDate, IsOptionalUuid, IsRecordYear } from '../../common/validation/fields.js';

/**
 * `?staffId=…|unitId=…&awardType=LDTT&year=2025[&asOf=2025-12-31]`: exactly one of staffId (an
 * individual award) and unitId (a collective award), checked by the service. Years with no rulebook
 * (before 2024) pass here and are refused by the engine with NO_RULEBOOK_FOR_DATE.
 */
export class EligibilityQuery {
  @IsOptionalUuid()
  staffId?: string | null;

  @IsOptionalUuid()
  unitId?: string | null;

  @IsAwardTypeCode()
  awardType!: string;

  @Type(() => Number)
  @IsRecordYear()
  year!: number;

  /** The day the evaluation is made for (picks the rulebook); default 31 December of the year. */
  @IsOptionalDate()
  asOf?: string | null;
}
