import { displayDate } from '../common/views/handlebars.js';
import { translate } from '../i18n/translate.js';
import type { IssuerView } from './issuers.service.js';
import { issuerDisplayName } from './validity.js';
import { type Locale } from '../kernel/index.js';

/** A row of the issuers page: the issuer with its period in words and its successor's name. */
export interface IssuerRow extends IssuerView {
  validity: string;
  successorName: string | null;
}

/** "01/01/1997 – 30/06/2025", "từ 01/07/2025", "đến 30/06/2025" or "đang hoạt động". */
export function validityText(lang: Locale, issuer: Pick<IssuerView, 'validFrom' | 'validTo'>): string {
  const from = displayDate(issuer.validFrom);
  const to = displayDate(issuer.validTo);
  if (from && to) {
    return translate(lang, 'issuers.between', { from, to });
  }
  if (to) {
    return translate(lang, 'issuers.until', { to });
  }
  return from ? translate(lang, 'issuers.since', { from }) : translate(lang, 'issuers.inForce');
}

export function issuerRows(lang: Locale, issuers: IssuerView[]): IssuerRow[] {
  const byId = new Map(issuers.map((issuer) => [issuer.id, issuer]));
  return issuers.map((issuer) => {
    const successor = issuer.successorId ? byId.get(issuer.successorId) : undefined;
    return { ...issuer, validity: validityText(lang, issuer), successorName: successor ? issuerDisplayName(successor) : null };
  });
}

/** The successor drop-down: every issuer but the one edited, named with its parent and period. */
export function successorOptions(lang: Locale, issuers: IssuerView[], exceptId: string | null): { id: string; label: string }[] {
  return issuers
    .filter((issuer) => issuer.id !== exceptId)
    .map((issuer) => ({ id: issuer.id, label: `${issuerDisplayName(issuer)} — ${validityText(lang, issuer)}` }));
}
