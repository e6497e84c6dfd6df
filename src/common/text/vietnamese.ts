/**
 * Vietnamese text helpers: normalisation of what people type, a folded form for searching without
 * diacritics, and a sort key that orders names the Vietnamese way (domain-rules §6).
 */

/** NFC (TCVN 6909:2001 precomposed form), trimmed, inner white space collapsed to one space. */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Lower case without diacritics ("Nguyễn Văn Đức" → "nguyen van duc"), for matching user queries. */
export function foldForSearch(value: string): string {
  return normalizeText(value)
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'd')
    .toLowerCase();
}

// Dictionary order of the Vietnamese alphabet; f, j, w, z appear in loanwords only.
const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
// Tones in dictionary order: level, grave (huyền), hook (hỏi), tilde (ngã), acute (sắc), dot (nặng).
const TONE_MARKS: Record<string, number> = { '\u0300': 1, '\u0309': 2, '\u0303': 3, '\u0301': 4, '\u0323': 5 };
// Marks that make a different letter (ă â ê ô ơ ư), kept with the base letter.
const LETTER_MARKS = new Set(['\u0306', '\u0302', '\u031b']);

/** One character per letter, ascending in alphabet order, so byte order (COLLATE "C") is dictionary order. */
function letterCode(letter: string): string {
  const index = ALPHABET.indexOf(letter);
  if (index >= 0) {
    return String.fromCharCode(0x41 + index);
  }
  if (/\p{Nd}/u.test(letter)) {
    return String.fromCharCode(0x30 + (Number(letter) % 10));
  }
  return letter === ' ' ? ' ' : '~';
}

function splitLetters(word: string): Array<{ letter: string; tone: number }> {
  const result: Array<{ letter: string; tone: number }> = [];
  for (const cluster of word
    .toLowerCase()
    .normalize('NFD')
    .match(/\P{M}\p{M}*/gu) ?? []) {
    let base = cluster[0];
    let tone = 0;
    for (const mark of cluster.slice(1)) {
      if (mark in TONE_MARKS) {
        tone = TONE_MARKS[mark];
      } else if (LETTER_MARKS.has(mark)) {
        base = (base + mark).normalize('NFC');
      }
    }
    result.push({ letter: base, tone });
  }
  return result;
}

/**
 * Sort key for a full name: given name (last word) first, then the family and middle names; letters
 * take precedence over tones ("Anh" < "Ánh" < "Bình"). Compare keys byte-wise (COLLATE "C").
 */
export function nameSortKey(fullName: string): string {
  const words = normalizeText(fullName).split(' ').filter(Boolean);
  const ordered = words.length > 1 ? [words[words.length - 1], ...words.slice(0, -1)] : words;
  const letters = splitLetters(ordered.join(' '));
  const letterPart = letters.map((l) => letterCode(l.letter)).join('');
  const tonePart = letters.map((l) => String(l.tone)).join('');
  // A tab sorts below every letter code and space, so a shorter name that is a prefix comes first.
  return `${letterPart}\t${tonePart}`;
}

/** Lower case with diacritics kept ("Phùng Văn HÙNG" → "phùng văn hùng"): what "the same word" means to a reader. */
export function lowerForSearch(value: string): string {
  return normalizeText(value).toLowerCase();
}

const TONED_VOWELS = 'aăâeêioôơuưy'
  .split('')
  .flatMap((vowel) => ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'].map((tone) => (vowel + tone).normalize('NFC')));

/**
 * Every lower-case letter of Vietnamese (ASCII, đ, each vowel with each tone) and its capital, for
 * SQL's `translate(text, CAPITALS, SMALL)`: a lower case that does not depend on the database's
 * locale (PGlite's is C, whose `lower()` leaves "Đ" and "Ấ" alone).
 */
export const VIETNAMESE_SMALL = [...new Set(`abcdefghijklmnopqrstuvwxyzđ${TONED_VOWELS.join('')}`)].join('');
export const VIETNAMESE_CAPITALS = VIETNAMESE_SMALL.toUpperCase();
