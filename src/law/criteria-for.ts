import type { CriterionSpec } from './criteria/criterion-spec.js';
import type { ProvinceRules } from './provinces/province-rules.js';
import type { Rulebook } from './rulebooks/rulebook.js';
import { type AwardCode, type SubjectKind } from '../kernel/index.js';

/**
 * The criteria evaluated for an award and subject, in this order: the award's criteria under the Law,
 * the province's wording of what the Law delegates to it, the general principles, then the province's
 * additions. Undefined when the Law does not give the award to that subject.
 */
export function criteriaFor(
  rulebook: Rulebook,
  province: ProvinceRules,
  award: AwardCode,
  subject: SubjectKind,
): readonly CriterionSpec[] | undefined {
  const national = rulebook.awards[award][subject];
  if (national === undefined) {
    return undefined;
  }
  return [
    ...national,
    ...(province.delegatedCriteria[award]?.[subject] ?? []),
    ...rulebook.principles[subject],
    ...(province.additionalCriteria[award]?.[subject] ?? []),
  ];
}
