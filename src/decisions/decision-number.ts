/**
 * Decision numbers (ND 30/2020/NĐ-CP Art. 15, Phụ lục I): "Số: 07/QĐ-SVHTTDL". The number runs per
 * issuer and calendar year of the signing date, from 01, written with two digits at least; the
 * symbol is "QĐ-" followed by the issuer's abbreviation.
 */

/** "QĐ-SVHTTDL" from the issuer's abbreviation "SVHTTDL" (NFC: "Đ" is one code point). */
export const decisionSymbol = (issuerSymbol: string): string => `QĐ-${issuerSymbol}`.normalize('NFC');

/** "07/QĐ-SVHTTDL": two digits at least (01…99), then as many as the number has (100, 1234). */
export const formatDecisionNumber = (number: number, symbol: string): string => `${String(number).padStart(2, '0')}/${symbol}`;

/** The calendar year of a YYYY-MM-DD signing date: the number series it belongs to. */
export const numberYearOf = (signedOn: string): number => Number(signedOn.slice(0, 4));

/** Today in Vietnam (UTC+7 all year, no daylight saving), as YYYY-MM-DD. */
export const todayInVietnam = (now: Date = new Date()): string => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
