import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MAX_PAGE_SIZE } from '../common/paging/page-query.js';
import { pageDateText } from '../common/validation/page-date.js';
import type { FieldErrors } from '../common/views/form.js';
import type { PageRequest } from '../common/views/page-request.js';
import { EligibilityService, engineErrorCode, ListCandidatesQuery } from '../eligibility/index.js';
import { translate } from '../i18n/translate.js';
import { type AuthUser, hasAnyRole, isAwardCode, type Locale, scopePatterns, subjectKindOf } from '../kernel/index.js';
import { postingRuleFor } from '../law/index.js';
import { provinceRulesOn } from '../nominations/index.js';
import { nominationsReadyFor } from './drafting.sql.js';
import { SIGNER_PREFIXES } from './decision.entity.js';
import type { DecisionDetail, DecisionLineView } from './drafting.views.js';
import { DecisionDocumentsService } from './decision-documents.service.js';
import { mayActForIssuer } from './issuer-access.js';
import { fateNotes, type LineFate, lineFates } from './line-fates.js';
import { type SignedCopyView, SignedCopiesService } from './signed-copies.service.js';

const money = (locale: Locale, amount: number | null): string =>
  amount === null ? '' : new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB').format(amount);

/**
 * Where the page links for the decision's documents. The routes are the document helper's
 * (`GET /api/decisions/:id/document.html|.docx|.pdf`, `list.…`): kept in this one place so the
 * integrator changes them here should the pages get cookie-authorised twins of the API routes.
 */
export function documentLinks(id: string) {
  const base = `/decisions/${id}`;
  return {
    html: `${base}/document.html`,
    docx: `${base}/document.docx`,
    pdf: `${base}/document.pdf`,
    listHtml: `${base}/list.html`,
    listDocx: `${base}/list.docx`,
    listPdf: `${base}/list.pdf`,
  };
}

/** The rendering of an issued decision's documents as the page shows it (the job behind `GET /api/decisions/:id/rendering`). */
export interface RenderingLine {
  state: 'queued' | 'running' | 'done' | 'failed';
  error?: string | null;
}

export type StepState = 'done' | 'current' | 'todo';

/** The wizard's five steps, as far as this decision has come. */
export function wizardSteps(
  lang: Locale,
  decision: Pick<DecisionDetail, 'id' | 'state' | 'totals'>,
): Array<{ ordinal: number; label: string; state: StepState; href: string | null; current: boolean; done: boolean }> {
  const issued = decision.state === 'issued';
  const hasLines = decision.totals.lineCount > 0;
  const states: StepState[] = issued
    ? ['done', 'done', 'done', 'done', 'current']
    : hasLines
      ? ['done', 'done', 'current', 'todo', 'todo']
      : ['done', 'current', 'todo', 'todo', 'todo'];
  const links = documentLinks(decision.id);
  const hrefs = [
    null,
    issued ? null : `/decisions/${decision.id}#add`,
    hasLines ? links.html : null,
    hasLines ? `/decisions/${decision.id}/issue` : null,
    issued ? `/decisions/${decision.id}#documents` : null,
  ];
  return (['choose', 'people', 'preview', 'issue', 'download'] as const).map((step, index) => ({
    ordinal: index + 1,
    label: translate(lang, `decisionPages.steps.${step}`),
    state: states[index],
    href: hrefs[index],
    current: states[index] === 'current',
    done: states[index] === 'done',
  }));
}

/** What the forms on an issued decision show back when refused (name → text as typed). */
export type LaterFormValues = Record<string, string | string[]>;

type LineRow = DecisionLineView & {
  ordinal: number;
  money: string;
  verdictText: string;
  revoked: boolean;
  corrected: boolean;
  fateNotes: string[];
  fateLinks: Array<{ href: string; number: string }>;
};

/**
 * The decision page's view model, for the page and for every form on it that is shown again when
 * refused: the lines grouped, the wizard, the documents, and on an issued decision its number,
 * what became of each line, the signed copy and the revocation, correction and recovery forms.
 */
@Injectable()
export class DecisionPageModels {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly copies: SignedCopiesService,
    private readonly eligibility: EligibilityService,
    private readonly documents: DecisionDocumentsService,
  ) {}

  /**
   * The eligible people not yet in the draft, for the checkboxes: the first page of the eligibility
   * list (its order), narrowed by a search on name or code; null when the engine has no answer.
   */
  private async picks(decision: DecisionDetail, user: AuthUser, search: string) {
    const query = Object.assign(new ListCandidatesQuery(), {
      awardType: decision.awardType,
      year: decision.year,
      subject: decision.subject,
      filter: 'eligible' as const,
      page: 1,
      pageSize: MAX_PAGE_SIZE,
    });
    let found;
    try {
      found = await this.eligibility.candidates(query, user);
    } catch (caught) {
      if (engineErrorCode(caught)) {
        return null;
      }
      throw caught;
    }
    const inDecision = new Set(decision.lines.flatMap((line) => [line.staffId, line.unitId]));
    const wanted = search.normalize('NFC').trim().toLocaleLowerCase('vi');
    const items = found.items
      .filter((item) => !inDecision.has(item.id))
      .filter((item) => wanted === '' || `${item.name} ${item.code}`.normalize('NFC').toLocaleLowerCase('vi').includes(wanted))
      .map((item) => ({ id: item.id, code: item.code, name: item.name, unitName: item.unitName }));
    return { items, search, more: found.total > found.items.length };
  }

  /**
   * The nominations ready to be the draft's lines ("Thêm từ đề nghị"): posted, or passed where the
   * award needs no posting (the same rule the drafting service applies), of the reader's units.
   */
  private async readyNominations(decision: DecisionDetail, user: AuthUser, lang: Locale) {
    const manager = this.dataSource.manager;
    const rules = await provinceRulesOn(manager, new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10));
    const needsPosting = isAwardCode(decision.awardType) ? postingRuleFor(decision.awardType, rules).required : true;
    const found = await nominationsReadyFor(
      manager,
      {
        awardType: decision.awardType,
        year: decision.year,
        kind: subjectKindOf(decision.subject === 'collective' ? 'collective' : 'individual'),
      },
      scopePatterns(user),
      MAX_PAGE_SIZE,
    );
    return found
      .filter((nomination) => nomination.state === 'posted' || !needsPosting)
      .map((nomination) => ({ ...nomination, stateText: translate(lang, `decisions.nominationStates.${nomination.state}`) }));
  }

  async detail(
    page: PageRequest,
    decision: DecisionDetail,
    flash: string | null,
    values: LaterFormValues = {},
    errors: FieldErrors = {},
    search = '',
  ) {
    const lang = page.lang;
    const issued = decision.state === 'issued';
    const isAward = decision.kind === 'award';
    const manager = this.dataSource.manager;
    const fates: LineFate[] = issued && isAward ? await lineFates(manager, decision.id) : [];
    const fateByLine = new Map(fates.map((fate) => [fate.lineId, fate]));
    const groups: Array<{ heading: string | null; lines: LineRow[] }> = [];
    decision.lines.forEach((line, index) => {
      const heading = decision.lineOrder === 'unit_rank' ? line.unitName : null;
      if (groups.length === 0 || groups[groups.length - 1].heading !== heading) {
        groups.push({ heading, lines: [] });
      }
      const fate = fateByLine.get(line.id);
      const later = fate ? [...fate.correctedBy, ...(fate.revokedBy ? [fate.revokedBy] : [])] : [];
      groups[groups.length - 1].lines.push({
        ...line,
        ordinal: index + 1,
        money: money(lang, line.amount),
        verdictText: translate(lang, `decisions.pages.verdicts.${line.verdict}`),
        revoked: (fate?.revokedBy ?? null) !== null,
        corrected: (fate?.correctedBy.length ?? 0) > 0,
        fateNotes: fate ? fateNotes(fate, lang) : [],
        fateLinks: later.map((reference) => ({ href: `/decisions/${reference.id}`, number: reference.number })),
      });
    });
    const lines = groups.flatMap((group) => group.lines);
    const canLater = issued && isAward && hasAnyRole(page.user, ['hr_officer']);
    const copy: SignedCopyView | null = issued ? await this.copies.latestView(decision.id) : null;
    const canUploadCopy = issued && (await mayActForIssuer(manager, page.user, decision.issuerId));
    const textOf = (name: string, fallback = ''): string => {
      const value = values[name];
      return typeof value === 'string' ? value : fallback;
    };
    const chosen = new Set(Array.isArray(values['revoke.lineIds']) ? values['revoke.lineIds'] : [textOf('revoke.lineIds')]);
    const signerValues = (prefix: string) => ({
      prefix: textOf(`${prefix}.signer.prefix`, decision.signer.prefix ?? ''),
      title: textOf(`${prefix}.signer.title`, decision.signer.title),
      name: textOf(`${prefix}.signer.name`, decision.signer.name),
    });
    const prefixOptions = (selected: string) => [
      { value: '', label: translate(lang, 'decisionPages.signer.noPrefix'), selected: selected === '' },
      ...SIGNER_PREFIXES.map((prefix) => ({ value: prefix, label: prefix, selected: selected === prefix })),
    ];
    const revokeSigner = signerValues('revoke');
    const correctSigner = signerValues('correct');
    const correctLine = textOf('correct.lineId');
    const recoverLine = textOf('recover.lineId');
    const canDraft = decision.state === 'draft' && isAward && hasAnyRole(page.user, ['hr_officer']);
    return {
      title: decision.abstract,
      decision,
      draft: decision.state === 'draft',
      issued,
      // Adding people is for award decisions: a revocation's or correction's lines come from its original.
      canDraft,
      picks: canDraft ? await this.picks(decision, page.user, search) : null,
      fromNominations: canDraft ? await this.readyNominations(decision, page.user, lang) : [],
      stateText: translate(lang, `decisions.pages.states.${decision.state}`),
      total: money(lang, decision.totals.totalAmount),
      baseSalary: money(lang, decision.totals.baseSalary),
      groups,
      flash,
      steps: wizardSteps(lang, decision),
      documents: decision.totals.lineCount > 0 ? documentLinks(decision.id) : null,
      rendering: issued ? await this.renderingLine(decision.id) : null,
      original:
        decision.originalId === null
          ? null
          : {
              href: `/decisions/${decision.originalId}`,
              kindText: translate(lang, `decisionPages.kinds.${decision.kind as 'revocation'}`),
            },
      signedCopy: copy && {
        ...copy,
        href: `/decisions/${decision.id}/signed-copy`,
        uploadedText: copy.uploadedAt.toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      },
      canUploadCopy,
      canLater,
      revocable: lines.filter((line) => !line.revoked).map((line) => ({ ...line, checked: chosen.has(line.id) })),
      correctable: lines
        .filter((line) => !line.revoked)
        .map((line) => ({ id: line.id, label: `${line.ordinal}. ${line.fullName}`, selected: line.id === correctLine })),
      recoverable: lines
        .filter((line) => line.revoked)
        .map((line) => ({ id: line.id, label: `${line.ordinal}. ${line.fullName}`, selected: line.id === recoverLine })),
      later: {
        revoke: {
          reason: textOf('revoke.reason'),
          signedOn: textOf('revoke.signedOn'),
          signer: revokeSigner,
          prefixes: prefixOptions(revokeSigner.prefix),
        },
        correct: {
          fullName: textOf('correct.fullName'),
          position: textOf('correct.position'),
          unitName: textOf('correct.unitName'),
          reason: textOf('correct.reason'),
          signedOn: textOf('correct.signedOn'),
          signer: correctSigner,
          prefixes: prefixOptions(correctSigner.prefix),
        },
        recover: {
          recoveredOn: textOf('recover.recoveredOn', pageDateText(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10))),
          money: textOf('recover.moneyRecovered') === '1',
          certificate: textOf('recover.certificateRecovered') === '1',
          note: textOf('recover.note'),
        },
      },
      values: { codes: '', reason: '' },
      errors,
      alert: null,
    };
  }

  /** The render job's state (none yet: the copies are made when first opened). */
  private async renderingLine(id: string): Promise<RenderingLine | null> {
    const { job } = await this.documents.rendering(id);
    return job && { state: job.state, error: job.lastError };
  }
}
