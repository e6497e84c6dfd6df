import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { IsDateOnly } from '../../common/validation/is-date-only.js';
import { Normalized } from '../../common/validation/trim.js';
import { CALENDAR_DAY_KINDS, type CalendarDayKind } from '../calendar.types.js';

/** A day added, or replaced when its date is already in the calendar. */
export class CalendarDayDto {
  @ApiProperty({ example: '2028-01-26' })
  @IsDateOnly()
  date!: string;

  @ApiProperty({ enum: CALENDAR_DAY_KINDS })
  @IsIn(CALENDAR_DAY_KINDS)
  kind!: CalendarDayKind;

  @ApiProperty({ example: 'Tết Nguyên đán' })
  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  /** The announcement (number, date) or the article the day comes from. */
  @ApiProperty({ example: 'Thông báo …/TB-BNV' })
  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  source!: string;

  @ApiProperty()
  @IsBoolean()
  verified!: boolean;
}

export class CalendarDayResponse {
  @ApiProperty({ example: '2026-02-17' })
  date!: string;

  @ApiProperty({ enum: CALENDAR_DAY_KINDS })
  kind!: CalendarDayKind;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  source!: string;

  @ApiProperty()
  verified!: boolean;
}
