/**
 * ND 152/2025 Art. 49(5): one subject holding several emulation titles (danh hiệu thi đua) for the
 * same counting period is paid only the money of the highest title; a title and a form of
 * commendation (hình thức khen thưởng) at the same time are both paid (Art. 49(7)), so only titles
 * compete here. "Highest" is read as the larger coefficient, which is how the decree ranks them
 * (LĐTT 0.3 < CSTĐCS 1.0 < CSTĐ tỉnh 3.0 …).
 */
export const HIGHEST_TITLE_BASIS = 'Nghị định 152/2025/NĐ-CP, Điều 49 khoản 5';

/** Another title the same subject holds (or is drafted for) in the same year. */
export interface RivalTitle {
  awardName: string;
  coefficient: number;
  /** An award record already given (issued or recorded); a line of another draft is not settled. */
  settled: boolean;
}

/**
 * The rival that takes the money from a title worth `coefficient`, or null when the title is paid.
 * A strictly higher rival always wins; on a tie the settled award keeps its money (it was paid
 * first), and between two drafts both are paid until one of them is issued.
 */
export function outrankingTitle(coefficient: number, rivals: readonly RivalTitle[]): RivalTitle | null {
  let best: RivalTitle | null = null;
  for (const rival of rivals) {
    const wins = rival.coefficient > coefficient || (rival.coefficient === coefficient && rival.settled);
    if (wins && (best === null || rival.coefficient > best.coefficient)) {
      best = rival;
    }
  }
  return best;
}

/** The note printed beside a 0 amount: the signer sees why. */
export function unpaidTitleNote(rival: RivalTitle, year: number): string {
  const where = rival.settled ? 'đã được tặng' : 'đang được đề nghị tặng';
  return (
    `Không chi tiền thưởng: cùng năm ${year} ${where} danh hiệu “${rival.awardName}”; ` +
    `chỉ nhận tiền thưởng của danh hiệu cao nhất (${HIGHEST_TITLE_BASIS}).`
  );
}
