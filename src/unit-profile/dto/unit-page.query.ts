import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsAwardTypeCode, IsRecordYear } from '../../common/validation/fields.js';
import { defaultRoundYear } from '../../eligibility/index.js';
import { UNIT_FORM_NAMES, type UnitForm } from '../unit-forms.js';

/**
 * `/units/:id?year=2025&page=2[&saved=appraisal][&open=award&formYear=2024&formAward=TTLDXS]`: the
 * eligibility panel's year, the members' page, what was just saved, and a form the panel opened
 * (pre-filled) to fix what is missing. A value that does not pass takes its default.
 */
export class UnitPageQuery {
  @Type(() => Number)
  @IsRecordYear()
  year: number = defaultRoundYear();

  /** The members' page (50 a page). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page: number = 1;

  @IsOptional()
  @IsIn(UNIT_FORM_NAMES)
  saved?: UnitForm;

  @IsOptional()
  @IsIn(UNIT_FORM_NAMES)
  open?: UnitForm;

  @IsOptional()
  @Type(() => Number)
  @IsRecordYear()
  formYear?: number;

  @IsOptional()
  @IsAwardTypeCode()
  formAward?: string;
}
