/**
 * The number and symbol of a decision (số, ký hiệu; ND 30/2020 Art. 15 and Phụ lục I, ô 3):
 * the number with a leading zero below 10, "/", the document type "QĐ", "-", the issuer's symbol,
 * no spaces inside: "07/QĐ-SVHTTDL". Administrative decisions carry no year in the symbol.
 */
import { DATE_BLANK } from './date-line.js';

const DOCUMENT_TYPE = 'QĐ';

/** "QĐ-SVHTTDL" from the issuer's symbol, whether it is stored as "SVHTTDL" or already as "QĐ-SVHTTDL". */
export function decisionSymbol(issuerSymbol: string): string {
  const symbol = issuerSymbol.normalize('NFC').replace(/\s+/gu, '');
  return symbol.startsWith(`${DOCUMENT_TYPE}-`) ? symbol : `${DOCUMENT_TYPE}-${symbol}`;
}

/** "07/QĐ-SVHTTDL" from 7 (or "7", "07" typed by the văn thư in manual numbering). */
export function decisionNumber(number: number | string, issuerSymbol: string): string {
  const digits = String(number).trim();
  if (!/^\d+$/u.test(digits) || Number(digits) < 1) {
    throw new RangeError(`Not a decision number: ${String(number)}`);
  }
  return `${String(Number(digits)).padStart(2, '0')}/${decisionSymbol(issuerSymbol)}`;
}

/** What stands for the number on a draft: "     /QĐ-SVHTTDL", room for the number written in at signing. */
export function blankDecisionNumber(issuerSymbol: string): string {
  return `${DATE_BLANK.slice(1)}/${decisionSymbol(issuerSymbol)}`;
}

/** "Số: 07/QĐ-SVHTTDL"; a draft (no number yet): "Số:      /QĐ-SVHTTDL". */
export function numberLine(number: number | string | null, issuerSymbol: string): string {
  return number === null ? `Số: ${blankDecisionNumber(issuerSymbol)}` : `Số: ${decisionNumber(number, issuerSymbol)}`;
}
