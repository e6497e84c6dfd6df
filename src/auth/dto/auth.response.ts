import { ApiProperty } from '@nestjs/swagger';
import { ApiEnum, ApiEnumList, ApiId } from '../../common/openapi/response-fields.js';
import { type Locale, LOCALES, type Role, ROLES } from '../../kernel/index.js';

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
}
