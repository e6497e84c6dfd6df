import { normalizeText } from '../common/text/vietnamese.js';

/** What validity and naming read of an issuer. */
interface Named {
  name: string;
  parentName: string | null;
  validFrom: string | null;
  validTo: string | null;
}

/** dd/mm/yyyy, as Vietnamese readers write dates (messages; the API keeps YYYY-MM-DD). */
export const dayMonthYear = (iso: string | null): string => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');

/** Whether the issuer existed on the date (YYYY-MM-DD; both ends inclusive, an open end unbounded). */
export function inForceOn(issuer: Pick<Named, 'validFrom' | 'validTo'>, date: string): boolean {
  return (issuer.validFrom === null || issuer.validFrom <= date) && (issuer.validTo === null || date <= issuer.validTo);
}

/**
 * The issuer on one line: "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH (UBND TỈNH VĨNH PHÚC)". The parent body
 * tells apart two departments of the same name in different provinces (ND 30/2020 writes it above).
 */
export function issuerDisplayName(issuer: Pick<Named, 'name' | 'parentName'>): string {
  return issuer.parentName ? `${issuer.name} (${issuer.parentName})` : issuer.name;
}

/** Same letters whatever the case and spacing (upper-cased in Vietnamese: "Ủy" and "ỦY" agree). */
const comparable = (text: string): string => normalizeText(text).toLocaleUpperCase('vi');

/** Whether the text of a paper names this issuer: its name alone or with its parent, in any case. */
export function matchesIssuerName(issuer: Pick<Named, 'name' | 'parentName'>, text: string): boolean {
  const wanted = comparable(text);
  return wanted === comparable(issuer.name) || wanted === comparable(issuerDisplayName(issuer));
}

/**
 * Which registered issuer a paper's text names on a decision date: none registered under that name
 * (kept as text, unchecked: old papers name bodies nobody registered); the one in force that day
 * (or, without a date, the only one of that name); or none in force — then the one of that name that
 * had most recently ended before the date (else the first to come), whose successor the refusal names.
 */
export type NameResolution<T> = { kind: 'unregistered' } | { kind: 'found'; issuer: T | null } | { kind: 'notInForce'; issuer: T };

export function resolveIssuerName<T extends Named>(issuers: readonly T[], text: string, date: string | null): NameResolution<T> {
  const named = issuers.filter((issuer) => matchesIssuerName(issuer, text));
  if (named.length === 0) {
    return { kind: 'unregistered' };
  }
  if (date === null) {
    // Without a date the paper cannot tell which of several bodies of that name signed it.
    return { kind: 'found', issuer: named.length === 1 ? named[0] : null };
  }
  const inForce = named.find((issuer) => inForceOn(issuer, date));
  if (inForce) {
    return { kind: 'found', issuer: inForce };
  }
  const ended = named
    .filter((issuer) => issuer.validTo !== null && issuer.validTo < date)
    .sort((a, b) => a.validTo!.localeCompare(b.validTo!));
  return { kind: 'notInForce', issuer: ended.at(-1) ?? named[0] };
}
