import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsUUID, ValidateIf, ValidateNested } from 'class-validator';
import { IsRecordYear } from '../../common/validation/fields.js';
import { type Rating, RATINGS, SUBJECT_KINDS, type SubjectKind } from '../../kernel/index.js';

/** The most rows one grid save takes: a large department, well within one statement per kind. */
export const MAX_GRID_ROWS = 2000;

/** One row of the grid: the staff member's or unit's rating of the year, or null to remove it. */
export class GridRatingDto {
  @IsUUID()
  id!: string;

  @ApiProperty({ enum: RATINGS, nullable: true, description: 'null removes the rating of the year' })
  @ValidateIf((row: GridRatingDto) => row.rating !== null)
  @IsIn(RATINGS)
  rating!: Rating | null;
}

/** A unit's ratings of a year, set at once: all or nothing. */
export class PutAppraisalsDto {
  @IsRecordYear()
  year!: number;

  @IsIn(SUBJECT_KINDS)
  subject!: SubjectKind;

  @ApiProperty({ type: [GridRatingDto], maxItems: MAX_GRID_ROWS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_GRID_ROWS)
  @ArrayUnique((row: GridRatingDto) => (typeof row?.id === 'string' ? row.id.toLowerCase() : row?.id))
  @ValidateNested({ each: true })
  @Type(() => GridRatingDto)
  ratings!: GridRatingDto[];
}
