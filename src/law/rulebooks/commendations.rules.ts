import type { CriterionSpec } from '../criteria/criterion-spec.js';
import { lawArticle } from './citations.js';

/** Forms of commendation (hình thức khen thưởng) relevant to a provincial unit (Law Art. 44, 73–75). */

function exemplaryLawAbiding(legalBasis: string): CriterionSpec {
  return {
    code: 'exemplary_law_abiding',
    kind: 'needs_confirmation',
    params: { statements: ['exemplary_law_abiding'] },
    legalBasis,
  };
}

/** ≥ 5 consecutive years rated good or better incl. 3 CSTĐCS, counted after the earlier award. */
function goodFiveYearsWithThreeCstdcs(countAfterLatest: 'BANG_KHEN_TINH' | 'BANG_KHEN_TTG', legalBasis: string): CriterionSpec {
  return {
    code: 'good_5_years_with_3_cstdcs',
    kind: 'rating_run_with_titles',
    params: { minimum: 'good', minYears: 5, title: 'CSTDCS', titleCount: 3, countAfterLatest },
    legalBasis,
  };
}

export const GIAY_KHEN_STAFF_CRITERIA: CriterionSpec[] = [
  exemplaryLawAbiding(lawArticle('Điều 75')),
  {
    code: 'rating_good_or_better',
    kind: 'rating_at_least',
    params: { minimum: 'good' },
    legalBasis: lawArticle('Điều 75'),
  },
  {
    code: 'recognised_achievement',
    kind: 'needs_confirmation',
    params: { statements: ['recognised_achievement'] },
    legalBasis: lawArticle('Điều 75'),
  },
];

export const GIAY_KHEN_UNIT_CRITERIA: CriterionSpec[] = [
  {
    code: 'law_abiding_and_unity',
    kind: 'needs_confirmation',
    params: { statements: ['exemplary_law_abiding', 'internal_unity'] },
    legalBasis: lawArticle('Điều 75'),
  },
  {
    code: 'rating_good_or_better',
    kind: 'rating_at_least',
    params: { minimum: 'good' },
    legalBasis: lawArticle('Điều 75'),
  },
  {
    code: 'recognised_achievement',
    kind: 'needs_confirmation',
    params: { statements: ['recognised_achievement'] },
    legalBasis: lawArticle('Điều 75'),
  },
];

export const BANG_KHEN_TINH_STAFF_CRITERIA: CriterionSpec[] = [
  exemplaryLawAbiding(lawArticle('Điều 74 khoản 1')),
  {
    code: 'cstdcs_2_consecutive_or_excellent_2_years_with_initiatives',
    kind: 'any_of',
    params: {
      options: [
        // Two CSTĐCS in a row, the latest in the proposal year or the year before.
        {
          code: 'cstdcs_2_consecutive',
          kind: 'title_chain',
          params: { award: 'CSTDCS', length: 2, endOffsets: [0, 1] },
          legalBasis: lawArticle('Điều 74 khoản 1 điểm d'),
        },
        {
          code: 'excellent_2_years_with_2_initiatives',
          kind: 'rating_run_with_initiatives',
          params: { minimum: 'excellent', minYears: 2, initiatives: 2, initiativeLevel: 'grassroots' },
          legalBasis: lawArticle('Điều 74 khoản 1 điểm d'),
        },
      ],
    },
    legalBasis: lawArticle('Điều 74 khoản 1 điểm d'),
  },
];

/**
 * No national criterion for a collective yet. The Law sets the collective criteria of Bằng khen cấp
 * tỉnh in Art. 74 (Luật Thi đua, khen thưởng 2022, Điều 74), but only a province's restatement of them
 * has been verified (Bắc Ninh QĐ 86/2025/QĐ-UBND Điều 3 khoản 3 điểm c, domain-rules §3.2), so the
 * collective route comes from the province layer (`provinces/bac-ninh.ts`) until the Law's own clause
 * is read and cited here. The empty list still says the award is given to collectives.
 */
export const BANG_KHEN_TINH_UNIT_CRITERIA: CriterionSpec[] = [];

export const BANG_KHEN_TTG_STAFF_CRITERIA: CriterionSpec[] = [
  exemplaryLawAbiding(lawArticle('Điều 73 khoản 1')),
  {
    code: 'holds_bang_khen_tinh',
    kind: 'holds_award',
    params: { award: 'BANG_KHEN_TINH' },
    legalBasis: lawArticle('Điều 73 khoản 1 điểm b'),
  },
  goodFiveYearsWithThreeCstdcs('BANG_KHEN_TINH', lawArticle('Điều 73 khoản 1 điểm b')),
];

/**
 * Merit route of HCLĐ hạng Ba for staff. The wording is known only from an English rendering of a
 * Ministry of Home Affairs answer (domain-rules §3.4, "also ≥ 1 year of excellent completion"?); check
 * the Vietnamese text of Law Art. 44(1)(e) before relying on it.
 */
export const HCLD_HANG_BA_STAFF_CRITERIA: CriterionSpec[] = [
  exemplaryLawAbiding(lawArticle('Điều 44 khoản 1')),
  {
    code: 'holds_bang_khen_ttg',
    kind: 'holds_award',
    params: { award: 'BANG_KHEN_TTG' },
    legalBasis: lawArticle('Điều 44 khoản 1 điểm e'),
  },
  goodFiveYearsWithThreeCstdcs('BANG_KHEN_TTG', lawArticle('Điều 44 khoản 1 điểm e')),
];
