import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { normalizeText } from '../../common/text/vietnamese.js';
import { IsAwardTypeCode, IsOptionalDate, IsRecordYear } from '../../common/validation/fields.js';
import { Normalized, NormalizedOptional } from '../../common/validation/trim.js';
import { AWARD_BASES, AWARD_SUBJECTS, type AwardBasis, type AwardSubject } from '../../kernel/index.js';
import { LINE_ORDERS, type LineOrder } from '../decision.entity.js';
import { SignerDto } from './signer.dto.js';

export const MAX_BASES = 20;

/** Each text of a list as a single field would be: NFC, whitespace collapsed. */
const NormalizedEach = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((item: unknown) => (typeof item === 'string' ? normalizeText(item) : item)) : value,
  );
export const MAX_RECIPIENTS = 30;

/**
 * A new draft. Everything but the issuer, the award and the year has a default the officer may
 * change: the signer from the issuer, the abstract from the award, the bases from the rulebook in
 * force on the planned signing date and the issuer's record, "Như Điều 3" and "Lưu: VT, VP".
 */
export class CreateDecisionDto {
  @Normalized()
  @IsUUID()
  issuerId!: string;

  @IsAwardTypeCode()
  awardType!: string;

  @Type(() => Number)
  @IsRecordYear()
  year!: number;

  /** Individual or collective; absent: the award's own subject (individual when it goes to both). */
  @NormalizedOptional()
  @IsOptional()
  @IsIn(AWARD_SUBJECTS)
  subject?: AwardSubject;

  @NormalizedOptional()
  @IsOptional()
  @IsIn(AWARD_BASES)
  basis?: AwardBasis;

  /** The money and the bases follow this date until the decision is signed (YYYY-MM-DD). */
  @IsOptionalDate()
  plannedSignOn?: string | null;

  @IsOptional()
  @ValidateNested()
  @Type(() => SignerDto)
  signer?: SignerDto;

  /** Trích yếu: "Về việc tặng danh hiệu “Lao động tiên tiến” năm 2025". */
  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  abstract?: string;

  /** After "Theo đề nghị của", without those words and the full stop. */
  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  proposal?: string | null;

  /** Each basis as written after "Căn cứ", without the closing ";", in order. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_BASES)
  @NormalizedEach()
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(2000, { each: true })
  bases?: string[];

  /** Nơi nhận without the "- " and the closing punctuation; the last is "Lưu: VT, …". */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_RECIPIENTS)
  @NormalizedEach()
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(300, { each: true })
  recipients?: string[];

  /** The source of the money in Điều 2: "Quỹ thi đua, khen thưởng của Sở". */
  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  fundingSource?: string | null;

  @NormalizedOptional()
  @IsOptional()
  @IsIn(LINE_ORDERS)
  lineOrder?: LineOrder;
}
