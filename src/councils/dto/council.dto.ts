import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IsOptionalDate, IsOptionalUuid } from '../../common/validation/fields.js';
import { IsDateOnly } from '../../common/validation/is-date-only.js';
import { Normalized, NormalizedOptional } from '../../common/validation/trim.js';
import { COUNCIL_ROLES, type CouncilRole } from '../councils.types.js';

/** More members than any council has: a list past this is not a council's composition. */
export const MAX_COUNCIL_MEMBERS = 200;

/** A member of the council from a date (default today, in Vietnam). */
export class CouncilMemberDto {
  @ApiProperty({ example: 'Nguyễn Văn Bình' })
  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'Giám đốc Thư viện tỉnh', required: false })
  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  position?: string | null;

  @ApiProperty({ enum: COUNCIL_ROLES })
  @IsIn(COUNCIL_ROLES)
  role!: CouncilRole;

  /** The member's account, when they have one: the recusal finds the proposer through it. */
  @IsOptionalUuid()
  userId?: string | null;

  /** The member's staff record, when they are one of the staff: the recusal finds the nominee through it. */
  @IsOptionalUuid()
  staffId?: string | null;

  /** The first day of membership (the council's founding decision, or the change). */
  @ApiProperty({ example: '2025-01-02', required: false })
  @IsOptionalDate()
  from?: string | null;
}

export class CreateCouncilDto {
  /** The unit whose council it is: its nominations and its sub-units' go before it. */
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  unitId!: string;

  @ApiProperty({ example: 'Hội đồng Thi đua – Khen thưởng Thư viện tỉnh' })
  @Normalized()
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  name!: string;

  /** The symbol of its documents after "BB-" (ND 30/2020 Phụ lục I ô 3); default HĐTĐKT. */
  @ApiProperty({ example: 'HĐTĐKT', required: false })
  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @Matches(/^[^\s/]{1,30}$/u, { message: 'symbol must be 1–30 characters without spaces or "/"' })
  symbol?: string | null;

  /** The place name of the documents' date line (địa danh): "Vĩnh Phúc". */
  @ApiProperty({ example: 'Vĩnh Phúc', required: false })
  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  locality?: string | null;

  @ApiProperty({ type: [CouncilMemberDto] })
  @IsArray()
  @ArrayMaxSize(MAX_COUNCIL_MEMBERS)
  @ValidateNested({ each: true })
  @Type(() => CouncilMemberDto)
  members!: CouncilMemberDto[];
}

/** The last day of a membership (inclusive). */
export class EndCouncilMemberDto {
  @ApiProperty({ example: '2026-06-30' })
  @IsDateOnly()
  to!: string;
}

export class ListCouncilsQuery {
  /** One unit's councils. */
  @IsOptionalUuid()
  unitId?: string | null;
}
