import { normalizeText } from '../common/text/vietnamese.js';

/** What validity and naming read of an issuer. */
interface Named {
  name: string;
  parentName: string | null;
  validFrom: string | null;
  validTo: string | null;
}

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
