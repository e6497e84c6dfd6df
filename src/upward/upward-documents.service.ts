import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CouncilDocumentsService } from '../councils/index.js';
import { InjectDataSource } from '@nestjs/typeorm';
import PizZip from 'pizzip';
import type { DataSource } from 'typeorm';
import { isoDay } from '../common/validation/plausibility.js';
import {
  buildDossierDocuments,
  type DossierDocuments,
  type DossierNomination,
  type DossierPart,
  DossierRenderer,
  PdfConverter,
} from '../documents/index.js';
import type { AuthUser } from '../kernel/index.js';
import { NoRulebookForDate } from '../law/index.js';
import { decisionBasesOn } from '../law/rulebooks/decision-bases.js';
import { DossierTooLarge } from './upward.errors.js';
import { documentNominations, priorAwardsOf, type PriorAwardRow, senderOf } from './upward.repository.js';
import { UpwardService } from './upward.service.js';

export type DossierFormat = 'html' | 'docx' | 'pdf';

/** A file of the dossier as the routes answer it. */
export interface DossierFile {
  fileName: string;
  contentType: string;
  content: Buffer;
  sha256: string;
  /** For HTML: the policy its inline styles need (the app-wide one refuses them). */
  contentSecurityPolicy: string | null;
}

/**
 * The bound of one download: 300 nominations (MAX_DOSSIER_NOMINATIONS) of a few pages each come to
 * well under a megabyte of DOCX; PDF copies and the council's minutes add a few more. Past this the
 * dossier is refused (413) rather than held in memory.
 */
export const MAX_DOSSIER_BYTES = 50_000_000;

const MEDIA: Record<DossierFormat, string> = {
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** The files of the archive, numbered in the order of the dossier (domain-rules §4.1). */
const FILE_NAMES: Record<DossierPart, string> = {
  submission: '01-to-trinh',
  list: '02-danh-sach-de-nghi',
  reports: '04-bao-cao-thanh-tich',
};

const TITLES: Record<DossierPart, string> = {
  submission: 'Tờ trình đề nghị khen thưởng',
  list: 'Danh sách đề nghị khen thưởng (theo danh hiệu, hình thức)',
  reports: 'Báo cáo thành tích của từng cá nhân, tập thể',
};

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const vietnamToday = (): string => isoDay(new Date(Date.now() + 7 * 3_600_000));

/**
 * The dossier's documents from the documents engine: the submission (tờ trình), the list proposed
 * grouped by award, the council's minutes and tallies (the council feature's, of the sessions that voted)
 * and the achievement reports, each a document of its own as they are signed apart, and all of them
 * as ONE download: a ZIP of the DOCX files (with their PDF copies on request), numbered in the
 * dossier's order, with a table of contents that says what is still to be added on paper.
 */
@Injectable()
export class UpwardDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly upward: UpwardService,
    private readonly renderer: DossierRenderer,
    private readonly pdf: PdfConverter,
    private readonly councilDocuments: CouncilDocumentsService,
  ) {}

  /** The worded documents, read in one snapshot of the registry (scope checked). */
  async documents(id: string, user: AuthUser): Promise<DossierDocuments> {
    const manager = this.dataSource.manager;
    const dossier = await this.upward.readable(manager, id, user);
    const [sender, nominations, prior] = [
      await senderOf(manager, id),
      await documentNominations(manager, id),
      await priorAwardsOf(manager, id),
    ];
    const priorBySubject = new Map<string, PriorAwardRow[]>();
    for (const award of prior) {
      const key = award.staffId ?? award.unitId!;
      priorBySubject.set(key, [...(priorBySubject.get(key) ?? []), award]);
    }
    const today = vietnamToday();
    return buildDossierDocuments({
      sender:
        sender.issuerName !== null
          ? {
              name: sender.issuerName,
              parentName: sender.issuerParentName,
              symbol: sender.issuerSymbol,
              place: sender.issuerPlace,
              signerTitle: sender.signerTitle,
              signerName: sender.signerName,
            }
          : {
              name: sender.unitName ?? '……',
              parentName: sender.unitParentName,
              symbol: null,
              place: null,
              signerTitle: null,
              signerName: null,
            },
      addressee: dossier.addressee,
      year: dossier.year,
      draftYear: Number(today.slice(0, 4)),
      bases: basesOn(today),
      nominations: nominations.map((nomination): DossierNomination => ({
        award: { code: nomination.awardType, name: nomination.awardName, kind: nomination.awardKind },
        awardOrder: nomination.awardOrder,
        subject: nomination.staffId !== null ? 'individual' : 'collective',
        name: nomination.name,
        position: nomination.position,
        unitName: nomination.unitName,
        dateOfBirth: nomination.dateOfBirth,
        gender: nomination.gender,
        achievements: nomination.achievements,
        sortKey: nomination.sortKey,
        priorAwards: (priorBySubject.get(nomination.staffId ?? nomination.unitId!) ?? []).map((award) => ({
          year: award.year,
          award: { name: award.awardName, kind: award.awardKind },
          decisionNumber: award.decisionNumber,
          decisionDate: award.decisionDate,
          issuerName: award.issuerName,
        })),
      })),
    });
  }

  /** One document of the dossier: HTML to preview and print, DOCX to edit, PDF (LibreOffice; 503 naming its packages when missing). */
  async part(id: string, part: DossierPart, format: DossierFormat, user: AuthUser): Promise<DossierFile> {
    const documents = await this.documents(id, user);
    if (format === 'html') {
      const rendered = this.renderer.renderHtml(documents, part);
      const content = Buffer.from(rendered.html, 'utf8');
      return {
        fileName: `${FILE_NAMES[part]}.html`,
        contentType: MEDIA.html,
        content,
        sha256: sha256(content),
        contentSecurityPolicy: rendered.contentSecurityPolicy,
      };
    }
    const docx = this.renderer.renderDocx(documents, part).bytes;
    const content = format === 'docx' ? docx : await this.pdf.toPdfA(docx);
    return {
      fileName: `${FILE_NAMES[part]}.${format}`,
      contentType: MEDIA[format],
      content,
      sha256: sha256(content),
      contentSecurityPolicy: null,
    };
  }

  /**
   * The whole dossier as one ZIP: 00-muc-luc.txt (what it holds, and what is to be added by hand),
   * 01 the submission, 02 the list, 03 the council's minutes when the system has them, 04 the
   * achievement reports (one document, each report on its own pages); with `withPdf`, each of the
   * documents made here also as PDF/A (one LibreOffice conversion each, about 1.5 s).
   */
  async archive(id: string, user: AuthUser, withPdf: boolean): Promise<DossierFile> {
    const documents = await this.documents(id, user);
    const dossier = await this.upward.get(id, user);
    const nominationIds = dossier.nominations.map((nomination) => nomination.id);
    const minutes = await this.councilDocuments.closedSessionFiles(this.dataSource.manager, nominationIds, user);
    const zip = new PizZip();
    const contents: string[] = [];
    const add = (name: string, title: string, bytes: Buffer): void => {
      zip.file(name, bytes, { binary: true, createFolders: false });
      contents.push(`${name}: ${title}`);
    };
    for (const part of ['submission', 'list'] as const) {
      const docx = this.renderer.renderDocx(documents, part).bytes;
      add(`${FILE_NAMES[part]}.docx`, TITLES[part], docx);
      if (withPdf) {
        add(`${FILE_NAMES[part]}.pdf`, `${TITLES[part]} (PDF/A)`, await this.pdf.toPdfA(docx));
      }
    }
    if (minutes.length === 0) {
      contents.push(
        '03: Biên bản họp Hội đồng Thi đua - Khen thưởng (kèm biên bản kiểm phiếu): chưa có trong hệ thống, bổ sung bản đã ký.',
      );
    }
    minutes.forEach((file, index) =>
      add(`03-${String(index + 1).padStart(2, '0')}-${file.fileName}`, file.fileName.replace(/\.docx$/u, ''), file.content),
    );
    const reports = this.renderer.renderDocx(documents, 'reports').bytes;
    add(`${FILE_NAMES.reports}.docx`, `${TITLES.reports} (${documents.reports.reports.length} báo cáo)`, reports);
    if (withPdf) {
      add(`${FILE_NAMES.reports}.pdf`, `${TITLES.reports} (PDF/A)`, await this.pdf.toPdfA(reports));
    }
    const table = [
      'HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG',
      documents.submission.abstract,
      documents.submission.addresseeLine,
      '',
      ...contents,
      '',
      'Các văn bản được ký, đóng dấu trước khi trình (Nghị định 30/2020/NĐ-CP); báo cáo thành tích do từng cá nhân, tập thể ký và thủ trưởng đơn vị xác nhận.',
      '',
    ].join('\r\n');
    zip.file('00-muc-luc.txt', `\ufeff${table}`, { createFolders: false });
    const content = zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
    if (content.length > MAX_DOSSIER_BYTES) {
      throw new DossierTooLarge(content.length, MAX_DOSSIER_BYTES);
    }
    return {
      fileName: `ho-so-de-nghi-khen-thuong-${dossier.year}-${id.slice(0, 8)}.zip`,
      contentType: 'application/zip',
      content,
      sha256: sha256(content),
      contentSecurityPolicy: null,
    };
  }
}

/** The national bases cited on the date (the rulebook in force); none before the first rulebook. */
function basesOn(date: string): string[] {
  try {
    return decisionBasesOn(date);
  } catch (error) {
    if (error instanceof NoRulebookForDate) {
      return [];
    }
    throw error;
  }
}
