import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { IsAwardTypeCode, IsOptionalUuid, IsRecordYear } from '../../common/validation/fields.js';
import { type Rating, RATINGS, roundYearOn, SUBJECT_KINDS, type SubjectKind } from '../../kernel/index.js';

/** The grid's filter: which unit (and its sub-units or not), which year, individuals or collectives. */
export class GridPageQuery {
  @IsOptionalUuid()
  unitId?: string;

  @Type(() => Number)
  @IsRecordYear()
  year: number = roundYearOn(new Date());

  @IsIn(SUBJECT_KINDS)
  subject: SubjectKind = 'staff';

  @IsOptional()
  @IsIn(['1'])
  subUnits?: '1';

  /** Pre-selects this rating for everyone not rated yet (the grid page; saved only with the grid). */
  @IsOptional()
  @IsIn(RATINGS)
  fill?: Rating;

  /** After a save: "created-updated-removed". */
  @IsOptional()
  @Matches(/^\d{1,4}-\d{1,4}-\d{1,4}$/u)
  saved?: string;
}

/** The decision page's filter: the grid's, plus the award whose holders are marked and "select all". */
export class DecisionPageQuery extends GridPageQuery {
  @IsOptional()
  @IsAwardTypeCode()
  awardType?: string;

  @IsOptional()
  @IsIn(['1'])
  all?: '1';

  /** After recording: how many, under which number. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  recorded?: number;

  @IsOptional()
  @IsString()
  @MaxLength(50)
  number?: string;
}
