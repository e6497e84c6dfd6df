/**
 * A decision as the documents feature prints it: the decision's own fields (its snapshot lines,
 * bases, signer), its issuer's record (name, parent, symbol, place, the head's authority) and, for a
 * revocation or a correction, the issued original it cites. Loaded in three statements whatever the
 * number of lines; the mapping to `DecisionDocumentInput` is pure (unit-tested beside).
 */
import type { EntityManager } from 'typeorm';
import { row, sql } from '../database/sql.js';
import type { DecisionDocumentInput } from '../documents/index.js';
import type { AwardKind } from '../kernel/index.js';
import { DecisionLine } from './decision-line.entity.js';
import { Decision } from './decision.entity.js';
import { DecisionNotFound } from './decisions.errors.js';
import { orderLines } from './drafting.service.js';

/** The issuer, the award type and the original as the document needs them. */
export interface DocumentContext {
  issuerName: string;
  parentName: string | null;
  /** The issuer's symbol ("SVHTTDL"): a draft's number line; an issued decision keeps its own symbol. */
  issuerSymbol: string;
  place: string;
  /** "Giám đốc Sở Văn hóa, Thể thao và Du lịch" (issuers.authority_title), or null when the admin left it empty. */
  authorityTitle: string | null;
  /** The issuer's usual signer title ("Giám đốc"): the head, whom "KT." signs for. */
  issuerSignerTitle: string;
  awardName: string;
  awardKind: AwardKind;
  original: {
    number: number | null;
    symbol: string | null;
    signedOn: string | null;
    issuerName: string;
    authorityTitle: string | null;
    issuerSignerTitle: string;
  } | null;
}

export interface DecisionForDocument {
  decision: Decision;
  /** In list order (the decision's line order setting). */
  lines: DecisionLine[];
  context: DocumentContext;
}

interface ContextRow {
  issuer_name: string;
  parent_name: string | null;
  issuer_symbol: string;
  place: string;
  authority_title: string | null;
  issuer_signer_title: string;
  award_name: string;
  award_kind: AwardKind;
  original_id: string | null;
  original_number: number | null;
  original_symbol: string | null;
  original_signed_on: string | null;
  original_issuer_name: string | null;
  original_authority_title: string | null;
  original_signer_title: string | null;
}

export async function loadDecisionForDocument(manager: EntityManager, id: string): Promise<DecisionForDocument> {
  const decision = await manager.findOneBy(Decision, { id });
  if (!decision) {
    throw new DecisionNotFound(id);
  }
  const found = await row<ContextRow>(
    manager,
    sql`SELECT i.name AS issuer_name, i.parent_name, i.symbol AS issuer_symbol, i.place, i.authority_title,
               i.signer_title AS issuer_signer_title, t.name AS award_name, t.kind AS award_kind,
               o.id AS original_id, o.number AS original_number, o.symbol AS original_symbol,
               to_char(o.signed_on, 'YYYY-MM-DD') AS original_signed_on, oi.name AS original_issuer_name,
               oi.authority_title AS original_authority_title, oi.signer_title AS original_signer_title
          FROM decisions d
          JOIN issuers i ON i.id = d.issuer_id
          JOIN award_types t ON t.code = d.award_type_code
          LEFT JOIN decisions o ON o.id = d.original_id
          LEFT JOIN issuers oi ON oi.id = o.issuer_id
         WHERE d.id = ${id}`,
  );
  const lines = await manager.findBy(DecisionLine, { decisionId: id });
  const context: DocumentContext = {
    issuerName: found!.issuer_name,
    parentName: found!.parent_name,
    issuerSymbol: found!.issuer_symbol,
    place: found!.place,
    authorityTitle: found!.authority_title,
    issuerSignerTitle: found!.issuer_signer_title,
    awardName: found!.award_name,
    awardKind: found!.award_kind,
    original: found!.original_id
      ? {
          number: found!.original_number,
          symbol: found!.original_symbol,
          signedOn: found!.original_signed_on,
          issuerName: found!.original_issuer_name!,
          authorityTitle: found!.original_authority_title,
          issuerSignerTitle: found!.original_signer_title!,
        }
      : null,
  };
  return { decision, lines: orderLines(lines, decision.lineOrder), context };
}

/** The head's title alone, for "KT. GIÁM ĐỐC": the issuer's usual signer without a deputy's "Phó". */
export function headTitleOf(issuerSignerTitle: string): string {
  return issuerSignerTitle
    .normalize('NFC')
    .trim()
    .replace(/^phó\s+/iu, '');
}

/**
 * The head's power as the sentence writes it ("Giám đốc Sở Văn hóa, Thể thao và Du lịch"): the
 * issuer's authority_title; when an admin has not filled it, the head's title and the issuer's name
 * as registered (upper case), which reads right in the upper-case authority line and passably in
 * the list's reference.
 */
export function authorityTitleOf(authorityTitle: string | null, issuerSignerTitle: string, issuerName: string): string {
  const kept = authorityTitle?.normalize('NFC').trim();
  if (kept) {
    return kept;
  }
  const head = headTitleOf(issuerSignerTitle).toLocaleLowerCase('vi');
  return `${head.charAt(0).toLocaleUpperCase('vi')}${head.slice(1)} ${issuerName.normalize('NFC').trim()}`;
}

/** "07/QĐ-SVHTTDL" of an issued decision, as award records and references keep it. */
const numberText = (number: number, symbol: string | null): string => `${String(number).padStart(2, '0')}/${symbol ?? ''}`;

/**
 * The coefficient and the amount one line gets, as Điều 2 words them: those of most paid lines (a
 * decision has one award, so one amount; lines paid 0 under ND 152 Art. 49(5) are left out and
 * named in the notes). Null when no line is paid.
 */
export function moneyOf(
  lines: ReadonlyArray<Pick<DecisionLine, 'coefficient' | 'amount'>>,
): { coefficient: number; amountEach: number } | null {
  const counts = new Map<string, { coefficient: number; amountEach: number; n: number }>();
  for (const line of lines) {
    if (line.coefficient === null || line.amount === null || line.amount <= 0) {
      continue;
    }
    const key = `${line.coefficient}:${line.amount}`;
    const entry = counts.get(key) ?? { coefficient: line.coefficient, amountEach: line.amount, n: 0 };
    entry.n += 1;
    counts.set(key, entry);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return best ? { coefficient: best.coefficient, amountEach: best.amountEach } : null;
}

/** A decision keeps each basis as its citation ("Luật Thi đua, khen thưởng ngày …"); the document says "Căn cứ …". */
export function basisSentence(citation: string): string {
  const text = citation.normalize('NFC').trim();
  return /^căn cứ\s/iu.test(text) ? text : `Căn cứ ${text}`;
}

/** A decision keeps who proposed ("Hội đồng Thi đua - Khen thưởng"); the document says "Theo đề nghị của …". */
export function proposalSentence(proposer: string): string {
  const text = proposer.normalize('NFC').trim();
  return /^theo đề nghị\s/iu.test(text) ? text : `Theo đề nghị của ${text}`;
}

const isoDay = (value: string | Date | null): string | null =>
  value === null ? null : typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/** The plain data the documents' builder words (documents/decision-document.builder.ts). */
export function documentInputOf({ decision, lines, context }: DecisionForDocument): DecisionDocumentInput {
  const issued = decision.state === 'issued' && decision.number !== null;
  const headTitle = headTitleOf(context.issuerSignerTitle);
  const authorityTitle = authorityTitleOf(context.authorityTitle, context.issuerSignerTitle, context.issuerName);
  // A revocation or a correction carries no money of its own: its lines print no amount.
  const money = decision.kind === 'award' ? moneyOf(lines) : null;
  const original = context.original;
  return {
    kind: decision.kind,
    issuer: {
      name: context.issuerName,
      parentName: context.parentName,
      symbol: issued ? (decision.symbol ?? context.issuerSymbol) : context.issuerSymbol,
      place: context.place,
      authorityTitle,
      headTitle,
    },
    award: { name: context.awardName, kind: context.awardKind },
    year: decision.year,
    subject: decision.subject,
    original:
      decision.kind !== 'award' && original && original.number !== null && original.signedOn !== null
        ? {
            number: numberText(original.number, original.symbol),
            signedOn: original.signedOn,
            authorityTitle: authorityTitleOf(original.authorityTitle, original.issuerSignerTitle, original.issuerName),
          }
        : null,
    reason: decision.reason,
    abstract: decision.abstract,
    bases: decision.bases.map(basisSentence),
    proposal: decision.proposal === null || decision.proposal.trim() === '' ? null : proposalSentence(decision.proposal),
    executors: null,
    signer: { prefix: decision.signerPrefix, title: decision.signerTitle, name: decision.signerName },
    recipients: decision.recipients,
    fundingSource: decision.fundingSource,
    number: issued ? decision.number : null,
    signedOn: issued ? isoDay(decision.signedOn) : null,
    plannedSignOn: isoDay(decision.plannedSignOn),
    coefficient: money?.coefficient ?? null,
    baseSalary: decision.baseSalary,
    amountEach: money?.amountEach ?? null,
    lines: lines.map((line) => ({
      name: line.fullName,
      position: line.position,
      unitName: line.unitName,
      amount: decision.kind === 'award' ? line.amount : null,
      note: line.amountNote,
    })),
  };
}
