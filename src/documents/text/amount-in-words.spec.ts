import { amountInWords, numberInWords } from './amount-in-words.js';

describe('amountInWords (Điều 2 and the total line, in brackets)', () => {
  it.each([
    [710_000, 'Bảy trăm mười nghìn đồng'],
    [1_505_000, 'Một triệu năm trăm linh năm nghìn đồng'],
    [1_880_000, 'Một triệu tám trăm tám mươi nghìn đồng'],
    [2_530_000, 'Hai triệu năm trăm ba mươi nghìn đồng'],
    [17_750_000, 'Mười bảy triệu bảy trăm năm mươi nghìn đồng'],
    [0, 'Không đồng'],
  ])('%d → %s', (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });

  describe('final digits after mươi / mười / linh', () => {
    it.each([
      [21, 'hai mươi mốt'],
      [11, 'mười một'],
      [101, 'một trăm linh một'],
      [15, 'mười lăm'],
      [25, 'hai mươi lăm'],
      [105, 'một trăm linh năm'],
      [5, 'năm'],
      [24, 'hai mươi tư'],
      [14, 'mười bốn'],
      [104, 'một trăm linh bốn'],
      [10, 'mười'],
      [20, 'hai mươi'],
      [110, 'một trăm mười'],
    ])('%d → %s', (value, words) => {
      expect(numberInWords(value)).toBe(words);
    });
  });

  describe('zero hundreds and tens inside a larger number', () => {
    it.each([
      [1_000_005, 'một triệu không trăm linh năm'],
      [1_005_000, 'một triệu không trăm linh năm nghìn'],
      [2_010_000, 'hai triệu không trăm mười nghìn'],
      [3_000_000, 'ba triệu'],
      [1_000_000_000, 'một tỷ'],
      [1_000_005_000, 'một tỷ không trăm linh năm nghìn'],
      [2_500_000_000_000, 'hai nghìn năm trăm tỷ'],
      [1_000_000_021_000, 'một nghìn tỷ không trăm hai mươi mốt nghìn'],
      [12_345_678_904, 'mười hai tỷ ba trăm bốn mươi lăm triệu sáu trăm bảy mươi tám nghìn chín trăm linh bốn'],
    ])('%d → %s', (value, words) => {
      expect(numberInWords(value)).toBe(words);
    });
  });

  it('comes out precomposed (NFC)', () => {
    const words = amountInWords(1_505_000);
    expect(words).toBe(words.normalize('NFC'));
  });

  it.each([-1, 1.5, Number.MAX_SAFE_INTEGER + 1, Number.NaN])('refuses %p', (value) => {
    expect(() => amountInWords(value)).toThrow(RangeError);
  });
});
