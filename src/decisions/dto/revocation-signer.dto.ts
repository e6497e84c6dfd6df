import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Normalized } from '../../common/validation/trim.js';
import { SIGNER_PREFIXES, type SignerPrefix } from '../decision.entity.js';

/** Who signs the revocation or correction: "KT." + "PHÓ GIÁM ĐỐC" + the name (ND 30/2020 ô 7). */
export class RevocationSignerDto {
  @ApiProperty({ enum: SIGNER_PREFIXES, nullable: true, required: false })
  @IsOptional()
  @IsIn(SIGNER_PREFIXES)
  prefix?: SignerPrefix | null;

  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;
}
