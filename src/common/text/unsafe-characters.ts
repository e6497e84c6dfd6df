/**
 * Characters no text field of the service accepts, wherever it comes from (a JSON body, a form, a
 * query, a path, a cell of an imported file):
 *
 * - NUL: PostgreSQL cannot store it in text (SQLSTATE 22021), and C strings end at it;
 * - the other C0 controls (ESC, BEL…), DEL and the C1 controls: invisible, they drive terminals
 *   and break the documents, logs and exports a name is written to; TAB, LF and CR only where a
 *   field is multi-line (no field is today: names, codes and positions are one line);
 * - the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder what is
 *   displayed, so a name in a decision could read other than what it holds (CVE-2021-42574);
 * - lone surrogates: not a character at all; encoded to UTF-8 they silently become U+FFFD.
 */

/** With the `u` flag a surrogate pair is one code point, so only a lone surrogate matches \uD800-\uDFFF. */
// eslint-disable-next-line no-control-regex -- matching control characters is what these are for
const SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/u;
// eslint-disable-next-line no-control-regex -- as above
const MULTI_LINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/u;

export interface UnsafeCharacter {
  /** Its code point as people look it up: `U+0000`, `U+202E`. */
  character: string;
  /** Position in the text, counted in characters from 1. */
  position: number;
}

const codePoint = (text: string, index: number): string =>
  `U+${(text.codePointAt(index) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The first character of `text` no field accepts, or null when there is none. */
export function findUnsafeCharacter(text: string, multiLine = false): UnsafeCharacter | null {
  const found = (multiLine ? MULTI_LINE : SINGLE_LINE).exec(text);
  if (found === null) {
    return null;
  }
  return { character: codePoint(text, found.index), position: [...text.slice(0, found.index)].length + 1 };
}
