import { type AwardCode, type DisciplineLevel, type InitiativeLevel, type Rating } from '../kernel/index.js';

/** Vietnamese names shown to users; code stays in English. */

export const RATING_LABELS: Record<Rating, string> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  completed: 'Hoàn thành nhiệm vụ',
  not_completed: 'Không hoàn thành nhiệm vụ',
};

/** Short forms used in sentences, as emulation officers write them. */
export const AWARD_SHORT_LABELS: Record<AwardCode, string> = {
  LDTT: 'LĐTT',
  CSTDCS: 'CSTĐCS',
  CSTD_TINH: 'CSTĐ cấp tỉnh',
  CSTD_TOAN_QUOC: 'CSTĐ toàn quốc',
  TTLDTT: 'TTLĐTT',
  TTLDXS: 'TTLĐXS',
  CO_THI_DUA_TINH: 'Cờ thi đua của UBND tỉnh',
  GIAY_KHEN: 'Giấy khen',
  BANG_KHEN_TINH: 'Bằng khen của Chủ tịch UBND tỉnh',
  BANG_KHEN_TTG: 'Bằng khen của Thủ tướng Chính phủ',
  HCLD_HANG_BA: 'Huân chương Lao động hạng Ba',
};

export const AWARD_LABELS: Record<AwardCode, string> = {
  LDTT: 'Lao động tiên tiến',
  CSTDCS: 'Chiến sĩ thi đua cơ sở',
  CSTD_TINH: 'Chiến sĩ thi đua cấp tỉnh',
  CSTD_TOAN_QUOC: 'Chiến sĩ thi đua toàn quốc',
  TTLDTT: 'Tập thể lao động tiên tiến',
  TTLDXS: 'Tập thể lao động xuất sắc',
  CO_THI_DUA_TINH: 'Cờ thi đua của Ủy ban nhân dân tỉnh',
  GIAY_KHEN: 'Giấy khen',
  BANG_KHEN_TINH: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
  BANG_KHEN_TTG: 'Bằng khen của Thủ tướng Chính phủ',
  HCLD_HANG_BA: 'Huân chương Lao động hạng Ba',
};

export const DISCIPLINE_LABELS: Record<DisciplineLevel, string> = {
  reprimand: 'khiển trách',
  warning: 'cảnh cáo',
  demotion: 'hạ bậc lương',
  removal: 'cách chức',
  dismissal: 'buộc thôi việc',
};

export const INITIATIVE_LEVEL_LABELS: Record<InitiativeLevel, string> = {
  grassroots: 'cấp cơ sở',
  provincial: 'cấp tỉnh',
  national: 'toàn quốc',
};

/** "Hoàn thành xuất sắc nhiệm vụ" or "từ Hoàn thành tốt nhiệm vụ trở lên". */
export function ratingRequirementVi(minimum: Rating): string {
  return minimum === 'excellent' ? RATING_LABELS.excellent : `từ ${RATING_LABELS[minimum]} trở lên`;
}

/** "từ cấp tỉnh trở lên", or "toàn quốc" for the highest level. */
export function initiativeRequirementVi(minimum: InitiativeLevel): string {
  return minimum === 'national' ? INITIATIVE_LEVEL_LABELS.national : `từ ${INITIATIVE_LEVEL_LABELS[minimum]} trở lên`;
}
