import { WarningResponse } from '../../common/openapi/warning.response.js';
import type { WarningView } from '../../common/validation/plausibility.js';
import { ApiProperty } from '@nestjs/swagger';
import { ApiDate, ApiEnum, ApiId, ApiList, ApiNullable, ApiTimestamp } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import {
  AWARD_BASES,
  AWARD_KINDS,
  AWARD_SOURCES,
  type AwardBasis,
  type AwardKind,
  type AwardSource,
  DISCIPLINE_LEVELS,
  type DisciplineLevel,
  INITIATIVE_KINDS,
  INITIATIVE_LEVELS,
  type InitiativeKind,
  type InitiativeLevel,
  type Rating,
  RATINGS,
} from '../../kernel/index.js';
import type {
  AppraisalView,
  AwardRecordView,
  DisciplineView,
  FreezeView,
  InitiativeView,
  StaffHistory,
  UnitHistory,
} from '../history.views.js';

/* The history records as the API answers them (history.views.ts). A record is a staff member's or a unit's. */

/** Fields of a removed record (admins only see removed records). */
class RemovalResponse {
  @ApiTimestamp({ nullable: true, description: 'When the record was removed (soft delete); null while it counts' })
  deletedAt!: Date | null;

  @ApiNullable(String, { description: 'Why the record was removed' })
  deletedReason!: string | null;
}

export class AwardRecordResponse extends RemovalResponse {
  @ApiId()
  id!: string;

  @ApiProperty({ example: 'LDTT' })
  awardType!: string;

  @ApiProperty({ example: 'Lao động tiên tiến' })
  awardName!: string;

  @ApiEnum(AWARD_KINDS, { description: 'title (danh hiệu thi đua) or commendation (hình thức khen thưởng)' })
  kind!: AwardKind;

  @ApiId({ nullable: true })
  staffId!: string | null;

  @ApiId({ nullable: true })
  unitId!: string | null;

  @ApiProperty({ type: 'integer', example: 2024 })
  year!: number;

  @ApiEnum(AWARD_BASES)
  basis!: AwardBasis;

  @ApiNullable(String, { example: '05/QĐ-SVHTTDL' })
  decisionNumber!: string | null;

  @ApiDate({ nullable: true })
  decisionDate!: string | null;

  @ApiId({ nullable: true, description: 'The registered issuer that signed the decision, when known' })
  issuerId!: string | null;

  @ApiNullable(String, { description: 'The issuer as the record names it: the text of the paper, or the registered issuer' })
  issuerName!: string | null;

  @ApiEnum(AWARD_SOURCES)
  source!: AwardSource;

  @ApiProperty({ description: 'Revoked records are kept, never deleted' })
  revoked!: boolean;

  @ApiTimestamp({ nullable: true })
  revokedAt!: Date | null;

  @ApiNullable(String)
  revokedReason!: string | null;

  @ApiTimestamp()
  createdAt!: Date;
}

/** The award just recorded, with what is unlikely about it (saved all the same). */
export class AwardCreatedResponse extends AwardRecordResponse {
  @ApiList(() => WarningResponse, { description: 'Unlikely, saved anyway: e.g. a CSTĐCS without the LĐTT of that year' })
  warnings!: WarningResponse[];
}

export class AppraisalResponse extends RemovalResponse {
  @ApiId()
  id!: string;

  @ApiId({ nullable: true })
  staffId!: string | null;

  @ApiId({ nullable: true })
  unitId!: string | null;

  @ApiProperty({ type: 'integer' })
  year!: number;

  @ApiEnum(RATINGS)
  rating!: Rating;
}

export class InitiativeResponse extends RemovalResponse {
  @ApiId()
  id!: string;

  @ApiId()
  staffId!: string;

  @ApiProperty({ type: 'integer' })
  year!: number;

  @ApiProperty()
  title!: string;

  @ApiEnum(INITIATIVE_LEVELS)
  level!: InitiativeLevel;

  @ApiEnum(INITIATIVE_KINDS)
  kind!: InitiativeKind;
}

export class DisciplineResponse extends RemovalResponse {
  @ApiId()
  id!: string;

  @ApiId()
  staffId!: string;

  @ApiEnum(DISCIPLINE_LEVELS)
  level!: DisciplineLevel;

  @ApiDate()
  from!: string;

  @ApiDate({ nullable: true, description: 'Null while the measure is still running' })
  to!: string | null;
}

export class FreezeResponse extends RemovalResponse {
  @ApiId()
  id!: string;

  @ApiId({ nullable: true })
  staffId!: string | null;

  @ApiId({ nullable: true })
  unitId!: string | null;

  @ApiProperty()
  reason!: string;

  @ApiDate()
  from!: string;

  @ApiDate({ nullable: true })
  to!: string | null;

  @ApiProperty({ description: 'No end date yet, or it ends today or later' })
  active!: boolean;
}

export class StaffSummaryResponse {
  @ApiId()
  id!: string;

  @ApiProperty()
  code!: string;

  @ApiProperty()
  fullName!: string;

  @ApiId()
  unitId!: string;

  @ApiProperty()
  unitName!: string;
}

export class UnitSummaryResponse {
  @ApiId()
  id!: string;

  @ApiProperty()
  code!: string;

  @ApiProperty()
  name!: string;
}

/** Everything recorded about one staff member, titles and commendations apart. */
export class StaffHistoryResponse {
  @ApiProperty()
  staff!: StaffSummaryResponse;

  @ApiList(() => AwardRecordResponse)
  titles!: AwardRecordResponse[];

  @ApiList(() => AwardRecordResponse)
  commendations!: AwardRecordResponse[];

  @ApiList(() => AppraisalResponse)
  appraisals!: AppraisalResponse[];

  @ApiList(() => InitiativeResponse)
  initiatives!: InitiativeResponse[];

  @ApiList(() => DisciplineResponse)
  disciplines!: DisciplineResponse[];

  @ApiList(() => FreezeResponse)
  freezes!: FreezeResponse[];
}

export class UnitHistoryResponse {
  @ApiProperty()
  unit!: UnitSummaryResponse;

  @ApiList(() => AwardRecordResponse)
  titles!: AwardRecordResponse[];

  @ApiList(() => AwardRecordResponse)
  commendations!: AwardRecordResponse[];

  @ApiList(() => AppraisalResponse)
  appraisals!: AppraisalResponse[];

  @ApiList(() => FreezeResponse)
  freezes!: FreezeResponse[];
}

export type AwardCreatedResponseAgrees = Agrees<SameShape<AwardCreatedResponse, AwardRecordView & { warnings: WarningView[] }>>;
export type AwardRecordResponseAgrees = Agrees<SameShape<AwardRecordResponse, AwardRecordView>>;
export type AppraisalResponseAgrees = Agrees<SameShape<AppraisalResponse, AppraisalView>>;
export type InitiativeResponseAgrees = Agrees<SameShape<InitiativeResponse, InitiativeView>>;
export type DisciplineResponseAgrees = Agrees<SameShape<DisciplineResponse, DisciplineView>>;
export type FreezeResponseAgrees = Agrees<SameShape<FreezeResponse, FreezeView>>;
export type StaffHistoryResponseAgrees = Agrees<SameShape<StaffHistoryResponse, StaffHistory>>;
export type UnitHistoryResponseAgrees = Agrees<SameShape<UnitHistoryResponse, UnitHistory>>;
