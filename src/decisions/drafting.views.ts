import type { AwardType } from '../catalogue/index.js';
import { amountInWords } from '../documents/index.js';
import type { DecisionLine, LineVerdict } from './decision-line.entity.js';
import type { Decision, DecisionKind, DecisionState, LineOrder, SignerPrefix } from './decision.entity.js';
import type { DecisionListRow, IssuerRow } from './drafting.sql.js';

/** What the API answers of decisions: a row of the list, and one decision with its lines and totals. */

export interface DecisionSummary {
  id: string;
  kind: DecisionKind;
  state: DecisionState;
  version: number;
  issuerId: string;
  issuerName: string;
  awardType: string;
  awardName: string;
  year: number;
  subject: string;
  /** "07/QĐ-SVHTTDL" once issued; null for a draft. */
  number: string | null;
  plannedSignOn: string | null;
  signedOn: string | null;
  lineCount: number;
  totalAmount: number | null;
  createdAt: string;
}

export interface DecisionLineView {
  id: string;
  staffId: string | null;
  unitId: string | null;
  fullName: string;
  position: string | null;
  unitName: string | null;
  rank: number;
  coefficient: number | null;
  amount: number | null;
  amountNote: string | null;
  verdict: LineVerdict;
  verdictReasons: string[];
  overrideReason: string | null;
  originalLineId: string | null;
  awardRecordId: string | null;
  /** The nomination the line came from (`{"nominationIds"}`), or null. */
  nominationId: string | null;
}

export interface DecisionDetail {
  id: string;
  kind: DecisionKind;
  state: DecisionState;
  version: number;
  issuerId: string;
  issuerName: string;
  issuerSymbol: string;
  awardType: string;
  awardName: string;
  awardKind: string;
  year: number;
  subject: string;
  basis: string;
  plannedSignOn: string | null;
  signer: { prefix: SignerPrefix | null; title: string; name: string };
  abstract: string;
  proposal: string | null;
  bases: string[];
  recipients: string[];
  fundingSource: string | null;
  lineOrder: LineOrder;
  originalId: string | null;
  reason: string | null;
  number: string | null;
  signedOn: string | null;
  totals: {
    lineCount: number;
    baseSalary: number | null;
    totalAmount: number | null;
    /** The total in words, "Bảy trăm mười nghìn đồng"; null while the decision carries no money. */
    amountInWords: string | null;
  };
  lines: DecisionLineView[];
}

/** "07/QĐ-SVHTTDL": two digits at least (ND 30/2020 Art. 15), null while a draft. */
export function formattedNumber(decision: Pick<Decision, 'number' | 'symbol'>): string | null {
  return decision.number === null ? null : `${String(decision.number).padStart(2, '0')}/${decision.symbol ?? ''}`;
}

const isoDate = (value: string | Date | null): string | null =>
  value === null ? null : typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

export function lineView(line: DecisionLine): DecisionLineView {
  return {
    id: line.id,
    staffId: line.staffId,
    unitId: line.unitId,
    fullName: line.fullName,
    position: line.position,
    unitName: line.unitName,
    rank: line.rank,
    coefficient: line.coefficient,
    amount: line.amount,
    amountNote: line.amountNote,
    verdict: line.verdict,
    verdictReasons: line.verdictReasons,
    overrideReason: line.overrideReason,
    originalLineId: line.originalLineId,
    awardRecordId: line.awardRecordId,
    nominationId: line.nominationId,
  };
}

export function detailOf(decision: Decision, issuer: IssuerRow, award: AwardType, lines: DecisionLine[]): DecisionDetail {
  return {
    id: decision.id,
    kind: decision.kind,
    state: decision.state,
    version: decision.version,
    issuerId: decision.issuerId,
    issuerName: issuer.name,
    issuerSymbol: issuer.symbol,
    awardType: award.code,
    awardName: award.name,
    awardKind: award.kind,
    year: decision.year,
    subject: decision.subject,
    basis: decision.basis,
    plannedSignOn: isoDate(decision.plannedSignOn),
    signer: { prefix: decision.signerPrefix, title: decision.signerTitle, name: decision.signerName },
    abstract: decision.abstract,
    proposal: decision.proposal,
    bases: decision.bases,
    recipients: decision.recipients,
    fundingSource: decision.fundingSource,
    lineOrder: decision.lineOrder,
    originalId: decision.originalId,
    reason: decision.reason,
    number: formattedNumber(decision),
    signedOn: isoDate(decision.signedOn),
    totals: {
      lineCount: lines.length,
      baseSalary: decision.baseSalary,
      totalAmount: decision.totalAmount,
      amountInWords: decision.totalAmount === null ? null : amountInWords(decision.totalAmount),
    },
    lines: lines.map(lineView),
  };
}

export function summaryOf(row: DecisionListRow): DecisionSummary {
  return {
    id: row.id,
    kind: row.kind as DecisionKind,
    state: row.state as DecisionState,
    version: row.version,
    issuerId: row.issuerId,
    issuerName: row.issuerName,
    awardType: row.awardType,
    awardName: row.awardName,
    year: row.year,
    subject: row.subject,
    number: formattedNumber(row),
    plannedSignOn: row.plannedSignOn,
    signedOn: row.signedOn,
    lineCount: row.lineCount,
    totalAmount: row.totalAmount === null ? null : Number(row.totalAmount),
    createdAt: row.createdAt.toISOString(),
  };
}
