import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsOptionalDate, IsOptionalUuid } from '../../common/validation/fields.js';
import { Normalized, NormalizedOptional } from '../../common/validation/trim.js';
import { NUMBERING_MODES, type NumberingMode } from '../issuer.entity.js';

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

  /** First day the body issues decisions (YYYY-MM-DD); unset or null: not recorded. */
  @IsOptionalDate()
  validFrom?: string | null;

  /** Last day the body issues decisions, e.g. 2025-06-30 for a province merged on 1/7/2025; unset or null: in force. */
  @IsOptionalDate()
  validTo?: string | null;

  /** The issuer that takes over its decisions after `validTo`. */
  @IsOptionalUuid()
  successorId?: string | null;

  /** 'system' (default): numbers from the register kept here; 'manual': typed from the issuer's own register. */
  @NormalizedOptional()
  @IsOptional()
  @IsIn(NUMBERING_MODES)
  numberingMode?: NumberingMode;

  /** The authority line over the bases ("GIÁM ĐỐC SỞ …"); empty or null: none recorded. */
  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  authorityTitle?: string | null;

  /** The province's regulation on emulation, as cited after "Căn cứ"; empty or null: none. */
  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  regulationBasis?: string | null;

  /** The issuer's founding decision, as cited after "Căn cứ"; empty or null: none. */
  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  foundingBasis?: string | null;

  /** The body's code in the electronic document exchange (edXML), digits, upper-case letters and dots. */
  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z0-9.]{1,50}$/u, { message: 'organisationId must be 1–50 upper-case letters, digits or dots' })
  organisationId?: string | null;
}
