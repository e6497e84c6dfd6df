import { ApiProperty } from '@nestjs/swagger';
import { ApiEnum, ApiId, ApiList, ApiNullable, ApiTimestamp } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import type { DocumentFormat, DocumentPart } from '../../documents/index.js';
import type { JobState } from '../../jobs/index.js';
import type { RenderingView } from '../decision-documents.service.js';

const JOB_STATES: readonly JobState[] = ['queued', 'running', 'done', 'failed'];

export class RenderJobResponse {
  @ApiId()
  id!: string;

  @ApiEnum(JOB_STATES)
  state!: JobState;

  @ApiProperty({ description: 'Tries so far' })
  attempts!: number;

  @ApiProperty()
  maxAttempts!: number;

  @ApiNullable(String, { description: 'Why the last try failed' })
  lastError!: string | null;

  @ApiTimestamp()
  createdAt!: Date;

  @ApiTimestamp({ nullable: true })
  startedAt!: Date | null;

  @ApiTimestamp({ nullable: true })
  finishedAt!: Date | null;
}

export class StoredDocumentResponse {
  @ApiEnum(['decision', 'list'])
  part!: DocumentPart;

  @ApiEnum(['html', 'docx', 'pdf'])
  format!: DocumentFormat;

  @ApiProperty()
  byteSize!: number;

  @ApiProperty({ description: 'SHA-256 (hex) of the stored bytes' })
  sha256!: string;

  @ApiProperty({ example: 'decision.hbs' })
  templateId!: string;

  @ApiProperty({ description: "SHA-256 (hex) of the template's own bytes" })
  templateSha256!: string;

  @ApiTimestamp()
  createdAt!: Date;
}

/** The rendering of an issued decision's documents (HTML, DOCX, PDF/A of the decision and of its list). */
export class RenderingResponse {
  @ApiId()
  decisionId!: string;

  @ApiEnum(['draft', 'issued'])
  decisionState!: 'draft' | 'issued';

  @ApiEnum(JOB_STATES, { nullable: true, description: 'The render job; null for a draft (rendered on request) or before any job' })
  state!: JobState | null;

  @ApiProperty({ type: RenderJobResponse, nullable: true })
  job!: RenderJobResponse | null;

  @ApiList(() => StoredDocumentResponse)
  documents!: StoredDocumentResponse[];
}

export type RenderingResponseAgrees = Agrees<SameShape<RenderingResponse, RenderingView>>;
