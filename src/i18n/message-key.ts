import { en } from './en.js';
import { vi, type Messages } from './vi.js';

/** The dotted paths to every text under a catalogue node: `{ a: { b: '…' }, c: '…' }` → `'a.b' | 'c'`. */
type TextPaths<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${TextPaths<T[K]>}` }[keyof T & string];

/**
 * Every key `translate` accepts ("staff.title", "errors.AWARD_ALREADY_RECORDED.staff"), computed from
 * the type of the catalogues: a key that names no text, or names a group of texts, does not compile.
 * A computed key stays checked when its parts are typed (`` `history.ratings.${Rating}` ``); a key
 * known only at run time goes through `dynamicKey`. Templates cannot be typed: `i18n-keys.spec.ts`
 * reads them (and the literals of `src/`) for unknown keys.
 */
export type MessageKey = TextPaths<Messages>;

function textPaths(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([name, value]) =>
    typeof value === 'string'
      ? [`${prefix}${name}`]
      : typeof value === 'object' && value !== null
        ? textPaths(value as object, `${prefix}${name}.`)
        : [],
  );
}

const inEnglish = new Set(textPaths(en));

/** The keys that have a text in both languages, as `MessageKey` promises (the catalogue spec holds them equal). */
export const MESSAGE_KEYS: ReadonlySet<string> = new Set(textPaths(vi).filter((key) => inEnglish.has(key)));

/**
 * The one door for a key the compiler cannot see: built at run time from data (an audit entry's
 * action, a criterion code from the law, a detail's key from the kernel, a template's `{{t "…"}}`).
 * Answers the key when both catalogues have its text, `undefined` when not, so the caller says what
 * to show instead (the raw code, a generic message) rather than printing a dotted key to a reader.
 */
export function dynamicKey(key: string): MessageKey | undefined {
  return MESSAGE_KEYS.has(key) ? (key as MessageKey) : undefined;
}
