import { Transform, Type } from 'class-transformer';
import { IsIn } from 'class-validator';
import { IsRecordYear } from '../../common/validation/fields.js';
import { CreateAwardDto, CreateInitiativeDto, EditAwardDto, EditInitiativeDto, RemoveRecordDto } from '../../history/index.js';
import { type AwardBasis, type InitiativeKind, type Rating, RATINGS } from '../../kernel/index.js';

/*
 * The profile page's entry forms as the API's DTOs, adapted to what an HTML form sends: numbers as
 * text, an option left unchosen as ''. The API itself keeps taking JSON numbers.
 */

/** An option left unchosen means "not given", as the API's absent field (the service then applies its default). */
const EmptyAsAbsent = (): PropertyDecorator => Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value));

export class AwardEntryForm extends CreateAwardDto {
  @Type(() => Number)
  declare year: number;

  @EmptyAsAbsent()
  declare basis?: AwardBasis;
}

/** The rating of one year (the API takes the year from the path). */
export class AppraisalEntryForm {
  @Type(() => Number)
  @IsRecordYear()
  year!: number;

  @IsIn(RATINGS)
  rating!: Rating;
}

export class InitiativeEntryForm extends CreateInitiativeDto {
  @Type(() => Number)
  declare year: number;

  @EmptyAsAbsent()
  declare kind?: InitiativeKind;
}

/* The correction page's forms (edit or remove one record), as the API's DTOs adapted to an HTML form. */

export class InitiativeCorrectionForm extends EditInitiativeDto {
  @Type(() => Number)
  declare year?: number;
}

export class AwardCorrectionForm extends EditAwardDto {
  @Type(() => Number)
  declare year?: number;

  @EmptyAsAbsent()
  declare basis?: AwardBasis;
}

/** A removal is confirmed by a ticked box, so a stray click removes nothing. */
export class RemovalForm extends RemoveRecordDto {
  @IsIn(['1'])
  confirm!: string;
}
