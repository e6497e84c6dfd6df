import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsAwardTypeCode, IsOptionalDate, IsOptionalUuid } from '../../common/validation/fields.js';
import { IsDateOnly } from '../../common/validation/is-date-only.js';
import { Normalized, NormalizedOptional } from '../../common/validation/trim.js';
import { IsRecordYear } from '../../common/validation/fields.js';
import {
  AWARD_BASES,
  type AwardBasis,
  DISCIPLINE_LEVELS,
  type DisciplineLevel,
  INITIATIVE_KINDS,
  INITIATIVE_LEVELS,
  type InitiativeKind,
  type InitiativeLevel,
  type Rating,
  RATINGS,
} from '../../kernel/index.js';

/**
 * Corrections of history records typed in by mistake: every change and every removal says why
 * (kept in the audit log, and on a removed record). A PATCH changes the fields it gives; the others
 * stay as they are.
 */
export class RemoveRecordDto {
  /** Why the record is corrected or removed, e.g. "Nhập nhầm năm". */
  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}

export class EditAppraisalDto extends RemoveRecordDto {
  @IsIn(RATINGS)
  rating!: Rating;
}

export class EditInitiativeDto extends RemoveRecordDto {
  @IsOptional()
  @IsRecordYear()
  year?: number;

  @IsOptional()
  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title?: string;

  @IsOptional()
  @IsIn(INITIATIVE_LEVELS)
  level?: InitiativeLevel;

  @IsOptional()
  @IsIn(INITIATIVE_KINDS)
  kind?: InitiativeKind;
}

export class EditDisciplineDto extends RemoveRecordDto {
  @IsOptional()
  @IsIn(DISCIPLINE_LEVELS)
  level?: DisciplineLevel;

  @IsOptional()
  @IsDateOnly()
  from?: string;

  /** null: the measure is still running. */
  @IsOptionalDate()
  to?: string | null;
}

export class EditFreezeDto extends RemoveRecordDto {
  /** The freeze's own grounds (its `reason` in the freeze itself; `reason` here says why it is corrected). */
  @IsOptional()
  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  freezeReason?: string;

  @IsOptional()
  @IsDateOnly()
  from?: string;

  /** null: no end date yet. */
  @IsOptionalDate()
  to?: string | null;
}

/** An award typed in or imported (never one issued on the system: a new decision changes those). */
export class EditAwardDto extends RemoveRecordDto {
  @IsOptional()
  @IsAwardTypeCode()
  awardType?: string;

  @IsOptional()
  @IsRecordYear()
  year?: number;

  @IsOptional()
  @IsIn(AWARD_BASES)
  basis?: AwardBasis;

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

  @IsOptionalUuid()
  issuerId?: string | null;
}
