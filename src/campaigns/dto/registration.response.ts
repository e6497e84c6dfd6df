import { ApiProperty } from '@nestjs/swagger';
import { PageResponseOf } from '../../common/openapi/page.response.js';
import { ApiId, ApiTimestamp } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import type { RegistrationView, UnitRegistrationsResult } from '../campaign.types.js';
import type { RegistrationImportResult } from '../import/registration-import.service.js';

export class RegistrationResponse {
  @ApiId()
  id!: string;

  @ApiId()
  campaignId!: string;

  @ApiProperty()
  campaignName!: string;

  @ApiProperty({ type: 'integer', description: "The campaign's year" })
  year!: number;

  @ApiId({ nullable: true, description: 'The person registered; null for a collective' })
  staffId!: string | null;

  @ApiId({ nullable: true, description: 'The unit registered as a collective; null for a person' })
  unitId!: string | null;

  @ApiProperty({ description: "The person's or the unit's code" })
  subjectCode!: string;

  @ApiProperty()
  subjectName!: string;

  @ApiProperty({ description: "The person's unit, or the unit itself" })
  subjectUnitName!: string;

  @ApiProperty({ type: String, example: 'LDTT' })
  awardType!: string;

  @ApiProperty({ example: 'Lao động tiên tiến' })
  awardName!: string;

  @ApiId({ nullable: true })
  registeredBy!: string | null;

  @ApiTimestamp()
  createdAt!: string;
}

export class RegistrationPageResponse extends PageResponseOf(RegistrationResponse) {}

export class UnitRegistrationsResponse {
  @ApiProperty({ type: 'integer' })
  created!: number;

  @ApiProperty({ type: 'integer' })
  removed!: number;

  @ApiProperty({ type: 'integer' })
  unchanged!: number;
}

export class RegistrationImportResponse {
  @ApiProperty({ type: 'integer' })
  created!: number;

  @ApiProperty({ type: 'integer', description: 'Rows already registered: left as they are' })
  unchanged!: number;
}

export type RegistrationResponseAgrees = Agrees<SameShape<RegistrationResponse, RegistrationView>>;
export type UnitRegistrationsResponseAgrees = Agrees<SameShape<UnitRegistrationsResponse, UnitRegistrationsResult>>;
export type RegistrationImportResponseAgrees = Agrees<SameShape<RegistrationImportResponse, RegistrationImportResult>>;
