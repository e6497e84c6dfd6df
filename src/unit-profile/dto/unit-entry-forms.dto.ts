import { Transform, Type } from 'class-transformer';
import { IsIn } from 'class-validator';
import { IsRecordYear } from '../../common/validation/fields.js';
import { CreateAwardDto } from '../../history/index.js';
import { type AwardBasis, type Rating, RATINGS } from '../../kernel/index.js';

/*
 * The unit page's entry forms as the API's DTOs, adapted to what an HTML form sends: numbers as
 * text, an option left unchosen as ''. The API itself keeps taking JSON numbers.
 */

const EmptyAsAbsent = (): PropertyDecorator => Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value));

/** A collective award: the unit comes from the path. */
export class UnitAwardForm extends CreateAwardDto {
  @Type(() => Number)
  declare year: number;

  @EmptyAsAbsent()
  declare basis?: AwardBasis;
}

/** The collective rating of one year (the API takes the year from the path). */
export class UnitAppraisalForm {
  @Type(() => Number)
  @IsRecordYear()
  year!: number;

  @IsIn(RATINGS)
  rating!: Rating;
}
