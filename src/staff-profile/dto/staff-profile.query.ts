import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsRecordYear } from '../../common/validation/fields.js';
import { defaultRoundYear } from '../../eligibility/index.js';
import { AWARD_CODES, type AwardCode } from '../../kernel/index.js';
import { ENTRY_FORM_NAMES, type EntryForm } from '../entry-forms.js';

/**
 * `/staff/:id/history?year=2025&awardType=CSTDCS[&saved=award]`: the eligibility panel's question,
 * and which entry form was just saved. A value that does not pass takes its default.
 */
export class StaffProfileQuery {
  /** Default: last year, the usual round. */
  @Type(() => Number)
  @IsRecordYear()
  year: number = defaultRoundYear();

  @IsIn(AWARD_CODES)
  awardType: AwardCode = 'LDTT';

  @IsOptional()
  @IsIn(ENTRY_FORM_NAMES)
  saved?: EntryForm;

  /** What was unlikely about what was just saved (common/validation/plausibility.ts `warningsQuery`). */
  @IsOptional()
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  w?: string | string[];
}
