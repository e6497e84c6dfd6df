/**
 * Money in Vietnamese words, as Điều 2 and the total line write it in brackets:
 * 710000 → "Bảy trăm mười nghìn đồng", 1505000 → "Một triệu năm trăm linh năm nghìn đồng".
 *
 * The readings that trip people up: "mốt" for a final 1 after "mươi" (hai mươi mốt) but "một" after
 * "mười" and "linh"; "lăm" for a final 5 after "mười"/"mươi" (mười lăm, hai mươi lăm) but "năm" after
 * "linh"; "tư" for a final 4 after "mươi" (hai mươi tư); "linh" for a zero ten (một trăm linh năm);
 * "không trăm" for a zero hundred inside a larger number (một triệu không trăm linh năm nghìn);
 * "tỷ" repeats for larger amounts (một nghìn tỷ).
 */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const BILLION = 1_000_000_000;

/** The words of a 3-digit group; `inner` when a higher group precedes it (then zero hundreds are read). */
function readGroup(group: number, inner: boolean): string[] {
  const hundreds = Math.floor(group / 100);
  const tens = Math.floor((group % 100) / 10);
  const units = group % 10;
  const words: string[] = [];
  const readHundreds = inner || hundreds > 0;
  if (readHundreds) {
    words.push(DIGITS[hundreds]!, 'trăm');
  }
  if (tens === 0) {
    if (units > 0) {
      if (readHundreds) {
        words.push('linh');
      }
      words.push(DIGITS[units]!);
    }
  } else if (tens === 1) {
    words.push('mười');
    if (units > 0) {
      words.push(units === 5 ? 'lăm' : DIGITS[units]!);
    }
  } else {
    words.push(DIGITS[tens]!, 'mươi');
    if (units > 0) {
      words.push(units === 1 ? 'mốt' : units === 4 ? 'tư' : units === 5 ? 'lăm' : DIGITS[units]!);
    }
  }
  return words;
}

/** Words of 0 < value < 1e9, in groups of thousands; `inner` when a higher part (tỷ) precedes it. */
function readBelowBillion(value: number, inner: boolean): string[] {
  const groups = [Math.floor(value / 1_000_000), Math.floor(value / 1000) % 1000, value % 1000];
  const scales = ['triệu', 'nghìn', ''];
  const words: string[] = [];
  let started = inner;
  groups.forEach((group, index) => {
    if (group === 0) {
      return;
    }
    words.push(...readGroup(group, started));
    if (scales[index]) {
      words.push(scales[index]!);
    }
    started = true;
  });
  return words;
}

function read(value: number): string[] {
  if (value < BILLION) {
    return readBelowBillion(value, false);
  }
  const rest = value % BILLION;
  const words = [...read(Math.floor(value / BILLION)), 'tỷ'];
  return rest === 0 ? words : [...words, ...readBelowBillion(rest, true)];
}

/** The words of a whole number (lower case): 21 → "hai mươi mốt", 0 → "không". */
export function numberInWords(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`Not a whole non-negative amount: ${value}`);
  }
  return value === 0 ? DIGITS[0]! : read(value).join(' ');
}

/** The amount in words with its capital and "đồng": 710000 → "Bảy trăm mười nghìn đồng". */
export function amountInWords(amount: number): string {
  const words = numberInWords(amount);
  return `${words.charAt(0).toLocaleUpperCase('vi')}${words.slice(1)} đồng`;
}
