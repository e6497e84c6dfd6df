import { type AwardCode } from '../../kernel/index.js';
import type { ProvinceSetting } from '../provinces/province-rules.js';
import { param, reason } from '../reasons.js';
import type { CriterionResult, EligibilityResult } from '../result.js';

/**
 * Registration (đăng ký thi đua) as a criterion. Units and people register at the start of the year
 * the titles they aim at, in a campaign (phong trào thi đua) of that year. Whether having registered
 * is a precondition for a title is a province setting (`registrationRequired`, default off): the
 * practice is traditional but no article of Law 06/2022 making it one was found (domain-rules §4.2,
 * step 1), so the setting is unverified and its source is shown as the criterion's basis.
 *
 * Pure: the adapter reads the registrations and the setting, this decides.
 */

/** The criterion's code: its label is `eligibility.criteria.registered_for_emulation`. */
export const REGISTRATION_CRITERION = 'registered_for_emulation';

/** One registration of the subject, as the adapter read it. */
export interface RegistrationFact {
  /** The campaign's year: the year of the titles registered. */
  year: number;
  awardType: string;
  campaignName: string;
}

/**
 * The criterion for `award` in `year`, or null when the setting in force does not require
 * registration (nothing is added then). Met when the subject registered that award in a campaign of
 * that year; the campaigns are named. The basis is the setting's source, marked when unverified.
 */
export function registrationCriterion(
  setting: ProvinceSetting<boolean>,
  registrations: readonly RegistrationFact[],
  award: AwardCode,
  year: number,
): CriterionResult | null {
  if (!setting.value) {
    return null;
  }
  const campaigns = [
    ...new Set(registrations.filter((fact) => fact.year === year && fact.awardType === award).map((fact) => fact.campaignName)),
  ];
  const legalBasis = setting.verified ? setting.source : `${setting.source} (chưa xác minh)`;
  return campaigns.length > 0
    ? {
        code: REGISTRATION_CRITERION,
        met: true,
        reason: reason('registration.registered', { award: param.award(award), year: param.year(year), campaigns: param.names(campaigns) }),
        legalBasis,
      }
    : {
        code: REGISTRATION_CRITERION,
        met: false,
        reason: reason('registration.not_registered', { award: param.award(award), year: param.year(year) }),
        legalBasis,
      };
}

/** The result with the criterion appended (last, as the province's additions are) and `eligible` said again. */
export function withRegistrationCriterion(result: EligibilityResult, criterion: CriterionResult | null): EligibilityResult {
  if (criterion === null) {
    return result;
  }
  const criteria = [...result.criteria.filter((each) => each.code !== REGISTRATION_CRITERION), criterion];
  return { ...result, criteria, eligible: criteria.every((each) => each.met !== false) };
}
