import { ValidationFailed } from '../common/errors/domain-error.js';

/** A period's end, if given, is on or after its start (dates are YYYY-MM-DD, so text order is date order). */
export function assertPeriod(from: string, to: string | null | undefined): void {
  if (to !== null && to !== undefined && to < from) {
    throw new ValidationFailed([{ field: 'to', constraint: 'periodOrder', key: 'history.periodOrder', params: { from, to } }]);
  }
}
