import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { IsDateOnly } from '../../common/validation/is-date-only.js';
import { MAX_WORKING_DAYS } from '../../law/index.js';

export class WorkingDaysQuery {
  /** The first day of the period (day 1 when it is a working day). */
  @ApiProperty({ example: '2026-02-11' })
  @IsDateOnly()
  from!: string;

  @ApiProperty({ example: 10, minimum: 1, maximum: MAX_WORKING_DAYS })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_WORKING_DAYS)
  days!: number;
}

export class WorkingDaysResponse {
  @ApiProperty({ example: '2026-03-03', description: 'The last working day of the period' })
  endsOn!: string;
}
