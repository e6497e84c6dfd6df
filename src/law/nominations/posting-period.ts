import { isAwardCode } from '../../kernel/index.js';
import type { ProvinceRules, ProvinceSetting } from '../provinces/province-rules.js';
import { fourEyesConflict, type ActingPerson, type FourEyesConflict, type NominationParties } from './four-eyes.js';
import { postingRuleFor, STATE_POSTED_AWARDS, STATE_POSTING } from './posting.js';

/**
 * One public posting (công khai) of several nominations, domain-rules §4.4: how long it must last at
 * least, whether it is still open to objections, and who may rule on an objection. Pure: the
 * postings feature reads the settings, the calendar and the clock, and asks these.
 */

/** The shortest posting a list of nominations allows, and where that figure comes from. */
export interface PostingMinimum {
  /** Working days, with the setting's source and whether it is verified ("chưa xác minh" when not). */
  workingDays: ProvinceSetting<number>;
  /** The award that sets it (the longest posting among the list's awards). */
  award: string;
  /** Whether that is the State-level consultation (NĐ 152/2025 Điều 44 khoản 2) rather than the in-unit posting. */
  stateLevel: boolean;
}

/**
 * The minimum of a posting listing these awards: the longest of each award's posting rule
 * (`postingRuleFor`): 10 working days for State-level awards (NĐ 152/2025/NĐ-CP Điều 44 khoản 2,
 * "ít nhất 10 ngày làm việc"), the in-unit days of the settings otherwise (no national period found,
 * domain-rules §4.4 [I]). A local award the law does not know posts as the in-unit rule says. On a
 * tie the State-level rule is named, its source being the law. `awards` must not be empty.
 */
export function postingMinimumFor(
  awards: readonly string[],
  rules: ProvinceRules,
  stateLevel: ProvinceSetting<number> = STATE_POSTING,
): PostingMinimum {
  if (awards.length === 0) {
    throw new Error('A posting lists at least one nomination');
  }
  const candidates = awards.map((award): PostingMinimum => {
    const known = isAwardCode(award);
    const days = known ? postingRuleFor(award, rules, stateLevel).workingDays : rules.inUnitPostingWorkingDays;
    return { workingDays: days, award, stateLevel: known && STATE_POSTED_AWARDS.includes(award) };
  });
  return candidates.reduce((best, each) =>
    each.workingDays.value > best.workingDays.value ||
    (each.workingDays.value === best.workingDays.value && each.stateLevel && !best.stateLevel)
      ? each
      : best,
  );
}

/**
 * Whether objections are still taken on `today` (both YYYY-MM-DD, the day in Vietnam): up to and
 * including the last working day of the posting. A posting that has not started yet takes them too:
 * the list is already public on the page.
 */
export function objectionsOpenOn(endsOn: string, today: string): boolean {
  return today <= endsOn;
}

/** Why someone may not rule on an objection: they raised it, or the four-eyes rule of the nomination. */
export type ObjectionResolverConflict = 'objector' | FourEyesConflict;

/**
 * Who may not resolve an objection: the person who raised it (nobody judges their own complaint), and
 * anyone the four-eyes rule keeps from the nomination (its nominee, who proposed or submitted it):
 * they would rule on an objection to their own proposal. Null when the person may.
 */
export function objectionResolverConflict(
  resolver: ActingPerson,
  objectorUserId: string,
  nomination: NominationParties,
): ObjectionResolverConflict | null {
  if (resolver.userId !== undefined && resolver.userId !== null && resolver.userId === objectorUserId) {
    return 'objector';
  }
  return fourEyesConflict(resolver, nomination);
}
