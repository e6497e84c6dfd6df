import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsDateOnly } from '../../common/validation/is-date-only.js';
import { Normalized } from '../../common/validation/trim.js';

export class IssueDecisionDto {
  /** The day the signer signs (YYYY-MM-DD): the number's year and the money's base salary follow it. */
  @Normalized()
  @IsDateOnly()
  signedOn!: string;

  /** Only for an issuer keeping its own register (numbering mode `manual`): the number typed from it. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(99_999)
  number?: number;
}
