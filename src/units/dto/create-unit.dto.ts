import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { normalizeText } from '../../common/text/vietnamese.js';

const normalized = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? normalizeText(value) : value);

export class CreateUnitDto {
  @Transform(normalized)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;

  @Transform(normalized)
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,50}$/u, { message: 'code must be 1–50 unaccented letters, digits, dots, dashes or underscores' })
  code!: string;

  @IsOptional()
  @IsUUID()
  parentId?: string;
}
