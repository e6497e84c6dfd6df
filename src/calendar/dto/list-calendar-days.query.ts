import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DATE_MAX_YEAR, DATE_MIN_YEAR } from '../../common/validation/is-date-only.js';

export class ListCalendarDaysQuery {
  /** One year's days; unset: every year. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(DATE_MIN_YEAR)
  @Max(DATE_MAX_YEAR)
  year?: number;
}
