import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Normalized, NormalizedOptional } from '../../common/validation/trim.js';
import { SIGNER_PREFIXES, type SignerPrefix } from '../decision.entity.js';

/** The signer block: "KT." + "GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC", then the name (ND 30/2020 Phụ lục I). */
export class SignerDto {
  /** KT., TM., TL., TUQ. or Q.; null or absent: the head signs in their own name. */
  @NormalizedOptional()
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
