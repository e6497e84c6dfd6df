import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsOptionalUuid } from '../../common/validation/fields.js';
import { IsDateOnly } from '../../common/validation/is-date-only.js';
import { Normalized } from '../../common/validation/trim.js';
import { MAX_DOSSIER_NOMINATIONS } from './create-dossier.dto.js';

/** What the decision from above says of one nomination. */
export class OutcomeLineDto {
  @IsUUID()
  nominationId!: string;

  /** true: awarded (it enters the history); false: not awarded ("cấp trên không khen thưởng"). */
  @IsBoolean()
  granted!: boolean;
}

/**
 * The decision that came back from the level that decides: its number, date and issuer as printed,
 * and its answer for the nominations it covers (a dossier of several awards often comes back as
 * several decisions, one per award: each is recorded on its own).
 */
export class RecordOutcomeDto {
  /** "1234/QĐ-UBND", as printed (award records keep it). */
  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  number!: string;

  @Normalized()
  @IsDateOnly()
  signedOn!: string;

  /** The issuer as the history names it: "Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ". */
  @Normalized()
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  issuer!: string;

  /** The registered issuer, when it is one (its validity on `signedOn` is checked). */
  @IsOptionalUuid()
  issuerId?: string | null;

  @ApiProperty({ type: [OutcomeLineDto], maxItems: MAX_DOSSIER_NOMINATIONS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_DOSSIER_NOMINATIONS)
  @ArrayUnique((line: unknown) => (line as { nominationId?: unknown } | null)?.nominationId)
  @ValidateNested({ each: true })
  @Type(() => OutcomeLineDto)
  lines!: OutcomeLineDto[];
}
