import { capitalisePersonName } from './names.js';

describe('capitalisePersonName (ND 30/2020 Phụ lục II)', () => {
  it('capitalises every syllable', () => {
    expect(capitalisePersonName('nguyễn thị minh khai')).toBe('Nguyễn Thị Minh Khai');
  });

  it('lowers the rest of a syllable typed in capitals', () => {
    expect(capitalisePersonName('PHÙNG VĂN HÙNG')).toBe('Phùng Văn Hùng');
  });

  it('handles a capital letter with a tone mark first (Đ, Ư, Ỷ)', () => {
    expect(capitalisePersonName('đặng ước ỷ')).toBe('Đặng Ước Ỷ');
  });

  it('makes decomposed input precomposed (NFC)', () => {
    const result = capitalisePersonName('nguyễn văn ước'.normalize('NFD'));
    expect(result).toBe('Nguyễn Văn Ước');
    expect(result).toBe(result.normalize('NFC'));
  });

  it('collapses and trims white space, tabs and non-breaking spaces included', () => {
    expect(capitalisePersonName('  trần\u00a0 \tthị   bảo  ')).toBe('Trần Thị Bảo');
  });

  it('capitalises each part of a hyphenated name', () => {
    expect(capitalisePersonName('y-đăk niê')).toBe('Y-Đăk Niê');
  });
});
