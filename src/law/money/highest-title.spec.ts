import { HIGHEST_TITLE_BASIS, outrankingTitle, type RivalTitle, unpaidTitleNote } from './highest-title.js';

const cstdcs: RivalTitle = { awardName: 'Chiến sĩ thi đua cơ sở', coefficient: 1, settled: true };
const cstdcsDraft: RivalTitle = { ...cstdcs, settled: false };
const ldttRecord: RivalTitle = { awardName: 'Lao động tiên tiến', coefficient: 0.3, settled: true };
const cstdTinh: RivalTitle = { awardName: 'Chiến sĩ thi đua cấp tỉnh', coefficient: 3, settled: false };

describe('the highest title of one period is paid only — NĐ 152/2025 Điều 49 khoản 5', () => {
  it('a LĐTT (0.3) beside a CSTĐCS (1.0) of the same year is not paid, whether the CSTĐCS is given or drafted', () => {
    expect(outrankingTitle(0.3, [cstdcs])).toBe(cstdcs);
    expect(outrankingTitle(0.3, [cstdcsDraft])).toBe(cstdcsDraft);
  });

  it('the CSTĐCS beside a LĐTT keeps its money', () => {
    expect(outrankingTitle(1, [ldttRecord])).toBeNull();
  });

  it('no rival: paid', () => {
    expect(outrankingTitle(0.3, [])).toBeNull();
  });

  it('names the highest rival when several outrank the title', () => {
    expect(outrankingTitle(0.3, [cstdcs, cstdTinh, ldttRecord])).toBe(cstdTinh);
  });

  it('on a tie the award already given keeps the money; two drafts are both paid until one is issued', () => {
    expect(outrankingTitle(1, [cstdcs])).toBe(cstdcs);
    expect(outrankingTitle(1, [cstdcsDraft])).toBeNull();
  });

  it('the note names the rival, the year and the article', () => {
    const note = unpaidTitleNote(cstdcs, 2025);
    expect(note).toBe(
      'Không chi tiền thưởng: cùng năm 2025 đã được tặng danh hiệu “Chiến sĩ thi đua cơ sở”; ' +
        `chỉ nhận tiền thưởng của danh hiệu cao nhất (${HIGHEST_TITLE_BASIS}).`,
    );
    expect(note.normalize('NFC')).toBe(note);
    expect(unpaidTitleNote(cstdcsDraft, 2025)).toContain('đang được đề nghị tặng');
  });
});
