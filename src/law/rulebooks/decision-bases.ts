import { rulebookFor } from './rulebook-for.js';

/**
 * The legal bases (căn cứ) an award decision cites, per rulebook, as written after "Căn cứ" and
 * without the closing ";" (the document adds them). ND 30/2020 Phụ lục I: a Law is cited by its
 * name and date only, without its number; decrees and circulars by number, date, issuer and
 * abstract (domain-rules §5.2 element 6, §5.4).
 */
export const DECISION_BASES: Readonly<Record<string, readonly string[]>> = {
  'nd-98-2023': [
    'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
    'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
  ],
  'nd-152-2025': [
    'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
    'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; ' +
      'quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
    'Thông tư số 15/2025/TT-BNV ngày 04 tháng 8 năm 2025 của Bộ trưởng Bộ Nội vụ quy định biện pháp để tổ chức, ' +
      'hướng dẫn thi hành Luật Thi đua, khen thưởng và Nghị định số 152/2025/NĐ-CP',
  ],
};

/** The national bases for a decision signed on `date` (YYYY-MM-DD): those of the rulebook in force that day. */
export function decisionBasesOn(date: string): string[] {
  return [...(DECISION_BASES[rulebookFor(date).id] ?? [])];
}
