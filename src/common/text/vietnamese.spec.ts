import { foldForSearch, lowerForSearch, nameSortKey, normalizeText, VIETNAMESE_CAPITALS, VIETNAMESE_SMALL } from './vietnamese.js';

const sortNames = (names: string[]): string[] =>
  [...names].sort((a, b) => (nameSortKey(a) < nameSortKey(b) ? -1 : nameSortKey(a) > nameSortKey(b) ? 1 : 0));

describe('normalizeText (domain-rules §6.2: NFC, trimmed, spaces collapsed)', () => {
  it('turns decomposed input into precomposed NFC and collapses spaces', () => {
    const decomposed = '  Nguye\u0302\u0303n   Va\u0306n  An ';
    expect(normalizeText(decomposed)).toBe('Nguyễn Văn An');
    expect(normalizeText(decomposed)).toHaveLength('Nguyễn Văn An'.length);
  });
});

describe('foldForSearch', () => {
  it('removes tones and letter marks, maps đ to d and lowers the case', () => {
    expect(foldForSearch('Nguyễn Văn Đức')).toBe('nguyen van duc');
    expect(foldForSearch('ƯƠNG Thị Ánh')).toBe('uong thi anh');
  });
});

describe('nameSortKey (domain-rules §6.1: given name first, letters before tones)', () => {
  it('orders by given name, then family and middle names', () => {
    expect(sortNames(['Trần Văn Bình', 'Nguyễn Thị An', 'Lê Văn An'])).toEqual(['Lê Văn An', 'Nguyễn Thị An', 'Trần Văn Bình']);
  });

  it('puts "Ánh" before "Dung", which PostgreSQL\'s default collation does not', () => {
    expect(sortNames(['Phạm Thị Dung', 'Lê Thị Ánh'])).toEqual(['Lê Thị Ánh', 'Phạm Thị Dung']);
  });

  it('sorts the letters of the Vietnamese alphabet in dictionary order (a ă â, d đ, o ô ơ, u ư)', () => {
    expect(sortNames(['X Đức', 'X Dũng', 'X Ân', 'X Ăn', 'X An'])).toEqual(['X An', 'X Ăn', 'X Ân', 'X Dũng', 'X Đức']);
    expect(sortNames(['X Ơn', 'X Ôn', 'X On', 'X Ưu', 'X Uy'])).toEqual(['X On', 'X Ôn', 'X Ơn', 'X Uy', 'X Ưu']);
  });

  it('compares letters before tones, and tones in the order ngang, huyền, hỏi, ngã, sắc, nặng', () => {
    expect(sortNames(['X Ánh', 'X Anh', 'X Ạnh', 'X Ảnh', 'X Ãnh', 'X Ành'])).toEqual([
      'X Anh',
      'X Ành',
      'X Ảnh',
      'X Ãnh',
      'X Ánh',
      'X Ạnh',
    ]);
    // Letters first: "Ánh" (a-n-h) comes before "Ao" even though its tone is higher.
    expect(sortNames(['X Ao', 'X Ánh'])).toEqual(['X Ánh', 'X Ao']);
  });

  it('puts a shorter given name before a longer one that starts with it', () => {
    expect(sortNames(['Z Anh', 'Z An'])).toEqual(['Z An', 'Z Anh']);
  });

  it('ignores case and decomposed input', () => {
    expect(nameSortKey('NGUYỄN VĂN AN')).toBe(nameSortKey('nguye\u0302\u0303n va\u0306n an'));
  });
});

describe('lowerForSearch and the SQL lower-case table', () => {
  it('lowers capitals with their diacritics kept', () => {
    expect(lowerForSearch(' ĐỖ  HÙNG Anh ')).toBe('đỗ hùng anh');
  });

  it('maps every capital to exactly one small letter, so translate() lines them up', () => {
    expect([...VIETNAMESE_CAPITALS]).toHaveLength([...VIETNAMESE_SMALL].length);
    expect(VIETNAMESE_CAPITALS).toContain('Ặ');
    expect(VIETNAMESE_SMALL[[...VIETNAMESE_CAPITALS].indexOf('Ặ')]).toBe('ặ');
    expect(new Set(VIETNAMESE_SMALL).size).toBe([...VIETNAMESE_SMALL].length);
  });
});
