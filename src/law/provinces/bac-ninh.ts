import { lawArticle } from '../rulebooks/citations.js';
import { NATIONAL_SETTINGS, type ProvinceRules } from './province-rules.js';

/**
 * Bắc Ninh, the example province: Quyết định 86/2025/QĐ-UBND (03/12/2025, in force 15/12/2025),
 * "Quy định về công tác thi đua, khen thưởng tỉnh Bắc Ninh" (domain-rules §1.1, `[P14]`). Another
 * province writes a file like this one with its own regulation.
 */

/** bacNinhArticle('Điều 6') → 'Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 6'. */
export function bacNinhArticle(article: string): string {
  return `Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, ${article}`;
}

const DEADLINES_SOURCE = `${bacNinhArticle('Điều 6')} (ví dụ; tỉnh khác cần thay)`;

export const BAC_NINH_RULES: ProvinceRules = {
  ...NATIONAL_SETTINGS,
  name: 'Tỉnh Bắc Ninh (Quyết định 86/2025/QĐ-UBND)',
  // domain-rules §4.3: dossiers before 10 December, education before 10 July, discipline lists before 10 December.
  deadlines: {
    annualDossier: { value: { day: 10, month: 12 }, verified: true, source: DEADLINES_SOURCE },
    educationSectorDossier: { value: { day: 10, month: 7 }, verified: true, source: DEADLINES_SOURCE },
    disciplineList: { value: { day: 10, month: 12 }, verified: true, source: DEADLINES_SOURCE },
  },
  delegatedCriteria: {
    // Law Art. 26 gives the flag to the collective leading the province's movement; Bắc Ninh measures
    // "leading" by its emulation clusters and blocs (domain-rules §2.7).
    CO_THI_DUA_TINH: {
      unit: [
        {
          code: 'leads_emulation_cluster',
          kind: 'needs_confirmation',
          params: { statements: ['leads_emulation_cluster'] },
          legalBasis: `${lawArticle('Điều 26')}; ${bacNinhArticle('Điều 3 khoản 1')}`,
        },
      ],
    },
    // The collective route of Bằng khen tỉnh as Bắc Ninh restates it (domain-rules §3.2).
    BANG_KHEN_TINH: {
      unit: [
        {
          code: 'excellent_or_ttldxs_2_consecutive',
          kind: 'consecutive_ratings',
          params: { minimum: 'excellent', years: 2, orTitle: 'TTLDXS' },
          legalBasis: bacNinhArticle('Điều 3 khoản 3 điểm c'),
        },
        {
          code: 'democracy_welfare_thrift',
          kind: 'needs_confirmation',
          params: { statements: ['democracy_welfare_thrift'] },
          legalBasis: bacNinhArticle('Điều 3 khoản 3 điểm c'),
        },
      ],
    },
  },
};
