import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Normalized, NormalizedOptional } from '../../common/validation/trim.js';

export class CreateIssuerDto {
  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;

  /** The body above the issuer, printed over its name; empty or null: none. */
  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  parentName?: string | null;

  /** ND 30/2020: the symbol has no spaces; upper case letters (Đ allowed) and digits. */
  @Normalized()
  @IsString()
  @Matches(/^[A-ZĐ0-9]{1,50}$/u, { message: 'symbol must be 1–50 upper-case letters or digits, without spaces' })
  symbol!: string;

  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  place!: string;

  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  signerTitle!: string;

  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  signerName!: string;
}
