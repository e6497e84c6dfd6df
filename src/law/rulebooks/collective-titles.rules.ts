import type { CriterionSpec } from '../criteria/criterion-spec.js';
import { bacNinhArticle, lawArticle } from './citations.js';

/**
 * Emulation titles for a collective (Law 06/2022/QH15 Art. 26–28, as restated by Bắc Ninh
 * QĐ 86/2025/QĐ-UBND; the Law lets each province detail them).
 */

const EMULATION_MOVEMENT_STATEMENT =
  'có phong trào thi đua thường xuyên, thiết thực, hiệu quả; nội bộ đoàn kết, chấp hành tốt chủ trương, ' +
  'chính sách của Đảng, pháp luật của Nhà nước';

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
    params: { statement: EMULATION_MOVEMENT_STATEMENT },
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
    params: { statement: EMULATION_MOVEMENT_STATEMENT },
    legalBasis: lawArticle('Điều 27'),
  },
];

export const CO_THI_DUA_TINH_CRITERIA: CriterionSpec[] = [
  {
    code: 'rating_excellent',
    kind: 'rating_at_least',
    params: { minimum: 'excellent' },
    legalBasis: lawArticle('Điều 26'),
  },
  {
    code: 'leads_emulation_cluster',
    kind: 'needs_confirmation',
    params: {
      statement:
        'dẫn đầu cụm, khối thi đua do tỉnh tổ chức, hoàn thành vượt mức các chỉ tiêu thi đua, là điển hình tiêu biểu của tỉnh',
    },
    legalBasis: `${lawArticle('Điều 26')}; ${bacNinhArticle('Điều 3 khoản 1')}`,
  },
];
