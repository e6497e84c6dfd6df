import { ApiProperty } from '@nestjs/swagger';
import { ApiDate, ApiEnum, ApiId, ApiNullable, ApiTimestamp } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import { DECISION_KINDS, type DecisionKind } from '../decision.entity.js';
import type { IssuedDecisionView } from '../issuing.service.js';

export class IssuedDecisionResponse {
  @ApiId()
  id!: string;

  @ApiEnum(DECISION_KINDS)
  kind!: DecisionKind;

  @ApiEnum(['issued'])
  state!: 'issued';

  @ApiProperty({ description: 'Bumped by every change; an issued decision changes no more' })
  version!: number;

  @ApiId()
  issuerId!: string;

  @ApiProperty({ example: 'LDTT' })
  awardType!: string;

  @ApiProperty({ example: 2025 })
  year!: number;

  @ApiProperty({ example: '07/QĐ-SVHTTDL', description: 'As the decision prints it: two digits at least, then the symbol' })
  number!: string;

  @ApiProperty({ example: 7, description: "The number in the issuer's register of numberYear" })
  numberValue!: number;

  @ApiProperty({ example: 2026, description: 'The calendar year of the signing date: numbers run from 01 each year' })
  numberYear!: number;

  @ApiProperty({ example: 'QĐ-SVHTTDL' })
  symbol!: string;

  @ApiDate()
  signedOn!: string;

  @ApiTimestamp()
  issuedAt!: Date;

  @ApiId()
  issuedBy!: string;

  @ApiNullable(Number, { description: 'The base salary in force on the signing date (VND per month)' })
  baseSalary!: number | null;

  @ApiNullable(Number, { description: 'The money of every line, VND' })
  totalAmount!: number | null;

  @ApiProperty()
  lineCount!: number;

  @ApiProperty({ description: 'Award records written, one per line (none for a revocation or a correction)' })
  awardRecordCount!: number;
}

export type IssuedDecisionResponseAgrees = Agrees<SameShape<IssuedDecisionResponse, IssuedDecisionView>>;
