import type { CriterionSpec } from '../criteria/criterion-spec.js';
import { lawArticle } from './citations.js';

/**
 * Emulation titles for a collective (Law 06/2022/QH15 Art. 26–28, as restated by Bắc Ninh
 * QĐ 86/2025/QĐ-UBND; the Law lets each province detail them). What only a province says lives in
 * `provinces/`, never here.
 */

const MEMBERS_LDTT_70PCT: CriterionSpec = {
  code: 'members_ldtt_70pct',
  kind: 'members_ratio_meeting',
  params: { award: 'LDTT', minPercent: 70 },
  legalBasis: lawArticle('Điều 28'),
};

export const TTLDTT_CRITERIA: CriterionSpec[] = [
  {
    code: 'rating_good_or_better',
    kind: 'rating_at_least',
    params: { minimum: 'good' },
    legalBasis: lawArticle('Điều 28'),
  },
  MEMBERS_LDTT_70PCT,
  {
    code: 'no_member_warning_or_above',
    kind: 'no_member_discipline_at_least',
    params: { minimum: 'warning' },
    legalBasis: lawArticle('Điều 28'),
  },
  {
    code: 'emulation_movement_and_unity',
    kind: 'needs_confirmation',
    params: { statements: ['emulation_movement_and_unity'] },
    legalBasis: lawArticle('Điều 28'),
  },
];

export const TTLDXS_CRITERIA: CriterionSpec[] = [
  {
    code: 'rating_excellent',
    kind: 'rating_at_least',
    params: { minimum: 'excellent' },
    legalBasis: lawArticle('Điều 27'),
  },
  {
    code: 'all_members_completed',
    kind: 'all_members_rating_at_least',
    params: { minimum: 'completed' },
    legalBasis: lawArticle('Điều 27'),
  },
  { ...MEMBERS_LDTT_70PCT, legalBasis: lawArticle('Điều 27') },
  {
    code: 'member_cstdcs_at_least_one',
    kind: 'at_least_one_member_with',
    params: { award: 'CSTDCS' },
    legalBasis: lawArticle('Điều 27'),
  },
  {
    code: 'emulation_movement_and_unity',
    kind: 'needs_confirmation',
    params: { statements: ['emulation_movement_and_unity'] },
    legalBasis: lawArticle('Điều 27'),
  },
];

/**
 * Law Art. 26 gives the flag to the collective that leads the province's emulation movement; how
 * "leading" is measured (the emulation clusters and blocs the province organises) is the province's
 * to say, so that criterion comes from the province layer (e.g. `provinces/bac-ninh.ts`).
 */
export const CO_THI_DUA_TINH_CRITERIA: CriterionSpec[] = [
  {
    code: 'rating_excellent',
    kind: 'rating_at_least',
    params: { minimum: 'excellent' },
    legalBasis: lawArticle('Điều 26'),
  },
];
