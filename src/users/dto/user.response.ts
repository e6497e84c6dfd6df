import { ApiProperty } from '@nestjs/swagger';
import { ApiEnum, ApiEnumList, ApiId } from '../../common/openapi/response-fields.js';
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

  @ApiEnumList(ROLES)
  roles!: Role[];

  @ApiProperty({
    type: 'array',
    items: { type: 'string', format: 'uuid' },
    description: 'The units the user is limited to (and their sub-units); empty: every unit',
  })
  unitIds!: string[];

  @ApiProperty()
  active!: boolean;

  @ApiEnum(LOCALES)
  locale!: Locale;
}

export type UserResponseAgrees = Agrees<SameShape<UserResponse, UserView>>;
