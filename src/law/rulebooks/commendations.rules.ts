import type { CriterionSpec } from '../criteria/criterion-spec.js';
import { bacNinhArticle, lawArticle } from './citations.js';
import { EXEMPLARY_LAW_ABIDING_STATEMENT } from './principles.rules.js';

/** Forms of commendation (hình thức khen thưởng) relevant to a provincial unit (Law Art. 44, 73–75). */

const RECOGNISED_ACHIEVEMENT_STATEMENT =
  'có thành tích được công nhận trong phong trào thi đua, hoặc thành tích đột xuất có phạm vi ảnh hưởng ' +
  'trong cơ quan, đơn vị';

function exemplaryLawAbiding(legalBasis: string): CriterionSpec {
  return {
    code: 'exemplary_law_abiding',
    kind: 'needs_confirmation',
    params: { statement: EXEMPLARY_LAW_ABIDING_STATEMENT },
    legalBasis,
  };
}

/** ≥ 5 consecutive years rated good or better incl. 3 CSTĐCS, counted after the earlier award. */
function goodFiveYearsWithThreeCstdcs(
  countAfterLatest: 'BANG_KHEN_TINH' | 'BANG_KHEN_TTG',
  legalBasis: string,
): CriterionSpec {
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
    params: { statement: RECOGNISED_ACHIEVEMENT_STATEMENT },
    legalBasis: lawArticle('Điều 75'),
  },
];

export const GIAY_KHEN_UNIT_CRITERIA: CriterionSpec[] = [
  {
    code: 'law_abiding_and_unity',
    kind: 'needs_confirmation',
    params: { statement: `${EXEMPLARY_LAW_ABIDING_STATEMENT}; nội bộ đoàn kết` },
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
    params: { statement: RECOGNISED_ACHIEVEMENT_STATEMENT },
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

export const BANG_KHEN_TINH_UNIT_CRITERIA: CriterionSpec[] = [
  {
    code: 'excellent_or_ttldxs_2_consecutive',
    kind: 'consecutive_ratings',
    params: { minimum: 'excellent', years: 2, orTitle: 'TTLDXS' },
    legalBasis: bacNinhArticle('Điều 3 khoản 3 điểm c'),
  },
  {
    code: 'democracy_welfare_thrift',
    kind: 'needs_confirmation',
    params: {
      statement:
        'thực hiện tốt dân chủ ở cơ sở, chăm lo đời sống cán bộ, thực hành tiết kiệm, phòng, chống tham nhũng, lãng phí',
    },
    legalBasis: bacNinhArticle('Điều 3 khoản 3 điểm c'),
  },
];

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
