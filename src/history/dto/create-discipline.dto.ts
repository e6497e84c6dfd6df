import { IsIn } from 'class-validator';
import { IsOptionalDate } from '../../common/validation/fields.js';
import { IsDateOnly } from '../../common/validation/is-date-only.js';
import { DISCIPLINE_LEVELS, type DisciplineLevel } from '../../kernel/index.js';

export class CreateDisciplineDto {
  @IsIn(DISCIPLINE_LEVELS)
  level!: DisciplineLevel;

  @IsDateOnly()
  from!: string;

  /** Omitted while the measure is still running. */
  @IsOptionalDate()
  to?: string | null;
}
