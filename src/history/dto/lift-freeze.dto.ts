import { IsDateOnly } from '../../common/validation/is-date-only.js';

/** Lifts a freeze: the last day it applied. */
export class LiftFreezeDto {
  @IsDateOnly()
  to!: string;
}
