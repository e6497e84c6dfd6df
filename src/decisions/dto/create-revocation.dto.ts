import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsOptionalDate } from '../../common/validation/fields.js';
import { IsDateOnly } from '../../common/validation/is-date-only.js';
import { Normalized, NormalizedOptional } from '../../common/validation/trim.js';
import { SignerDto } from './signer.dto.js';

/** Lines one revocation or correction may name: a decision's list is at most this long. */
export const MAX_CONCERNED_LINES = 5_000;

/** What a revocation or a correction draft says besides its lines. */
export class LaterDecisionDto {
  /** Why (Law 2022 Chapter VII: a false dossier, a wrongful appraisal…); printed and written on the revoked records. */
  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason!: string;

  /** The issuer of the revocation or correction (usually the original's). */
  @IsUUID()
  issuerId!: string;

  /** The planned signing date; the issuer must be in force on it. */
  @IsOptionalDate()
  signedOn?: string | null;

  @ApiProperty({ type: SignerDto })
  @ValidateNested()
  @Type(() => SignerDto)
  signer!: SignerDto;

  /** The trích yếu; by default "Về việc thu hồi (một phần) Quyết định số … về việc …". */
  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  abstract?: string | null;

  /** "Theo đề nghị của …" without the leading words. */
  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  proposal?: string | null;
}

/** A revocation draft: the lines of the issued original it revokes, all of them when `lineIds` is absent. */
export class CreateRevocationDto extends LaterDecisionDto {
  @ApiProperty({ type: [String], format: 'uuid', required: false, maxItems: MAX_CONCERNED_LINES })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CONCERNED_LINES)
  @ArrayUnique((id: unknown) => (typeof id === 'string' ? id.toLowerCase() : id))
  @IsUUID(undefined, { each: true })
  lineIds?: string[];
}

/** One corrected line: the original line and the values that replace its snapshot (the others stay). */
export class CorrectedLineDto {
  @IsUUID()
  lineId!: string;

  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  fullName?: string;

  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  position?: string;

  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  unitName?: string;
}

/** A correction draft (a misspelt name, a wrong position): new snapshots referencing the original lines. */
export class CreateCorrectionDto extends LaterDecisionDto {
  @ApiProperty({ type: [CorrectedLineDto], maxItems: MAX_CONCERNED_LINES })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CONCERNED_LINES)
  @ArrayUnique((line: CorrectedLineDto) => (typeof line?.lineId === 'string' ? line.lineId.toLowerCase() : line?.lineId))
  @ValidateNested({ each: true })
  @Type(() => CorrectedLineDto)
  lines!: CorrectedLineDto[];
}

/** The money and the certificate of a revoked line recovered (Law 2022 Chapter VII), recorded after the fact. */
export class CreateRecoveryDto {
  @IsDateOnly()
  recoveredOn!: string;

  /** The reward money was paid back. */
  @IsBoolean()
  moneyRecovered!: boolean;

  /** The certificate (and frame, badge) was handed back. */
  @IsBoolean()
  certificateRecovered!: boolean;

  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}
