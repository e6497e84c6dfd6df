import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsDateOnly } from '../../common/validation/is-date-only.js';
import { MAX_WORKING_DAYS } from '../../law/index.js';

/** More than a round's list: a posting of more is not one a secretary chose. */
export const MAX_POSTED_NOMINATIONS = 2_000;

const lowerCaseId = (id: unknown): unknown => (typeof id === 'string' ? id.toLowerCase() : id);

/** A public posting of passed nominations from `startsOn`, for `workingDays` (default: the minimum their awards require). */
export class CreatePostingDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: MAX_POSTED_NOMINATIONS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_POSTED_NOMINATIONS)
  @ArrayUnique(lowerCaseId)
  @IsUUID('all', { each: true })
  nominationIds!: string[];

  /** The first day of the posting (day 1 when it is a working day). */
  @ApiProperty({ example: '2026-02-11' })
  @IsDateOnly()
  startsOn!: string;

  /** Working days; at least the minimum of the list's awards (10 for State-level awards, NĐ 152/2025 Điều 44 khoản 2). */
  @ApiProperty({ required: false, example: 10, minimum: 1, maximum: MAX_WORKING_DAYS })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_WORKING_DAYS)
  workingDays?: number;
}
