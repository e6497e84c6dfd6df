import { reasonText, withholdDisciplineDetails } from '../eligibility/index.js';
import type { Locale } from '../kernel/index.js';
import type { CriterionResult, EligibilityResult, NominationAction } from '../law/index.js';
import type { NominationTransitionLogEntry, NominationView } from './nomination.types.js';
import type { EligibilitySnapshot, OpenFreeze, PriorAward } from './nominations.service.js';
import type { QuotaView } from './quota-view.js';

/** A criterion as the page reads it: met or not (null: to confirm), the reason worded, the article. */
export interface CriterionLine {
  code: string;
  met: boolean | null;
  detail: string;
  legalBasis: string;
}

export interface EligibilityAtSubmit {
  takenAt: string;
  asOf: string;
  rulebook: string;
  province: string;
  eligible: boolean | null;
  /** Why the engine gave no result (a local award, a year before any rulebook); null when it did. */
  refusal: string | null;
  criteria: CriterionLine[];
}

export interface EligibilityNow {
  rulebook: string | null;
  eligible: boolean | null;
  refusal: string | null;
  criteria: CriterionLine[];
}

/** A criterion whose verdict is not what it was at submit. */
export interface EligibilityDifference {
  code: string;
  /** Null: to confirm, or absent (see `change`). */
  atSubmit: boolean | null;
  now: boolean | null;
  change: 'changed' | 'added' | 'removed';
}

export interface NominationDetail {
  nomination: NominationView;
  log: NominationTransitionLogEntry[];
  /** What the reader may do now (the page's buttons). */
  allowedActions: NominationAction[];
  /** The stored result at submit; null before the first submission. */
  atSubmit: EligibilityAtSubmit | null;
  now: EligibilityNow;
  differences: EligibilityDifference[];
  /** The verdict itself changed since submit (eligible then, not now, or the reverse). */
  verdictChanged: boolean;
  priorAwards: PriorAward[];
  openFreezes: OpenFreeze[];
  /** The quota of the nomination's award in the proposing unit, when one applies. */
  quota: QuotaView | null;
}

const lines = (criteria: readonly CriterionResult[], lang: Locale, mayReadDisciplines: boolean): CriterionLine[] =>
  criteria.map((criterion) => {
    const shown = mayReadDisciplines ? criterion : withholdDisciplineDetails(criterion);
    return { code: shown.code, met: shown.met, detail: reasonText(shown.reason, lang), legalBasis: shown.legalBasis };
  });

/** Each criterion whose verdict differs between the stored result and the live one, in the live order, then those gone. */
export function differences(atSubmit: EligibilityResult | null, now: EligibilityResult | null): EligibilityDifference[] {
  if (atSubmit === null || now === null) {
    return [];
  }
  const before = new Map(atSubmit.criteria.map((criterion) => [criterion.code, criterion.met]));
  const after = new Map(now.criteria.map((criterion) => [criterion.code, criterion.met]));
  const found: EligibilityDifference[] = [];
  for (const [code, met] of after) {
    if (!before.has(code)) {
      found.push({ code, atSubmit: null, now: met, change: 'added' });
    } else if (before.get(code) !== met) {
      found.push({ code, atSubmit: before.get(code)!, now: met, change: 'changed' });
    }
  }
  for (const [code, met] of before) {
    if (!after.has(code)) {
      found.push({ code, atSubmit: met, now: null, change: 'removed' });
    }
  }
  return found;
}

export function nominationDetail(input: {
  nomination: NominationView;
  log: NominationTransitionLogEntry[];
  allowedActions: NominationAction[];
  snapshot: EligibilitySnapshot | null;
  live: { result: EligibilityResult | null; refusal: string | null };
  priorAwards: PriorAward[];
  openFreezes: OpenFreeze[];
  quota: QuotaView | null;
  lang: Locale;
  mayReadDisciplines: boolean;
}): NominationDetail {
  const { snapshot, live, lang, mayReadDisciplines } = input;
  const stored = snapshot?.result ?? null;
  return {
    nomination: input.nomination,
    log: input.log,
    allowedActions: input.allowedActions,
    atSubmit:
      snapshot === null
        ? null
        : {
            takenAt: snapshot.takenAt,
            asOf: snapshot.asOf,
            rulebook: snapshot.rulebook,
            province: snapshot.settings.province,
            eligible: stored?.eligible ?? null,
            refusal: snapshot.refusal,
            criteria: lines(stored?.criteria ?? [], lang, mayReadDisciplines),
          },
    now: {
      rulebook: live.result?.rulebook ?? null,
      eligible: live.result?.eligible ?? null,
      refusal: live.refusal,
      criteria: lines(live.result?.criteria ?? [], lang, mayReadDisciplines),
    },
    differences: differences(stored, live.result),
    verdictChanged: stored !== null && live.result !== null && stored.eligible !== live.result.eligible,
    priorAwards: input.priorAwards,
    openFreezes: input.openFreezes,
    quota: input.quota,
  };
}
