import { IsBoolean, IsString, MaxLength, MinLength } from 'class-validator';
import { IsOptionalEmail } from '../../common/validation/email.js';

/* What the account's own routes take. Passwords: at least 8 characters, as for users an admin creates. */

export const MIN_PASSWORD = 8;

export class ChangePasswordDto {
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  currentPassword!: string;

  @IsString()
  @MinLength(MIN_PASSWORD)
  @MaxLength(200)
  newPassword!: string;
}

export class ResetPasswordDto {
  /** The last part of the one-time link an admin made. */
  @IsString()
  @MinLength(20)
  @MaxLength(100)
  token!: string;

  @IsString()
  @MinLength(MIN_PASSWORD)
  @MaxLength(200)
  newPassword!: string;
}

export class CurrentPasswordDto {
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  currentPassword!: string;
}

export class TwoFactorCodeDto {
  /** The 6-digit code the authenticator app shows (at sign-in, a recovery code too). */
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  code!: string;
}

export class AccountPolicyDto {
  /** Every admin must use the second factor: one without it may only set it up. */
  @IsBoolean()
  adminsNeedTwoFactor!: boolean;
}

/** One's own e-mail address, where notifications are mailed (when the service has an SMTP server); null or empty removes it. */
export class OwnEmailDto {
  @IsOptionalEmail()
  email?: string | null;
}
