import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { rows, sql } from '../database/sql.js';
import { type CouncilDocumentKind, type DocumentFormat, DocxRenderer, HtmlRenderer, PdfConverter, sha256Hex } from '../documents/index.js';
import type { AuthUser } from '../kernel/index.js';
import { buildCouncilDocument } from './council-document.builder.js';
import { pageDate } from './council-dates.js';
import { CouncilSessionsService, readableSession } from './council-sessions.service.js';

export const COUNCIL_DOCUMENT_KINDS: readonly CouncilDocumentKind[] = ['minutes', 'tally'];

const CONTENT_TYPES: Record<DocumentFormat, string> = {
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

const TITLES: Record<CouncilDocumentKind, string> = {
  minutes: 'Biên bản họp Hội đồng',
  tally: 'Biên bản kiểm phiếu',
};

/** A council document ready to send. */
export interface CouncilFile {
  content: Buffer;
  contentType: string;
  /** "Biên bản họp Hội đồng 03-BB-HĐTĐKT.pdf"; before closing "Dự thảo biên bản họp Hội đồng 15-12-2025.html". */
  fileName: string;
  sha256: string;
  templateId: string;
  templateSha256: string;
  /** HTML only: the policy that lets its inline styles apply. */
  contentSecurityPolicy: string | null;
}

/**
 * The minutes and the ballot tally of a session through the documents engine: HTML (the renderer's
 * templates), DOCX (docxtemplater on templates/documents/council-*.docx) and PDF/A (LibreOffice's print
 * of that DOCX; 503 naming the packages when it is missing). Rendered on request, outside any
 * transaction: an open session's are drafts (no number, "DỰ THẢO"); a closed session is frozen, so its
 * documents come out the same for as long as the templates do.
 */
@Injectable()
export class CouncilDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: CouncilSessionsService,
    private readonly html: HtmlRenderer,
    private readonly docx: DocxRenderer,
    private readonly pdf: PdfConverter,
  ) {}

  async file(id: string, kind: CouncilDocumentKind, format: DocumentFormat, user: AuthUser): Promise<CouncilFile> {
    const manager = this.dataSource.manager;
    const row = await readableSession(manager, id, user);
    const session = await this.sessions.get(row.id, user);
    const document = buildCouncilDocument(kind, row, session);
    const number = kind === 'minutes' ? session.minutesNumber : session.tallyNumber;
    const name =
      number === null
        ? `Dự thảo ${TITLES[kind].toLocaleLowerCase('vi')} ${pageDate(session.heldOn).replaceAll('/', '-')}`
        : `${TITLES[kind]} ${number.replaceAll('/', '-')}`;
    if (format === 'html') {
      const rendered = this.html.renderCouncil(document);
      const content = Buffer.from(rendered.html, 'utf8');
      return {
        content,
        contentType: CONTENT_TYPES.html,
        fileName: `${name}.html`,
        sha256: sha256Hex(content),
        templateId: rendered.templateId,
        templateSha256: rendered.templateSha256,
        contentSecurityPolicy: rendered.contentSecurityPolicy,
      };
    }
    const docx = this.docx.renderCouncil(document);
    const content = format === 'docx' ? docx.bytes : await this.pdf.toPdfA(docx.bytes);
    return {
      content,
      contentType: CONTENT_TYPES[format],
      fileName: `${name}.${format}`,
      sha256: sha256Hex(content),
      templateId: docx.templateId,
      templateSha256: docx.templateSha256,
      contentSecurityPolicy: null,
    };
  }

  /**
   * The minutes and the tally (DOCX) of every closed session that voted on these nominations, oldest
   * session first: what the dossier sent upward carries (Law 2022 Art. 84, domain-rules §4.1 item 3).
   */
  async closedSessionFiles(manager: EntityManager, nominationIds: readonly string[], user: AuthUser): Promise<CouncilFile[]> {
    const sessions = await rows<{ id: string }>(
      manager,
      sql`SELECT s.id FROM council_sessions s
          WHERE s.state = 'closed'
            AND EXISTS (SELECT 1 FROM council_ballots b WHERE b.session_id = s.id AND b.nomination_id = ANY(${[...nominationIds]}::uuid[]))
          ORDER BY s.held_on, s.id`,
    );
    const files: CouncilFile[] = [];
    for (const session of sessions) {
      for (const kind of COUNCIL_DOCUMENT_KINDS) {
        files.push(await this.file(session.id, kind, 'docx', user));
      }
    }
    return files;
  }
}
