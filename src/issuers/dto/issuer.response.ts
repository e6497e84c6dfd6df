import { ApiProperty } from '@nestjs/swagger';
import { ApiDate, ApiId, ApiNullable } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import type { IssuerView } from '../issuers.service.js';
import { NUMBERING_MODES, type NumberingMode } from '../issuer.entity.js';

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

  @ApiDate({ nullable: true, description: 'First day the body issues decisions; null: not recorded', example: '2025-07-01' })
  validFrom!: string | null;

  @ApiDate({ nullable: true, description: 'Last day the body issues decisions; null: still in force', example: '2025-06-30' })
  validTo!: string | null;

  @ApiId({ nullable: true, description: 'The issuer that took over its decisions after validTo' })
  successorId!: string | null;

  @ApiProperty({ enum: NUMBERING_MODES, description: "system: the register kept here; manual: typed from the issuer's own register" })
  numberingMode!: NumberingMode;

  @ApiNullable(String, { example: 'GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH' })
  authorityTitle!: string | null;

  @ApiNullable(String, { description: "The province's regulation on emulation, cited as a legal basis" })
  regulationBasis!: string | null;

  @ApiNullable(String, { description: "The issuer's founding decision, cited as a legal basis" })
  foundingBasis!: string | null;

  @ApiNullable(String, { example: '000.00.12.H63', description: 'Code in the electronic document exchange (edXML)' })
  organisationId!: string | null;
}

export type IssuerResponseAgrees = Agrees<SameShape<IssuerResponse, IssuerView>>;
