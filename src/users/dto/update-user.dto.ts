import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { Normalized } from '../../common/validation/trim.js';
import { type Role, ROLES } from '../../kernel/index.js';
import { IsOptionalEmail } from '../../common/validation/email.js';

export class UpdateUserDto {
  @IsOptional()
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  password?: string;

  @IsOptional()
  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName?: string;

  /** Where notifications are mailed (when the service has an SMTP server); null or empty: none. */
  @IsOptionalEmail()
  email?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  unitIds?: string[];

  /** The issuers whose decisions the user numbers and issues (with the role `clerk`). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  issuerIds?: string[];

  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @IsOptional()
  @IsIn(['vi', 'en'])
  locale?: 'vi' | 'en';

  /** Ask for a new password at the next request: the user may use only their own account page until they choose one. */
  @IsOptional()
  @IsBoolean()
  mustChangePassword?: boolean;
}
