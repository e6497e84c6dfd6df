import { percentText } from './council-document.builder.js';

/** The shares as printed: a no-break space between the figure and the sign. */
const percent = (figure: string): string => `${figure}\u00a0%`;

describe('the minutes print shares in integers (NĐ 98/2023 Điều 30 khoản 7: thresholds of all members)', () => {
  it('27 of 30 is 90,0 %, 26 of 30 is 86,7 %, 2 of 3 is 66,7 %, 1 of 8 is 12,5 % (half up)', () => {
    expect([percentText(27, 30), percentText(26, 30), percentText(2, 3), percentText(1, 8)]).toEqual(
      ['90,0', '86,7', '66,7', '12,5'].map(percent),
    );
  });

  it('0 and all members', () => {
    expect([percentText(0, 30), percentText(30, 30)]).toEqual([percent('0,0'), percent('100,0')]);
  });
});
