import { ApiProperty } from '@nestjs/swagger';
import { ApiId } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import type { UnitView } from '../units.service.js';

export class UnitResponse {
  @ApiId()
  id!: string;

  @ApiProperty({ example: 'PVBD' })
  code!: string;

  @ApiProperty({ example: 'Phòng Phục vụ bạn đọc' })
  name!: string;

  @ApiId({ nullable: true, description: 'Null for a top-level unit' })
  parentId!: string | null;

  @ApiProperty({ type: 'integer', description: '0 for a top-level unit, 1 for its sub-units, …' })
  depth!: number;
}

export type UnitResponseAgrees = Agrees<SameShape<UnitResponse, UnitView>>;
