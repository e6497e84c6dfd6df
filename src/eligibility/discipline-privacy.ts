import { type CriterionResult, type Reason, reason } from '../law/index.js';
import type { ReasonParam } from '../law/index.js';

/**
 * A verdict for a reader who may not see disciplines (canSeeDisciplines): the criterion stays met or
 * not (the verdict must stay explainable, and a refusal already tells that something is wrong), but
 * every reason that names a discipline's level and period, however deep, becomes "details withheld".
 */
export function withholdDisciplineDetails(criterion: CriterionResult): CriterionResult {
  return { ...criterion, reason: withheld(criterion.reason) };
}

function withheld(given: Reason): Reason {
  const params = Object.entries(given.params as Record<string, ReasonParam>);
  // One person's discipline: its level with its period ("cảnh cáo từ 01/03/2024"). A threshold ("at
  // reprimand or above") names a level without anybody's period and stays.
  const kinds = new Set(params.map(([, value]) => value.kind));
  if (kinds.has('discipline_level') && kinds.has('period')) {
    return reason('discipline_withheld.withheld', {});
  }
  const rewritten = Object.fromEntries(params.map(([name, value]) => [name, withheldParam(value)]));
  return { key: given.key, params: rewritten } as unknown as Reason;
}

function withheldParam(value: ReasonParam): ReasonParam {
  switch (value.kind) {
    case 'reason':
      return { ...value, value: withheld(value.value) };
    case 'reasons':
      return { ...value, value: value.value.map(withheld) };
    case 'notes':
      return { ...value, value: value.value.map(withheld) };
    default:
      return value;
  }
}
