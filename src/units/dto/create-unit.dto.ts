import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsRecordCode } from '../../common/validation/fields.js';
import { Normalized } from '../../common/validation/trim.js';

export class CreateUnitDto {
  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;

  @IsRecordCode()
  code!: string;

  @IsOptional()
  @IsUUID()
  parentId?: string;
}
