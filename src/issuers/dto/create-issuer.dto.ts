import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { normalizeText } from '../../common/text/vietnamese.js';

const normalized = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? normalizeText(value) : value);

export class CreateIssuerDto {
  @Transform(normalized)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;

  @IsOptional()
  @Transform(normalized)
  @IsString()
  @MaxLength(300)
  parentName?: string;

  /** ND 30/2020: the symbol has no spaces; upper case letters (Đ allowed) and digits. */
  @Transform(normalized)
  @IsString()
  @Matches(/^[A-ZĐ0-9]{1,50}$/u, { message: 'symbol must be 1–50 upper-case letters or digits, without spaces' })
  symbol!: string;

  @Transform(normalized)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  place!: string;

  @Transform(normalized)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  signerTitle!: string;

  @Transform(normalized)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  signerName!: string;
}
