import { CO_THI_DUA_TINH_CRITERIA, TTLDTT_CRITERIA, TTLDXS_CRITERIA } from './collective-titles.rules.js';
import {
  BANG_KHEN_TINH_STAFF_CRITERIA,
  BANG_KHEN_TINH_UNIT_CRITERIA,
  BANG_KHEN_TTG_STAFF_CRITERIA,
  GIAY_KHEN_STAFF_CRITERIA,
  GIAY_KHEN_UNIT_CRITERIA,
  HCLD_HANG_BA_STAFF_CRITERIA,
} from './commendations.rules.js';
import { CSTD_TINH_CRITERIA, CSTD_TOAN_QUOC_CRITERIA, CSTDCS_CRITERIA, LDTT_CRITERIA } from './individual-titles.rules.js';
import { staffPrinciples, unitPrinciples } from './principles.rules.js';
import type { AwardCriteria, DecreeCitations, Rulebook } from './rulebook.js';
import { type AwardCode } from '../../kernel/index.js';

/**
 * The criteria of Law 06/2022/QH15 and the general principles, cited from the decree in force.
 * Collective routes of Bằng khen TTg and HCLĐ hạng Ba are not modelled yet, so they are refused for
 * collectives rather than guessed.
 */
export function law2022Rules(citations: DecreeCitations): Pick<Rulebook, 'awards' | 'principles'> {
  return {
    awards: law2022Awards(),
    principles: { staff: staffPrinciples(citations), unit: unitPrinciples(citations) },
  };
}

function law2022Awards(): Record<AwardCode, AwardCriteria> {
  return {
    LDTT: { staff: LDTT_CRITERIA },
    CSTDCS: { staff: CSTDCS_CRITERIA },
    CSTD_TINH: { staff: CSTD_TINH_CRITERIA },
    CSTD_TOAN_QUOC: { staff: CSTD_TOAN_QUOC_CRITERIA },
    TTLDTT: { unit: TTLDTT_CRITERIA },
    TTLDXS: { unit: TTLDXS_CRITERIA },
    CO_THI_DUA_TINH: { unit: CO_THI_DUA_TINH_CRITERIA },
    GIAY_KHEN: { staff: GIAY_KHEN_STAFF_CRITERIA, unit: GIAY_KHEN_UNIT_CRITERIA },
    BANG_KHEN_TINH: { staff: BANG_KHEN_TINH_STAFF_CRITERIA, unit: BANG_KHEN_TINH_UNIT_CRITERIA },
    BANG_KHEN_TTG: { staff: BANG_KHEN_TTG_STAFF_CRITERIA },
    HCLD_HANG_BA: { staff: HCLD_HANG_BA_STAFF_CRITERIA },
  };
}
