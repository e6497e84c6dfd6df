import { ApiProperty } from '@nestjs/swagger';
import { ApiDate, ApiEnum, ApiNullable } from '../../common/openapi/response-fields.js';
import { type Agrees, everyOf, type SameShape } from '../../common/openapi/same-shape.js';
import { AWARD_SUBJECTS, type AwardSubject } from '../../kernel/index.js';
import type { RoundingMode } from '../../law/money/reward-amount.js';
import type { BaseSalaryView, RewardAmountView } from '../rewards.service.js';

/** One row of the dated base salary (mức lương cơ sở) table. */
export class BaseSalaryResponse {
  @ApiDate()
  effectiveFrom!: string;

  @ApiProperty({ type: 'integer', description: 'Whole VND per month', example: 2_340_000 })
  amount!: number;

  @ApiProperty()
  legalBasis!: string;

  @ApiProperty({ description: 'True for a row not yet confirmed against the official text' })
  toConfirm!: boolean;
}

export class RoundingResponse {
  @ApiProperty({ type: 'integer', description: 'In VND; ignored by mode none', example: 10_000 })
  step!: number;

  @ApiEnum(everyOf<RoundingMode>()(['up', 'nearest', 'none']))
  mode!: RoundingMode;

  @ApiProperty()
  verified!: boolean;
}

export class AmountLegalBasisResponse {
  @ApiNullable(String)
  coefficient!: string | null;

  @ApiProperty()
  baseSalary!: string;

  @ApiProperty()
  rounding!: string;
}

/** Coefficient × the base salary in force on the date, rounded as the province rules say. */
export class RewardAmountResponse {
  @ApiProperty({ example: 'LDTT' })
  awardType!: string;

  @ApiProperty()
  awardName!: string;

  @ApiEnum(AWARD_SUBJECTS)
  subject!: AwardSubject;

  @ApiDate()
  date!: string;

  @ApiProperty()
  coefficient!: number;

  @ApiProperty()
  coefficientVerified!: boolean;

  @ApiProperty({ type: 'integer' })
  baseSalary!: number;

  @ApiDate()
  baseSalaryEffectiveFrom!: string;

  @ApiProperty()
  baseSalaryToConfirm!: boolean;

  @ApiProperty({ type: 'integer', description: 'VND' })
  amount!: number;

  @ApiProperty()
  rounding!: RoundingResponse;

  @ApiProperty()
  legalBasis!: AmountLegalBasisResponse;
}

export type BaseSalaryResponseAgrees = Agrees<SameShape<BaseSalaryResponse, BaseSalaryView>>;
export type RewardAmountResponseAgrees = Agrees<SameShape<RewardAmountResponse, RewardAmountView>>;
