/** Citation builders, so every criterion names its source the same way. */

export const LAW_2022 = 'Luật Thi đua, khen thưởng 2022';

/** lawArticle('Điều 24 khoản 1 điểm a') → 'Luật Thi đua, khen thưởng 2022, Điều 24 khoản 1 điểm a'. */
export function lawArticle(article: string): string {
  return `${LAW_2022}, ${article}`;
}
