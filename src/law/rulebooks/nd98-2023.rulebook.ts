import { law2022Rules } from './law-2022.awards.js';
import type { DecreeCitations, Rulebook } from './rulebook.js';

/**
 * Law 06/2022/QH15 with Nghị định 98/2023/NĐ-CP, from 2024-01-01 until ND 152/2025 replaced it on
 * 2025-07-01 (ND 152 Art. 59). Dossiers received before that date still finish under this rulebook
 * (ND 152 Art. 60(3)): callers pass the reception date as `asOf` for them.
 */
const ND98_CITATIONS: DecreeCitations = {
  // Article number not checked against the gazette: the principles article of ND 98 is believed to be Art. 5.
  principles: 'Nghị định 98/2023/NĐ-CP, Điều 5',
  // The money chapter of ND 98 was not read; no article number is claimed.
  rewardMoney: 'Nghị định 98/2023/NĐ-CP (chương quy định về mức tiền thưởng)',
};

export const ND98_2023_RULEBOOK: Rulebook = {
  id: 'nd-98-2023',
  title: 'Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP',
  effectiveFrom: '2024-01-01',
  effectiveTo: '2025-06-30',
  citations: ND98_CITATIONS,
  ...law2022Rules(ND98_CITATIONS),
};
