import { ApiProperty } from '@nestjs/swagger';
import { ApiDate, ApiEnum, ApiId, ApiList, ApiNullable, ApiTimestamp } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import { NOMINATION_STATES, type NominationState } from '../../law/index.js';
import type { CopyView } from '../upward.repository.js';
import {
  type DossierDetail,
  type DossierNominationView,
  type DossierSummary,
  type HigherDecisionView,
  NOMINATION_OUTCOMES,
  type NominationOutcome,
  type RecordedOutcome,
  type SignedCopyInfo,
} from '../upward.views.js';

export class DossierSummaryResponse {
  @ApiId()
  id!: string;

  @ApiProperty({ example: 2025, description: 'The year the awards are for' })
  year!: number;

  @ApiProperty({ example: 'Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ', description: '“Kính gửi”' })
  addressee!: string;

  @ApiId({ nullable: true })
  issuerId!: string | null;

  @ApiNullable(String, { description: 'The sending body, whose head signs the submission' })
  issuerName!: string | null;

  @ApiId({ nullable: true, description: 'The nearest unit at or above every proposing unit' })
  unitId!: string | null;

  @ApiNullable(String)
  unitName!: string | null;

  @ApiId()
  createdBy!: string;

  @ApiProperty()
  createdByName!: string;

  @ApiTimestamp()
  createdAt!: string;

  @ApiProperty()
  nominationCount!: number;

  @ApiProperty({ description: 'Nominations the level above has not answered yet' })
  pendingCount!: number;
}

export class DossierPageResponse {
  @ApiList(() => DossierSummaryResponse)
  items!: DossierSummaryResponse[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;
}

export class DossierNominationResponse {
  @ApiId()
  id!: string;

  @ApiProperty({ example: 2025 })
  year!: number;

  @ApiProperty({ example: 'CSTD_TINH' })
  awardType!: string;

  @ApiProperty({ example: 'Chiến sĩ thi đua cấp tỉnh' })
  awardName!: string;

  @ApiId({ nullable: true })
  staffId!: string | null;

  @ApiId({ nullable: true })
  unitId!: string | null;

  @ApiProperty()
  subjectName!: string;

  @ApiId()
  proposedByUnitId!: string;

  @ApiProperty()
  proposedByUnitName!: string;

  @ApiEnum(NOMINATION_STATES)
  state!: NominationState;

  @ApiProperty()
  version!: number;

  @ApiEnum(NOMINATION_OUTCOMES, { description: 'pending: no answer from above yet' })
  outcome!: NominationOutcome;

  @ApiId({ nullable: true })
  higherDecisionId!: string | null;

  @ApiId({ nullable: true, description: 'The award record it wrote into the history, when granted' })
  awardRecordId!: string | null;
}

export class SignedCopyInfoResponse {
  @ApiProperty({ description: 'SHA-256 (hex)' })
  sha256!: string;

  @ApiProperty()
  size!: number;

  @ApiNullable(String)
  fileName!: string | null;

  @ApiTimestamp()
  uploadedAt!: string;
}

export class HigherDecisionResponse {
  @ApiId()
  id!: string;

  @ApiProperty({ example: '1234/QĐ-UBND' })
  number!: string;

  @ApiDate()
  signedOn!: string;

  @ApiId({ nullable: true })
  issuerId!: string | null;

  @ApiProperty({ example: 'Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ' })
  issuerName!: string;

  @ApiTimestamp()
  createdAt!: string;

  @ApiProperty()
  granted!: number;

  @ApiProperty()
  notGranted!: number;

  @ApiProperty({ type: () => SignedCopyInfoResponse, nullable: true })
  signedCopy!: SignedCopyInfoResponse | null;
}

export class DossierPartLinksResponse {
  @ApiProperty({ enum: ['submission', 'list', 'reports'] })
  part!: 'submission' | 'list' | 'reports';

  @ApiProperty()
  html!: string;

  @ApiProperty()
  docx!: string;

  @ApiProperty()
  pdf!: string;
}

export class DossierLinksResponse {
  @ApiProperty({ description: 'The whole dossier as one ZIP (`?pdf=true` adds PDF copies)' })
  zip!: string;

  @ApiList(() => DossierPartLinksResponse)
  parts!: DossierPartLinksResponse[];
}

export class DossierResponse extends DossierSummaryResponse {
  @ApiList(() => DossierNominationResponse)
  nominations!: DossierNominationResponse[];

  @ApiList(() => HigherDecisionResponse, { description: 'The decisions recorded from above, oldest first' })
  decisions!: HigherDecisionResponse[];

  @ApiProperty({ type: () => DossierLinksResponse })
  documents!: DossierLinksResponse;
}

export class RecordedOutcomeResponse {
  @ApiProperty({ type: () => HigherDecisionResponse })
  decision!: HigherDecisionResponse;

  @ApiList(() => String, { description: 'The nominations granted: now `decided`, their awards in the history' })
  granted!: string[];

  @ApiList(() => String, { description: 'The nominations not granted: now `withdrawn`, the decision as the reason' })
  notGranted!: string[];

  @ApiList(() => String)
  awardRecordIds!: string[];
}

export class HigherDecisionCopyResponse {
  @ApiId()
  id!: string;

  @ApiId()
  higherDecisionId!: string;

  @ApiProperty()
  sha256!: string;

  @ApiProperty()
  size!: number;

  @ApiNullable(String)
  fileName!: string | null;

  @ApiProperty({ type: Date })
  uploadedAt!: Date;
}

export type DossierSummaryResponseAgrees = Agrees<SameShape<DossierSummaryResponse, DossierSummary>>;
export type DossierResponseAgrees = Agrees<SameShape<DossierResponse, DossierDetail>>;
export type DossierNominationResponseAgrees = Agrees<SameShape<DossierNominationResponse, DossierNominationView>>;
export type HigherDecisionResponseAgrees = Agrees<SameShape<HigherDecisionResponse, HigherDecisionView>>;
export type SignedCopyInfoResponseAgrees = Agrees<SameShape<SignedCopyInfoResponse, SignedCopyInfo>>;
export type RecordedOutcomeResponseAgrees = Agrees<SameShape<RecordedOutcomeResponse, RecordedOutcome>>;
export type HigherDecisionCopyResponseAgrees = Agrees<SameShape<HigherDecisionCopyResponse, CopyView>>;
