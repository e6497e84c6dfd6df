import type { ProvinceSetting } from '../provinces/province-rules.js';

/**
 * A share written as a fraction, so "two thirds" is exact: 20 of 30 present is 2/3, which 0.6667 × 30
 * in floating point would not say. Percent settings are fractions over 100.
 */
export interface Fraction {
  numerator: number;
  denominator: number;
}

export const percent = (value: number): Fraction => ({ numerator: value, denominator: 100 });

/** The smallest whole count that reaches `share` of `total`: ⌈numerator × total / denominator⌉, in integers. */
export function smallestCountReaching(share: Fraction, total: number): number {
  // Whole numbers only (checked by the callers), so the division below is exact integer ceiling.
  return Math.floor((share.numerator * total + share.denominator - 1) / share.denominator);
}

/** Whether `count` of `total` reaches `share`: count / total ≥ numerator / denominator, cross-multiplied. */
export function reaches(count: number, total: number, share: Fraction): boolean {
  return count * share.denominator >= share.numerator * total;
}

/** The meeting rules of an emulation council (Hội đồng Thi đua – Khen thưởng), as province settings. */
export interface CouncilMeetingSettings {
  /** Members present for the council to meet at all (quorum). */
  quorum: ProvinceSetting<Fraction>;
  /** Members present for a session that considers awards (absent members give written votes). */
  awardsAttendance: ProvinceSetting<Fraction>;
}

const BAC_NINH_ART_8 =
  'Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 8 (Hội đồng cấp tỉnh); áp dụng cho Hội đồng của đơn vị là suy luận, cần xác nhận quy chế của đơn vị';

/**
 * domain-rules §2.9: the provincial council meets with 2/3 of its members and considers awards with at
 * least 80 % present (Bắc Ninh Art. 8, read for the provincial council). A unit's council follows the
 * working rules its chair issues (Bắc Ninh Art. 9), which were not read: hence unverified here.
 */
export const DEFAULT_COUNCIL_MEETING_SETTINGS: CouncilMeetingSettings = {
  quorum: { value: { numerator: 2, denominator: 3 }, verified: false, source: BAC_NINH_ART_8 },
  awardsAttendance: { value: percent(80), verified: false, source: BAC_NINH_ART_8 },
};
