import { findUnsafeCharacter } from './unsafe-characters.js';

describe('findUnsafeCharacter', () => {
  it.each([
    ['a\u0000b', 'U+0000', 2],
    ['\u001b[31mred', 'U+001B', 1],
    ['bell\u0007', 'U+0007', 5],
    ['del\u007f', 'U+007F', 4],
    ['c1\u0085', 'U+0085', 3],
    ['abc\u202Efdp.exe', 'U+202E', 4],
    ['\u202Aembed', 'U+202A', 1],
    ['isolate\u2066x\u2069', 'U+2066', 8],
    ['lone \ud800 high', 'U+D800', 6],
    ['lone \udc00 low', 'U+DC00', 6],
    ['tab\tinside', 'U+0009', 4],
    ['line\nbreak', 'U+000A', 5],
    ['Nguyễn\u0000', 'U+0000', 7],
    ['😀\u0000', 'U+0000', 2],
  ])('refuses %j: %s at character %i', (text, character, position) => {
    expect(findUnsafeCharacter(text)).toEqual({ character, position });
  });

  it.each(['Nguyễn Văn Đức', 'Trưởng phòng Phục vụ bạn đọc', '😀 emoji pairs are fine', 'العربية', 'a\u200db', ''])(
    'accepts %j',
    (text) => {
      expect(findUnsafeCharacter(text)).toBeNull();
    },
  );

  it('accepts TAB, LF and CR in a multi-line field, and nothing else more', () => {
    expect(findUnsafeCharacter('one\r\ntwo\tthree', true)).toBeNull();
    expect(findUnsafeCharacter('one\u0000', true)).toEqual({ character: 'U+0000', position: 4 });
    expect(findUnsafeCharacter('one\u202E', true)).toEqual({ character: 'U+202E', position: 4 });
  });
});
