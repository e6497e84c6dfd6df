import { ApiProperty } from '@nestjs/swagger';
import { ApiDate, ApiEnum, ApiId, ApiList, ApiNullable, ApiTimestamp } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import { SIGNER_PREFIXES, type SignerPrefix } from '../decision.entity.js';
import type { DecisionReference, LineCorrection, RecoveryView } from '../line-fates.js';
import type { LaterDecisionView, LaterLineView, RecoveryCreatedView } from '../revocations.service.js';
import type { SignedCopyView } from '../signed-copies.service.js';

export class LaterSignerResponse {
  @ApiEnum(SIGNER_PREFIXES, { nullable: true })
  prefix!: SignerPrefix | null;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  name!: string;
}

export class LaterLineResponse {
  @ApiId()
  id!: string;

  @ApiId({ description: 'The line of the original decision this line revokes or corrects' })
  originalLineId!: string;

  @ApiId({ nullable: true })
  staffId!: string | null;

  @ApiId({ nullable: true })
  unitId!: string | null;

  @ApiProperty()
  fullName!: string;

  @ApiNullable(String)
  position!: string | null;

  @ApiNullable(String)
  unitName!: string | null;

  @ApiNullable(Number, { description: 'Whole VND the original line paid: what a revocation asks back' })
  amount!: number | null;
}

/** A revocation or correction draft: numbered and issued as any decision (POST /api/decisions/:id/issue). */
export class LaterDecisionResponse {
  @ApiId()
  id!: string;

  @ApiEnum(['revocation', 'correction'])
  kind!: 'revocation' | 'correction';

  @ApiEnum(['draft'])
  state!: 'draft';

  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiId({ description: 'The issued award decision revoked or corrected' })
  originalId!: string;

  @ApiId()
  issuerId!: string;

  @ApiProperty({ example: 'LDTT' })
  awardType!: string;

  @ApiProperty({ type: 'integer' })
  year!: number;

  @ApiDate({ nullable: true })
  plannedSignOn!: string | null;

  @ApiProperty({ type: LaterSignerResponse })
  signer!: LaterSignerResponse;

  @ApiProperty()
  abstract!: string;

  @ApiNullable(String)
  proposal!: string | null;

  @ApiProperty()
  reason!: string;

  @ApiList(() => LaterLineResponse)
  lines!: LaterLineResponse[];
}

export class SignedCopyResponse {
  @ApiId()
  id!: string;

  @ApiId()
  decisionId!: string;

  @ApiProperty({ description: 'SHA-256 of the bytes, hex' })
  sha256!: string;

  @ApiProperty({ type: 'integer', description: 'Bytes' })
  size!: number;

  @ApiNullable(String)
  fileName!: string | null;

  @ApiTimestamp()
  uploadedAt!: Date;
}

export class RecoveryResponse {
  @ApiId()
  id!: string;

  @ApiDate()
  recoveredOn!: string;

  @ApiProperty()
  moneyRecovered!: boolean;

  @ApiProperty()
  certificateRecovered!: boolean;

  @ApiNullable(String)
  note!: string | null;

  @ApiTimestamp()
  createdAt!: Date;
}

export class RecoveryCreatedResponse extends RecoveryResponse {
  @ApiId()
  lineId!: string;
}

export class DecisionReferenceResponse {
  @ApiId()
  id!: string;

  @ApiProperty({ example: '03/QĐ-SVHTTDL' })
  number!: string;

  @ApiDate()
  signedOn!: string;
}

export class LineCorrectionResponse extends DecisionReferenceResponse {
  @ApiProperty()
  fullName!: string;

  @ApiNullable(String)
  position!: string | null;

  @ApiNullable(String)
  unitName!: string | null;
}

/** What became of one line of an issued decision; lines nothing happened to are not listed. */
export class LineFateResponse {
  @ApiId()
  lineId!: string;

  @ApiProperty({ description: 'The name as the original prints it' })
  fullName!: string;

  @ApiProperty({ type: DecisionReferenceResponse, nullable: true })
  revokedBy!: DecisionReferenceResponse | null;

  @ApiList(() => LineCorrectionResponse)
  correctedBy!: LineCorrectionResponse[];

  @ApiList(() => RecoveryResponse)
  recoveries!: RecoveryResponse[];

  @ApiList(() => String, { description: 'The same in words, in the answer’s language ("Đã thu hồi tại Quyết định số …")' })
  notes!: string[];
}

export type LaterDecisionResponseAgrees = Agrees<SameShape<LaterDecisionResponse, LaterDecisionView>>;
export type LaterLineResponseAgrees = Agrees<SameShape<LaterLineResponse, LaterLineView>>;
export type SignedCopyResponseAgrees = Agrees<SameShape<SignedCopyResponse, SignedCopyView>>;
export type RecoveryResponseAgrees = Agrees<SameShape<RecoveryResponse, RecoveryView>>;
export type RecoveryCreatedResponseAgrees = Agrees<SameShape<RecoveryCreatedResponse, RecoveryCreatedView>>;
export type DecisionReferenceResponseAgrees = Agrees<SameShape<DecisionReferenceResponse, DecisionReference>>;
export type LineCorrectionResponseAgrees = Agrees<SameShape<LineCorrectionResponse, LineCorrection>>;
