import type { CriterionSpec } from '../criteria/criterion-spec.js';
import { lawArticle } from './citations.js';

/** Emulation titles for a person (Law 06/2022/QH15 Art. 21–24), shared by every rulebook. */

export const LDTT_CRITERIA: CriterionSpec[] = [
  {
    code: 'rating_good_or_better',
    kind: 'rating_at_least',
    params: { minimum: 'good' },
    legalBasis: lawArticle('Điều 24 khoản 1 điểm a'),
  },
  {
    code: 'solidarity_and_participation',
    kind: 'needs_confirmation',
    params: { statements: ['solidarity_and_participation'] },
    legalBasis: lawArticle('Điều 24 khoản 1 điểm b'),
  },
];

export const CSTDCS_CRITERIA: CriterionSpec[] = [
  // LĐTT of the same year may be decided in the same round, so its criteria are enough.
  { code: 'meets_ldtt', kind: 'meets_award_in_year', params: { award: 'LDTT' }, legalBasis: lawArticle('Điều 23') },
  {
    code: 'excellent_or_initiative',
    kind: 'any_of',
    params: {
      options: [
        {
          code: 'rating_excellent',
          kind: 'rating_at_least',
          params: { minimum: 'excellent' },
          legalBasis: lawArticle('Điều 23'),
        },
        {
          code: 'initiative_in_year',
          kind: 'initiative_at_level',
          params: { minimumLevel: 'grassroots', windowYears: 1 },
          legalBasis: lawArticle('Điều 23'),
        },
      ],
    },
    legalBasis: lawArticle('Điều 23'),
  },
];

export const CSTD_TINH_CRITERIA: CriterionSpec[] = [
  // Counting "3 consecutive" includes the proposal year (domain-rules §2.3 [I]); strict: on record only.
  {
    code: 'cstdcs_3_consecutive',
    kind: 'title_chain',
    params: { award: 'CSTDCS', length: 3, endOffsets: [0] },
    legalBasis: lawArticle('Điều 22 khoản 1'),
  },
  // The Law does not say when the initiative must be recognised; we look at the years of the chain [I].
  {
    code: 'provincial_initiative',
    kind: 'initiative_at_level',
    params: { minimumLevel: 'provincial', windowYears: 3 },
    legalBasis: lawArticle('Điều 22 khoản 1'),
  },
];

export const CSTD_TOAN_QUOC_CRITERIA: CriterionSpec[] = [
  // The two provincial titles may end in the proposal year or the year before: the national dossier
  // goes up in the adjacent year (ND 98 Art. 32 practice) [I].
  {
    code: 'cstd_tinh_2_consecutive',
    kind: 'title_chain',
    params: { award: 'CSTD_TINH', length: 2, endOffsets: [0, 1] },
    legalBasis: lawArticle('Điều 21'),
  },
  {
    code: 'national_initiative',
    kind: 'initiative_at_level',
    params: { minimumLevel: 'national', windowYears: 3 },
    legalBasis: lawArticle('Điều 21'),
  },
];
