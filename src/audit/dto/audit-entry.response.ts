import { ApiProperty } from '@nestjs/swagger';
import { PageResponseOf } from '../../common/openapi/page.response.js';
import { ApiFreeObject, ApiId, ApiNullable, ApiTimestamp } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import type { Page } from '../../common/paging/page-query.js';
import type { AuditEntry } from '../audit-entry.entity.js';

/** One change to one record: who, when, what it was before and after. */
export class AuditEntryResponse {
  @ApiProperty({ description: 'A sequence number, as a string' })
  id!: string;

  @ApiTimestamp()
  at!: Date;

  @ApiId({ nullable: true, description: 'Null for changes made by the system' })
  actorId!: string | null;

  @ApiProperty()
  actorName!: string;

  @ApiProperty({ example: 'staff', description: 'Named as in the API paths' })
  entity!: string;

  @ApiProperty()
  entityId!: string;

  @ApiProperty({ example: 'update' })
  action!: string;

  @ApiFreeObject({ nullable: true })
  before!: object | null;

  @ApiFreeObject({ nullable: true })
  after!: object | null;

  @ApiNullable(String)
  requestId!: string | null;
}

export class AuditPageResponse extends PageResponseOf(AuditEntryResponse) {}

export type AuditEntryResponseAgrees = Agrees<SameShape<AuditEntryResponse, AuditEntry>>;
export type AuditPageResponseAgrees = Agrees<SameShape<AuditPageResponse, Page<AuditEntry>>>;
