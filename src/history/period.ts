import { ValidationFailed } from '../common/errors/domain-error.js';
import { translate } from '../i18n/translate.js';
import { type Locale } from '../kernel/index.js';

/** A period's end, if given, is on or after its start (dates are YYYY-MM-DD, so text order is date order). */
export function assertPeriod(from: string, to: string | null | undefined, locale: Locale): void {
  if (to !== null && to !== undefined && to < from) {
    throw new ValidationFailed([{ field: 'to', message: translate(locale, 'history.periodOrder'), constraint: 'periodOrder' }]);
  }
}
