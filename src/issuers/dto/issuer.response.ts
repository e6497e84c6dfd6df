import { ApiProperty } from '@nestjs/swagger';
import { ApiId, ApiNullable } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import type { IssuerView } from '../issuers.service.js';

/** An issuer (cơ quan ban hành): the body in whose name award decisions are signed. */
export class IssuerResponse {
  @ApiId()
  id!: string;

  @ApiProperty({ example: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH' })
  name!: string;

  @ApiNullable(String, { example: 'UBND TỈNH VĨNH PHÚC' })
  parentName!: string | null;

  @ApiProperty({ example: 'SVHTTDL', description: 'Abbreviation used in decision numbers' })
  symbol!: string;

  @ApiProperty({ example: 'Vĩnh Phúc' })
  place!: string;

  @ApiProperty({ example: 'GIÁM ĐỐC' })
  signerTitle!: string;

  @ApiProperty()
  signerName!: string;
}

export type IssuerResponseAgrees = Agrees<SameShape<IssuerResponse, IssuerView>>;
