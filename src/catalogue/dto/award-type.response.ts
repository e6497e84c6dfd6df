import { ApiProperty } from '@nestjs/swagger';
import { ApiDate, ApiEnum, ApiEnumList, ApiNullable } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import { AWARD_KINDS, AWARD_LEVELS, AWARD_SUBJECTS, type AwardKind, type AwardLevel, type AwardSubject } from '../../kernel/index.js';
import type { AwardTypeView } from '../award-type.view.js';

/** Per subject; a subject the type carries no money for is absent. */
export class CoefficientsResponse {
  @ApiProperty({ required: false, example: 1.5 })
  individual?: number;

  @ApiProperty({ required: false, example: 3 })
  collective?: number;
}

/** Per subject: false where the coefficient is inferred, not read in the decree. */
export class CoefficientsVerifiedResponse {
  @ApiProperty({ required: false })
  individual?: boolean;

  @ApiProperty({ required: false })
  collective?: boolean;
}

/** An emulation title (danh hiệu thi đua) or a commendation (hình thức khen thưởng) of the catalogue. */
export class AwardTypeResponse {
  @ApiProperty({ example: 'LDTT' })
  code!: string;

  @ApiProperty({ example: 'Lao động tiên tiến' })
  name!: string;

  @ApiEnum(AWARD_KINDS)
  kind!: AwardKind;

  @ApiEnumList(AWARD_SUBJECTS)
  subjects!: AwardSubject[];

  @ApiEnum(AWARD_LEVELS)
  level!: AwardLevel;

  @ApiProperty({ description: 'Who decides the award' })
  authority!: string;

  @ApiProperty({ description: 'Money coefficient (× the base salary) per subject' })
  coefficients!: CoefficientsResponse;

  @ApiProperty()
  verified!: CoefficientsVerifiedResponse;

  @ApiNullable(String)
  coefficientNote!: string | null;

  @ApiProperty()
  legalBasis!: string;

  @ApiNullable(String)
  moneyBasis!: string | null;

  @ApiProperty()
  hasCertificate!: boolean;

  @ApiProperty({ description: 'Added by this organisation, not from the law' })
  isLocal!: boolean;

  @ApiProperty({ description: 'Retired types are kept, never deleted' })
  retired!: boolean;

  @ApiDate({ nullable: true })
  retiredOn!: string | null;

  @ApiProperty({ type: 'integer' })
  displayOrder!: number;
}

export type AwardTypeResponseAgrees = Agrees<SameShape<AwardTypeResponse, AwardTypeView>>;
