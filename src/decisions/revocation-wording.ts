/*
 * The document wording of revocations and corrections, which is always Vietnamese (it is the text
 * of the decision, not of the interface): the defaults a draft starts from, in the words of the
 * document helpers (src/documents/text/).
 */
import { dateInWords, decisionNumber } from '../documents/index.js';

/** "07/QĐ-SVHTTDL" (`decisionNumber`); a number stored without its symbol is written alone, "07". */
export function decisionNumberText(number: number, symbol: string | null): string {
  return symbol ? decisionNumber(number, symbol) : String(number).padStart(2, '0');
}

/** What a revocation or correction says of the decision it concerns. */
export interface OriginalReference {
  number: number;
  symbol: string | null;
  signedOn: string;
  /** The original's trích yếu: "Về việc tặng danh hiệu “Lao động tiên tiến” năm 2025". */
  abstract: string;
}

/** "Quyết định số 07/QĐ-SVHTTDL ngày 05 tháng 01 năm 2026 về việc tặng …". */
function referenceText(original: OriginalReference): string {
  // The original's abstract starts "Về việc …": it becomes the "về việc …" of the reference.
  const subject = original.abstract.replace(/^Về việc\s+/u, '').trim();
  const about = subject === '' ? '' : ` về việc ${subject}`;
  return `Quyết định số ${decisionNumberText(original.number, original.symbol)} ${dateInWords(original.signedOn)}${about}`;
}

/**
 * The trích yếu a revocation draft starts from (Law 2022 Chapter VII): the whole decision, or part of
 * it when only some of its lines are revoked.
 */
export function revocationAbstract(original: OriginalReference, partial: boolean): string {
  return `Về việc thu hồi ${partial ? 'một phần ' : ''}${referenceText(original)}`;
}

/** The trích yếu a correction draft starts from: a misspelt name is corrected, never edited in place. */
export function correctionAbstract(original: OriginalReference): string {
  return `Về việc đính chính ${referenceText(original)}`;
}

/**
 * What an award record says once revoked: the reference and the reason, as an officer would have
 * typed it by hand ("Thu hồi tại Quyết định số 03/QĐ-SVHTTDL ngày 10/02/2026: …"). The number as
 * stored (number and symbol) or as issuing has already written it ("03/QĐ-SVHTTDL").
 */
export function revokedReasonText(
  revocation: { number: number | string | null; symbol?: string | null; signedOn: string | null },
  reason: string | null,
): string {
  const number =
    revocation.number === null
      ? null
      : typeof revocation.number === 'string'
        ? revocation.number
        : decisionNumberText(revocation.number, revocation.symbol ?? null);
  const date = revocation.signedOn
    ? ` ngày ${revocation.signedOn.slice(8, 10)}/${revocation.signedOn.slice(5, 7)}/${revocation.signedOn.slice(0, 4)}`
    : '';
  const reference = number === null ? 'Thu hồi theo quyết định thu hồi' : `Thu hồi tại Quyết định số ${number}${date}`;
  return reason ? `${reference}: ${reason}` : reference;
}
