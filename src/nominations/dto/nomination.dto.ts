import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsOptionalUuid, IsRecordYear } from '../../common/validation/fields.js';
import { Normalized, NormalizedOptional } from '../../common/validation/trim.js';
import { AWARD_CODES, type AwardCode } from '../../kernel/index.js';

/** More than a province's staff: a request past this is not a list an officer chose. */
export const MAX_NOMINATIONS_PER_REQUEST = 5_000;

/** The transitions the nominations API makes; the council, postings and decisions make theirs through their own features. */
export const HTTP_ACTIONS = ['submit', 'approve', 'return', 'reject', 'withdraw'] as const;
export type HttpAction = (typeof HTTP_ACTIONS)[number];

const lowerCaseId = (id: unknown): unknown => (typeof id === 'string' ? id.toLowerCase() : id);

/** `{"year","awardType","staffId"|"unitId","achievements","proposedByUnitId"?,"campaignId"?}`: a draft. */
export class CreateNominationDto {
  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptionalUuid()
  campaignId?: string | null;

  @ApiProperty({ type: 'integer', example: 2025 })
  @Type(() => Number)
  @IsRecordYear()
  year!: number;

  @ApiProperty({ enum: AWARD_CODES, example: 'LDTT' })
  @IsIn(AWARD_CODES)
  awardType!: AwardCode;

  /** The nominee when a person (an individual award). */
  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptionalUuid()
  staffId?: string | null;

  /** The nominee when a collective (a collective award). */
  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptionalUuid()
  unitId?: string | null;

  /** The achievements (tóm tắt thành tích) the report and the council read. */
  @ApiProperty({ example: 'Hoàn thành xuất sắc nhiệm vụ năm 2025; chủ trì sáng kiến số hoá tài liệu.' })
  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  achievements!: string;

  /** Default: the person's own unit (a collective: itself). Within the proposer's units. */
  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptionalUuid()
  proposedByUnitId?: string | null;
}

/** A change to a draft or a returned nomination, naming the version it was read at (a stale one is a 409). */
export class UpdateNominationDto {
  @ApiProperty({ type: 'integer', example: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ required: false })
  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  achievements?: string;

  @ApiProperty({ required: false, enum: AWARD_CODES })
  @IsOptional()
  @IsIn(AWARD_CODES)
  awardType?: AwardCode;

  @ApiProperty({ required: false, type: 'integer' })
  @IsOptional()
  @Type(() => Number)
  @IsRecordYear()
  year?: number;

  @ApiProperty({ required: false, format: 'uuid', nullable: true })
  @IsOptionalUuid()
  campaignId?: string | null;
}

/** `{"version","reason"?}`: the reason is required to return, reject and withdraw. */
export class TransitionDto {
  @ApiProperty({ type: 'integer', example: 2, description: 'The version read; another current version is a 409' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ required: false, example: 'Bổ sung minh chứng sáng kiến' })
  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2_000)
  reason?: string | null;
}

export class TransitionItemDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;

  @ApiProperty({ type: 'integer', example: 2 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version!: number;
}

/** The review queue's bulk act: one action and one comment for every item, all or nothing. */
export class BulkTransitionsDto {
  @ApiProperty({ enum: HTTP_ACTIONS })
  @IsIn(HTTP_ACTIONS)
  action!: HttpAction;

  @ApiProperty({ required: false })
  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2_000)
  reason?: string | null;

  @ApiProperty({ type: [TransitionItemDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_NOMINATIONS_PER_REQUEST)
  @ArrayUnique((item: TransitionItemDto | undefined) => lowerCaseId(item?.id))
  @ValidateNested({ each: true })
  @Type(() => TransitionItemDto)
  items!: TransitionItemDto[];
}

/**
 * Drafts for many at once: `{"awardType","year","staffIds":[…]}` (all or nothing), or everyone eligible in a unit
 * and its sub-units, `{"awardType","year","unitId","eligibleOnly":true}` (those already nominated or awarded left out).
 */
export class BulkNominationsDto {
  @ApiProperty({ enum: AWARD_CODES, example: 'LDTT' })
  @IsIn(AWARD_CODES)
  awardType!: AwardCode;

  @ApiProperty({ type: 'integer', example: 2025 })
  @Type(() => Number)
  @IsRecordYear()
  year!: number;

  @ApiProperty({ required: false, type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_NOMINATIONS_PER_REQUEST)
  @ArrayUnique(lowerCaseId)
  @IsUUID('all', { each: true })
  staffIds?: string[];

  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptionalUuid()
  unitId?: string | null;

  @ApiProperty({ required: false })
  @IsOptional()
  @IsBoolean()
  eligibleOnly?: boolean;

  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptionalUuid()
  campaignId?: string | null;

  @ApiProperty({ required: false })
  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  achievements?: string | null;
}
