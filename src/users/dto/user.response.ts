import { ApiProperty } from '@nestjs/swagger';
import { ApiEnum, ApiEnumList, ApiId, ApiNullable, ApiTimestamp } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import { type Locale, LOCALES, type Role, ROLES } from '../../kernel/index.js';
import type { UserView } from '../users.service.js';

export class UserResponse {
  @ApiId()
  id!: string;

  @ApiProperty({ example: 'nhansu' })
  username!: string;

  @ApiProperty()
  fullName!: string;

  @ApiNullable(String, {
    description: 'Where notifications are mailed (when SMTP is configured); null: in the inbox only',
    example: 'nhansu@example.gov.vn',
  })
  email!: string | null;

  @ApiEnumList(ROLES)
  roles!: Role[];

  @ApiProperty({
    type: 'array',
    items: { type: 'string', format: 'uuid' },
    description: 'The units the user is limited to (and their sub-units); empty: every unit',
  })
  unitIds!: string[];

  @ApiProperty({
    type: 'array',
    items: { type: 'string', format: 'uuid' },
    description: 'The issuers whose decisions the user numbers and issues (role clerk); empty: none',
  })
  issuerIds!: string[];

  @ApiProperty()
  active!: boolean;

  @ApiEnum(LOCALES)
  locale!: Locale;

  @ApiProperty({ description: 'A new password is asked for: until the user chooses one, only their account is open to them' })
  mustChangePassword!: boolean;

  @ApiProperty({ description: 'The user signs in with a second factor (TOTP)' })
  twoFactorOn!: boolean;
}

export class ResetLinkResponse {
  @ApiProperty({
    description: 'Give it to the user (it is not shown again): it opens a page that sets a new password, once',
    example: 'https://thidua.example.gov.vn/account/reset/…',
  })
  url!: string;

  @ApiTimestamp()
  expiresAt!: Date;
}

export type UserResponseAgrees = Agrees<SameShape<UserResponse, UserView>>;
