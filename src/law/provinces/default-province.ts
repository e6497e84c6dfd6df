import { BAC_NINH_RULES } from './bac-ninh.js';
import type { ProvinceRules } from './province-rules.js';

/**
 * The rules applied until a deployment names its own province: the national settings with the
 * example province's details (Bắc Ninh). Replace with the client's province once it supplies its
 * current regulation (domain-rules §1.1).
 */
export const DEFAULT_PROVINCE_RULES: ProvinceRules = {
  ...BAC_NINH_RULES,
  name: 'Mặc định (theo Luật, Nghị định; tiêu chí chi tiết và thời hạn theo ví dụ tỉnh Bắc Ninh)',
};
