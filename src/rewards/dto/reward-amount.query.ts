import { IsIn, IsString, Matches } from 'class-validator';
import { IsDateOnly } from '../../common/validation/is-date-only.js';
import { AWARD_SUBJECTS, AWARD_TYPE_CODE_PATTERN, type AwardSubject } from '../../kernel/index.js';

/** `?awardType=LDTT&subject=individual&date=2025-01-01`: the date is the decision date (ND 152/2025 Art. 49(1)). */
export class RewardAmountQuery {
  @IsString()
  @Matches(AWARD_TYPE_CODE_PATTERN, { message: 'awardType must be an award type code such as LDTT' })
  awardType!: string;

  @IsIn(AWARD_SUBJECTS)
  subject!: AwardSubject;

  @IsDateOnly()
  date!: string;
}
