import { IsIn } from 'class-validator';
import { IsOptionalDate } from '../../common/validation/fields.js';
import { IsDateOnly } from '../../common/validation/is-date-only.js';
import type { DisciplineLevel } from '../../eligibility/index.js';
import { DISCIPLINE_LEVELS } from '../discipline.entity.js';

export class CreateDisciplineDto {
  @IsIn(DISCIPLINE_LEVELS)
  level!: DisciplineLevel;

  @IsDateOnly()
  from!: string;

  /** Omitted while the measure is still running. */
  @IsOptionalDate()
  to?: string | null;
}
