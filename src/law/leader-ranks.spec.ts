import { rankOfPosition, STAFF_RANK } from './leader-ranks.js';

describe('the rank table of an attached list (leaders first)', () => {
  it.each([
    ['Giám đốc', 1],
    ['Phó Giám đốc', 2],
    ['Phó giám đốc Sở', 2],
    ['Trưởng phòng Tổ chức cán bộ', 3],
    ['  Phó   Trưởng phòng  Kế hoạch – Tài chính', 4],
    ['Chánh Văn phòng', 3],
    ['Chuyên viên', STAFF_RANK],
    ['Giám định viên', STAFF_RANK],
  ])('%s → %p', (position, rank) => {
    expect(rankOfPosition(position)).toBe(rank);
  });

  it('no position is staff', () => {
    expect(rankOfPosition(null)).toBe(STAFF_RANK);
    expect(rankOfPosition('')).toBe(STAFF_RANK);
  });

  it('reads decomposed (NFD) text as the same title', () => {
    expect(rankOfPosition('Phó Giám đốc'.normalize('NFD'))).toBe(2);
  });
});
