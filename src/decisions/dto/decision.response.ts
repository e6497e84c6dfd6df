import { ApiProperty } from '@nestjs/swagger';
import { ApiDate, ApiEnum, ApiId, ApiList, ApiNullable, ApiTimestamp } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import { LINE_VERDICTS, type LineVerdict } from '../decision-line.entity.js';
import {
  DECISION_KINDS,
  DECISION_STATES,
  type DecisionKind,
  type DecisionState,
  LINE_ORDERS,
  type LineOrder,
  SIGNER_PREFIXES,
  type SignerPrefix,
} from '../decision.entity.js';
import type { AddedLines } from '../drafting.service.js';
import type { DecisionDetail, DecisionLineView, DecisionSummary } from '../drafting.views.js';

export class DecisionLineResponse {
  @ApiId()
  id!: string;

  @ApiId({ nullable: true })
  staffId!: string | null;

  @ApiId({ nullable: true })
  unitId!: string | null;

  @ApiProperty({ example: 'Nguyễn Thị Minh Khai', description: 'The name when the line was added (snapshot)' })
  fullName!: string;

  @ApiNullable(String, { example: 'Phó Trưởng phòng' })
  position!: string | null;

  @ApiNullable(String, { example: 'Phòng Tổ chức cán bộ' })
  unitName!: string | null;

  @ApiProperty({ description: 'Leaders first: 1 Giám đốc … 4 Phó Trưởng phòng, 99 staff' })
  rank!: number;

  @ApiNullable(Number, { example: 0.3 })
  coefficient!: number | null;

  @ApiNullable(Number, { example: 710000, description: 'VND; 0 with amountNote when a higher title of the period is paid' })
  amount!: number | null;

  @ApiNullable(String, { description: 'Why the amount is 0 (ND 152/2025 Art. 49(5))' })
  amountNote!: string | null;

  @ApiEnum(LINE_VERDICTS)
  verdict!: LineVerdict;

  @ApiList(() => String, { description: 'The criteria not met or to confirm, in Vietnamese, when the line was added' })
  verdictReasons!: string[];

  @ApiNullable(String, { description: 'The reason the signer reads for a line that did not qualify' })
  overrideReason!: string | null;

  @ApiId({ nullable: true })
  originalLineId!: string | null;

  @ApiId({ nullable: true })
  awardRecordId!: string | null;

  @ApiId({ nullable: true, description: 'The nomination the line came from (added with `nominationIds`)' })
  nominationId!: string | null;
}

export class SignerResponse {
  @ApiProperty({ enum: SIGNER_PREFIXES, nullable: true })
  prefix!: SignerPrefix | null;

  @ApiProperty({ example: 'PHÓ GIÁM ĐỐC' })
  title!: string;

  @ApiProperty({ example: 'Nguyễn Văn A' })
  name!: string;
}

export class DecisionTotalsResponse {
  @ApiProperty()
  lineCount!: number;

  @ApiNullable(Number, { example: 2340000, description: 'The base salary in force on the planned (or actual) signing date' })
  baseSalary!: number | null;

  @ApiNullable(Number, { example: 17750000 })
  totalAmount!: number | null;

  @ApiNullable(String, { example: 'Mười bảy triệu bảy trăm năm mươi nghìn đồng' })
  amountInWords!: string | null;
}

export class DecisionResponse {
  @ApiId()
  id!: string;

  @ApiEnum(DECISION_KINDS)
  kind!: DecisionKind;

  @ApiEnum(DECISION_STATES)
  state!: DecisionState;

  @ApiProperty({ description: 'Send it back with a PATCH; a stale one is a 409' })
  version!: number;

  @ApiId()
  issuerId!: string;

  @ApiProperty()
  issuerName!: string;

  @ApiProperty({ example: 'SVHTTDL' })
  issuerSymbol!: string;

  @ApiProperty({ example: 'LDTT' })
  awardType!: string;

  @ApiProperty({ example: 'Lao động tiên tiến' })
  awardName!: string;

  @ApiProperty({ example: 'title' })
  awardKind!: string;

  @ApiProperty({ example: 2025 })
  year!: number;

  @ApiProperty({ example: 'individual' })
  subject!: string;

  @ApiProperty({ example: 'regular' })
  basis!: string;

  @ApiDate({ nullable: true })
  plannedSignOn!: string | null;

  @ApiProperty({ type: () => SignerResponse })
  signer!: SignerResponse;

  @ApiProperty({ example: 'Về việc tặng danh hiệu “Lao động tiên tiến” năm 2025' })
  abstract!: string;

  @ApiNullable(String, { description: 'After "Theo đề nghị của"' })
  proposal!: string | null;

  @ApiList(() => String, { description: 'Each as written after "Căn cứ", without the closing ";"' })
  bases!: string[];

  @ApiList(() => String, { description: 'Nơi nhận without "- " and the closing punctuation' })
  recipients!: string[];

  @ApiNullable(String)
  fundingSource!: string | null;

  @ApiEnum(LINE_ORDERS)
  lineOrder!: LineOrder;

  @ApiId({ nullable: true })
  originalId!: string | null;

  @ApiNullable(String)
  reason!: string | null;

  @ApiNullable(String, { example: '07/QĐ-SVHTTDL' })
  number!: string | null;

  @ApiDate({ nullable: true })
  signedOn!: string | null;

  @ApiProperty({ type: () => DecisionTotalsResponse })
  totals!: DecisionTotalsResponse;

  @ApiList(() => DecisionLineResponse, { description: 'In the decision’s line order' })
  lines!: DecisionLineResponse[];
}

export class DecisionSummaryResponse {
  @ApiId()
  id!: string;

  @ApiEnum(DECISION_KINDS)
  kind!: DecisionKind;

  @ApiEnum(DECISION_STATES)
  state!: DecisionState;

  @ApiProperty()
  version!: number;

  @ApiId()
  issuerId!: string;

  @ApiProperty()
  issuerName!: string;

  @ApiProperty()
  awardType!: string;

  @ApiProperty()
  awardName!: string;

  @ApiProperty()
  year!: number;

  @ApiProperty()
  subject!: string;

  @ApiNullable(String, { example: '07/QĐ-SVHTTDL' })
  number!: string | null;

  @ApiDate({ nullable: true })
  plannedSignOn!: string | null;

  @ApiDate({ nullable: true })
  signedOn!: string | null;

  @ApiProperty()
  lineCount!: number;

  @ApiNullable(Number)
  totalAmount!: number | null;

  @ApiTimestamp()
  createdAt!: string;
}

export class DecisionPageResponse {
  @ApiList(() => DecisionSummaryResponse)
  items!: DecisionSummaryResponse[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;
}

export class AddedLinesResponse {
  @ApiProperty({ description: 'Lines written' })
  added!: number;

  @ApiProperty({ description: 'Eligible people left out: already in the decision, or holding the award for the year' })
  skipped!: number;

  @ApiProperty({ type: () => DecisionResponse })
  decision!: DecisionResponse;
}

export type DecisionResponseAgrees = Agrees<SameShape<DecisionResponse, DecisionDetail>>;
export type DecisionLineResponseAgrees = Agrees<SameShape<DecisionLineResponse, DecisionLineView>>;
export type DecisionSummaryResponseAgrees = Agrees<SameShape<DecisionSummaryResponse, DecisionSummary>>;
export type AddedLinesResponseAgrees = Agrees<SameShape<AddedLinesResponse, AddedLines>>;
