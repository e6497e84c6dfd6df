import { ApiProperty } from '@nestjs/swagger';
import { ApiEnum, ApiEnumList, ApiId, ApiNullable } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import { type Locale, LOCALES, type Role, ROLES } from '../../kernel/index.js';
import type { AccountPolicy } from '../account.service.js';
import type { TwoFactorSecret, TwoFactorStatus } from '../two-factor/two-factor.service.js';

/* Shapes the auth controller writes itself: the class is the handler's return type. */

export class SignedInUserResponse {
  @ApiId()
  id!: string;

  @ApiProperty()
  username!: string;

  @ApiEnumList(ROLES)
  roles!: Role[];
}

export class LoginResponse {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`; signing out ends it' })
  accessToken!: string;

  @ApiProperty()
  user!: SignedInUserResponse;
}

export class MeResponse extends SignedInUserResponse {
  @ApiProperty()
  fullName!: string;

  @ApiEnum(LOCALES)
  locale!: Locale;

  @ApiProperty({ description: 'An admin asked for a new password: until `POST /api/auth/password`, other routes answer 403' })
  mustChangePassword!: boolean;

  @ApiProperty()
  twoFactorOn!: boolean;

  @ApiProperty({ description: 'The policy asks this account (an admin) for a second factor; without one, other routes answer 403' })
  twoFactorRequired!: boolean;
}

export class OwnEmailResponse {
  @ApiNullable(String, { description: 'Where notifications are mailed; null: in the inbox only', example: 'nhansu@example.gov.vn' })
  email!: string | null;
}

export class PasswordChangedResponse {
  @ApiProperty({ description: 'Every other session has ended: use this token from now on' })
  accessToken!: string;
}

export class TwoFactorStatusResponse {
  @ApiProperty()
  enabled!: boolean;

  @ApiProperty({ description: 'A secret was shown by `setup` and waits for its first code (`enable`)' })
  pending!: boolean;

  @ApiProperty({ description: 'Recovery codes not used yet' })
  recoveryCodesLeft!: number;
}

export class TwoFactorSecretResponse {
  @ApiProperty({ description: 'Base32 (RFC 4648), for the app\'s "enter a setup key"', example: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' })
  secret!: string;

  @ApiProperty({ description: 'The same as a Key URI (RFC 6238 TOTP, SHA-1, 6 digits, 30 s)', example: 'otpauth://totp/…' })
  otpauthUri!: string;
}

export class RecoveryCodesResponse {
  @ApiProperty({ type: [String], description: 'Shown this once; each signs in once instead of an app code', example: ['7k2m-9qrt-…'] })
  recoveryCodes!: string[];
}

export class AccountPolicyResponse {
  @ApiProperty()
  adminsNeedTwoFactor!: boolean;
}

export type TwoFactorStatusResponseAgrees = Agrees<SameShape<TwoFactorStatusResponse, TwoFactorStatus>>;
export type TwoFactorSecretResponseAgrees = Agrees<SameShape<TwoFactorSecretResponse, TwoFactorSecret>>;
export type AccountPolicyResponseAgrees = Agrees<SameShape<AccountPolicyResponse, AccountPolicy>>;
