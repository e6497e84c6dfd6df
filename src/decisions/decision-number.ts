/**
 * Decision numbers (ND 30/2020/NĐ-CP Art. 15, Phụ lục I): "Số: 07/QĐ-SVHTTDL". The number runs per
 * issuer and calendar year of the signing date, from 01, written with two digits at least; the
 * symbol is "QĐ-" followed by the issuer's abbreviation. The wording itself is the documents' one
 * (`decisionSymbol`, `decisionNumber` of src/documents/text/decision-number.ts); here, the series.
 */

/** The calendar year of a YYYY-MM-DD signing date: the number series it belongs to. */
export const numberYearOf = (signedOn: string): number => Number(signedOn.slice(0, 4));

/** Today in Vietnam (UTC+7 all year, no daylight saving), as YYYY-MM-DD. */
export const todayInVietnam = (now: Date = new Date()): string => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
