import { IsIn, IsOptional } from 'class-validator';
import { IsDateOnly } from '../../common/validation/is-date-only.js';
import { NormalizedOptional } from '../../common/validation/trim.js';
import type { DisciplineLevel } from '../../eligibility/index.js';
import { DISCIPLINE_LEVELS } from '../discipline.entity.js';

export class CreateDisciplineDto {
  @IsIn(DISCIPLINE_LEVELS)
  level!: DisciplineLevel;

  @IsDateOnly()
  from!: string;

  /** Omitted while the measure is still running. */
  @NormalizedOptional()
  @IsOptional()
  @IsDateOnly()
  to?: string | null;
}
