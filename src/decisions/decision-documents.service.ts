import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  buildDecisionDocument,
  type DecisionDocument,
  documentContentSecurityPolicy,
  DocumentRendererUnavailable,
  type DocumentFormat,
  type DocumentOwner,
  type DocumentPart,
  DocxRenderer,
  HtmlRenderer,
  listStoredDocuments,
  PdfConverter,
  readStoredDocument,
  type RenderedDocx,
  saveStoredDocument,
  sha256Hex,
  type StoredDocument,
} from '../documents/index.js';
import { type JobProgress, type JobState, JobsService } from '../jobs/index.js';
import { type DecisionForDocument, documentInputOf, loadDecisionForDocument } from './decision-document-input.js';
import { DecisionNotFound } from './decisions.errors.js';

/** The job that renders an issued decision's documents, enqueued in the issuing transaction. */
export const RENDER_DECISION_JOB = 'decisions.render';

/** Whose stored documents and jobs: the decision. */
export const decisionOwner = (id: string): DocumentOwner => ({ kind: 'decision', id });

export const DOCUMENT_PARTS: readonly DocumentPart[] = ['decision', 'list'];
export const DOCUMENT_FORMATS: readonly DocumentFormat[] = ['html', 'docx', 'pdf'];

const CONTENT_TYPES: Record<DocumentFormat, string> = {
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** A document ready to send. */
export interface DecisionFile {
  content: Buffer;
  contentType: string;
  /** "Quyết định 07-QĐ-SVHTTDL.pdf", "Danh sách kèm theo Quyết định 07-QĐ-SVHTTDL.docx", "Dự thảo quyết định ….html". */
  fileName: string;
  sha256: string;
  templateId: string;
  templateSha256: string;
  /** HTML only: the policy that lets its inline style apply (the app-wide one refuses inline styles). */
  contentSecurityPolicy: string | null;
  /** True when served from stored_documents (an issued decision), false when rendered for this request (a draft). */
  stored: boolean;
}

/** The rendering of an issued decision's documents, for its page and the 202 answers. */
export interface RenderingView {
  decisionId: string;
  decisionState: 'draft' | 'issued';
  /** The latest render job's state; null for a draft (rendered on request, never stored) or before any job. */
  state: JobState | null;
  job: Pick<JobProgress, 'id' | 'state' | 'attempts' | 'maxAttempts' | 'lastError' | 'createdAt' | 'startedAt' | 'finishedAt'> | null;
  documents: Array<{
    part: DocumentPart;
    format: DocumentFormat;
    byteSize: number;
    sha256: string;
    templateId: string;
    templateSha256: string;
    createdAt: Date;
  }>;
}

export type DecisionFileAnswer = { ready: true; file: DecisionFile } | { ready: false; rendering: RenderingView };

/**
 * The documents of a decision (ND 30/2020 layout): a draft's are rendered on each request (HTML
 * marked DỰ THẢO, the number blank), never stored; an issued decision's are rendered once after the
 * issuing transaction commits, by the `decisions.render` job, and stored with their sha256 and
 * template. All rendering happens outside any transaction.
 */
@Injectable()
export class DecisionDocumentsService implements OnModuleInit {
  private readonly logger = new Logger('DecisionDocuments');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly html: HtmlRenderer,
    private readonly docx: DocxRenderer,
    private readonly pdf: PdfConverter,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    // A cold LibreOffice and 500 lines stay well under a minute; ten leave room on a loaded machine.
    this.jobs.register<{ decisionId: string }>(RENDER_DECISION_JOB, (payload) => this.renderIssued(payload.decisionId), {
      timeoutMs: 10 * 60_000,
    });
  }

  /**
   * One part in one format. A draft: rendered now. An issued decision: its stored copy; while the job
   * is queued or running, not ready (the route answers 202 with the progress) rather than a second
   * rendering racing the job's (the pages, which cannot poll, pass `waitForJob: false` and get the
   * copy rendered and stored now: the job then finds it stored); when the job ended without this copy (LibreOffice installed since, a
   * copy removed), rendered and stored now, the same idempotent step the job runs.
   */
  async file(id: string, part: DocumentPart, format: DocumentFormat, options: { waitForJob?: boolean } = {}): Promise<DecisionFileAnswer> {
    const loaded = await loadDecisionForDocument(this.dataSource.manager, id);
    if (loaded.decision.state !== 'issued') {
      return { ready: true, file: await this.renderDraft(loaded, part, format) };
    }
    const owner = decisionOwner(id);
    const stored = await readStoredDocument(this.dataSource, owner, part, format);
    if (stored) {
      return { ready: true, file: this.storedFile(loaded, stored) };
    }
    const rendering = await this.rendering(id);
    if ((options.waitForJob ?? true) && (rendering.state === 'queued' || rendering.state === 'running')) {
      return { ready: false, rendering };
    }
    const document = buildDecisionDocument(documentInputOf(loaded));
    return { ready: true, file: this.storedFile(loaded, await this.ensureStored(owner, document, part, format)) };
  }

  /** The render job's progress and the copies stored so far. */
  async rendering(id: string): Promise<RenderingView> {
    const found = await this.dataSource.query<Array<{ state: 'draft' | 'issued' }>>(`SELECT state FROM decisions WHERE id = $1`, [id]);
    if (found.length === 0) {
      throw new DecisionNotFound(id);
    }
    const owner = decisionOwner(id);
    const job = (await this.jobs.progress(owner)).find((progress) => progress.kind === RENDER_DECISION_JOB) ?? null;
    const documents = await listStoredDocuments(this.dataSource, owner);
    return {
      decisionId: id,
      decisionState: found[0]!.state,
      state: job?.state ?? null,
      job: job
        ? {
            id: job.id,
            state: job.state,
            attempts: job.attempts,
            maxAttempts: job.maxAttempts,
            lastError: job.lastError,
            createdAt: job.createdAt,
            startedAt: job.startedAt,
            finishedAt: job.finishedAt,
          }
        : null,
      documents: documents.map((stored) => ({
        part: stored.part,
        format: stored.format,
        byteSize: stored.byteSize,
        sha256: stored.sha256,
        templateId: stored.templateId,
        templateSha256: stored.templateSha256,
        createdAt: stored.createdAt,
      })),
    };
  }

  /**
   * The job: HTML, DOCX and PDF/A of the decision and of its list, each stored once (a retry skips
   * what an earlier try stored). Without LibreOffice the PDFs are left out and the job still ends
   * done: HTML and DOCX are served, the PDF route answers 503 naming the packages, and renders on
   * request once they are installed. Any other failure fails the try, which is retried.
   */
  async renderIssued(id: string): Promise<void> {
    const loaded = await loadDecisionForDocument(this.dataSource.manager, id).catch((error: unknown) => {
      if (error instanceof DecisionNotFound) {
        return null;
      }
      throw error;
    });
    if (!loaded || loaded.decision.state !== 'issued') {
      return;
    }
    const owner = decisionOwner(id);
    const document = buildDecisionDocument(documentInputOf(loaded));
    for (const part of DOCUMENT_PARTS) {
      await this.ensureStored(owner, document, part, 'html');
      await this.ensureStored(owner, document, part, 'docx');
    }
    for (const part of DOCUMENT_PARTS) {
      try {
        await this.ensureStored(owner, document, part, 'pdf');
      } catch (error) {
        if (!(error instanceof DocumentRendererUnavailable)) {
          throw error;
        }
        this.logger.warn(`Decision ${id}: no PDF stored: ${error.message}`);
        return;
      }
    }
  }

  private async renderDraft(loaded: DecisionForDocument, part: DocumentPart, format: DocumentFormat): Promise<DecisionFile> {
    const document = buildDecisionDocument(documentInputOf(loaded));
    const rendered = await this.render(document, part, format, null);
    return {
      ...rendered,
      contentType: CONTENT_TYPES[format],
      fileName: fileNameOf(loaded, part, format),
      sha256: sha256Hex(rendered.content),
      contentSecurityPolicy: format === 'html' ? documentContentSecurityPolicy(rendered.content.toString('utf8')) : null,
      stored: false,
    };
  }

  /** The stored copy, rendering and saving it first when missing; a PDF is converted from the stored DOCX, so the two agree. */
  private async ensureStored(
    owner: DocumentOwner,
    document: DecisionDocument,
    part: DocumentPart,
    format: DocumentFormat,
  ): Promise<StoredDocument> {
    const existing = await readStoredDocument(this.dataSource, owner, part, format);
    if (existing) {
      return existing;
    }
    const docx = format === 'pdf' ? await this.ensureStored(owner, document, part, 'docx') : null;
    const rendered = await this.render(document, part, format, docx);
    const saved = await saveStoredDocument(this.dataSource, { owner, part, format, ...rendered });
    if (saved.created) {
      return { ...saved.document, content: rendered.content };
    }
    // Another worker (or the on-request path) stored it meanwhile: theirs is the copy.
    return (await readStoredDocument(this.dataSource, owner, part, format))!;
  }

  private async render(
    document: DecisionDocument,
    part: DocumentPart,
    format: DocumentFormat,
    storedDocx: Pick<StoredDocument, 'content' | 'templateId' | 'templateSha256'> | null,
  ): Promise<{ content: Buffer; templateId: string; templateSha256: string }> {
    switch (format) {
      case 'html': {
        const rendered = this.html.renderDecision(document, part);
        return { content: Buffer.from(rendered.html, 'utf8'), templateId: rendered.templateId, templateSha256: rendered.templateSha256 };
      }
      case 'docx': {
        return toContent(this.docx.render(document, part));
      }
      case 'pdf': {
        // The PDF is LibreOffice's print of the DOCX: it names the DOCX template it comes from.
        const docx = storedDocx ?? toContent(this.docx.render(document, part));
        return { content: await this.pdf.toPdfA(docx.content), templateId: docx.templateId, templateSha256: docx.templateSha256 };
      }
    }
  }

  private storedFile(loaded: DecisionForDocument, stored: StoredDocument): DecisionFile {
    return {
      content: stored.content,
      contentType: CONTENT_TYPES[stored.format],
      fileName: fileNameOf(loaded, stored.part, stored.format),
      sha256: stored.sha256,
      templateId: stored.templateId,
      templateSha256: stored.templateSha256,
      contentSecurityPolicy: stored.format === 'html' ? documentContentSecurityPolicy(stored.content.toString('utf8')) : null,
      stored: true,
    };
  }
}

const toContent = (rendered: RenderedDocx): { content: Buffer; templateId: string; templateSha256: string } => ({
  content: rendered.bytes,
  templateId: rendered.templateId,
  templateSha256: rendered.templateSha256,
});

/** "Quyết định 07-QĐ-SVHTTDL.pdf" (a slash cannot stand in a file name), "Danh sách kèm theo …", "Dự thảo quyết định 1a2b3c4d.docx". */
export function fileNameOf({ decision }: Pick<DecisionForDocument, 'decision'>, part: DocumentPart, format: DocumentFormat): string {
  const name =
    decision.state === 'issued' && decision.number !== null
      ? `Quyết định ${String(decision.number).padStart(2, '0')}-${decision.symbol ?? ''}`
      : `Dự thảo quyết định ${decision.id.slice(0, 8)}`;
  return `${part === 'list' ? `Danh sách kèm theo ${name.charAt(0).toLocaleLowerCase('vi')}${name.slice(1)}` : name}.${format}`;
}
