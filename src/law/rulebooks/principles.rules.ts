import type { CriterionSpec } from '../criteria/criterion-spec.js';
import { lawArticle } from './citations.js';
import type { DecreeCitations } from './rulebook.js';

/**
 * Principles every award obeys; only their decree citation changes between rulebooks.
 * Maternity leave counts as time worked: there is no criterion for it on purpose (see facts.ts).
 */
export function staffPrinciples(citations: DecreeCitations): CriterionSpec[] {
  return [
    { code: 'no_freeze', kind: 'no_freeze', params: {}, legalBasis: citations.principles },
    {
      code: 'achievement_after_discipline',
      kind: 'no_discipline_in_year',
      params: {},
      legalBasis: citations.principles,
    },
    { code: 'not_already_awarded', kind: 'not_already_awarded', params: {}, legalBasis: lawArticle('Điều 5') },
  ];
}

/** Collectives have no discipline of their own; members' discipline is a criterion of the titles that need it. */
export function unitPrinciples(citations: DecreeCitations): CriterionSpec[] {
  return [
    { code: 'no_freeze', kind: 'no_freeze', params: {}, legalBasis: citations.principles },
    { code: 'not_already_awarded', kind: 'not_already_awarded', params: {}, legalBasis: lawArticle('Điều 5') },
  ];
}
