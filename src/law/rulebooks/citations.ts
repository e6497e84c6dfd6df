/** Citation builders, so every criterion names its source the same way. */

export const LAW_2022 = 'Luật Thi đua, khen thưởng 2022';

/** lawArticle('Điều 24 khoản 1 điểm a') → 'Luật Thi đua, khen thưởng 2022, Điều 24 khoản 1 điểm a'. */
export function lawArticle(article: string): string {
  return `${LAW_2022}, ${article}`;
}

/** Bắc Ninh's regulation, used where the Law delegates details to the province (domain-rules §1.1). */
export function bacNinhArticle(article: string): string {
  return `Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, ${article}`;
}
