import { law2022Rules } from './law-2022.awards.js';
import type { DecreeCitations, Rulebook } from './rulebook.js';

/**
 * Law 06/2022/QH15 with Nghị định 152/2025/NĐ-CP (in force 2025-07-01, Art. 59(1)), open-ended.
 * A reported amending law (06/2026/QH16, from 2026-10-01, domain-rules §1.3 [S]) would end this
 * rulebook once confirmed.
 */
const ND152_CITATIONS: DecreeCitations = {
  principles: 'Nghị định 152/2025/NĐ-CP, Điều 4',
  rewardMoney: 'Nghị định 152/2025/NĐ-CP, Điều 49–54',
};

export const ND152_2025_RULEBOOK: Rulebook = {
  id: 'nd-152-2025',
  title: 'Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP',
  effectiveFrom: '2025-07-01',
  effectiveTo: null,
  citations: ND152_CITATIONS,
  ...law2022Rules(ND152_CITATIONS),
};
