import { translate } from '../../i18n/translate.js';
import type { Messages } from '../../i18n/vi.js';
import type { KeyedDetail } from '../errors/domain-error.js';
import { type Locale } from '../../kernel/index.js';

/**
 * The plumbing of the plausibility checks (the rules themselves are the features':
 * history/plausibility.ts, staff/plausibility.ts). A check answers findings: the impossible, which
 * refuses the write (422, the rule in the message), and the unlikely, which is saved and answered
 * with `warnings`.
 */

/** A rule's name: its text is `plausibility.<rule>` in the catalogues. */
export type PlausibilityRule = keyof Messages['plausibility'];

export interface Finding {
  rule: PlausibilityRule;
  /** The field the finding is about, as the API names it. */
  field: string;
  params: Record<string, string | number>;
  /** The line of an imported file the finding is about. */
  line?: number;
}

export interface Findings {
  refusals: Finding[];
  warnings: Finding[];
}

export const NO_FINDINGS: Findings = { refusals: [], warnings: [] };

export const mergeFindings = (...all: Findings[]): Findings => ({
  refusals: all.flatMap((f) => f.refusals),
  warnings: all.flatMap((f) => f.warnings),
});

/** A warning as the API answers it, in the reader's language. */
export interface WarningView {
  code: PlausibilityRule;
  field: string;
  message: string;
  /** The line of an imported file it is about. */
  line?: number;
}

export const wordFinding = (lang: Locale, finding: Finding): WarningView => ({
  ...(finding.line === undefined ? {} : { line: finding.line }),
  code: finding.rule,
  field: finding.field,
  message: translate(lang, `plausibility.${finding.rule}`, finding.params),
});

/** A service's answer with its warnings worded for the reader (the API controllers' last step). */
export async function withWordedWarnings<T extends { warnings: Finding[] }>(
  answer: Promise<T>,
  lang: Locale,
): Promise<Omit<T, 'warnings'> & { warnings: WarningView[] }> {
  const value = await answer;
  return { ...value, warnings: value.warnings.map((finding) => wordFinding(lang, finding)) };
}

/** The refusals as the details of a 422, each beside its field. */
export const refusalDetails = (refusals: readonly Finding[]): KeyedDetail[] =>
  refusals.map((finding) => ({
    field: finding.field,
    constraint: finding.rule,
    key: `plausibility.${finding.rule}`,
    params: finding.params,
  }));

/** The calendar day of `date` on the server's clock, YYYY-MM-DD (what the rules compare dates with). */
export function isoDay(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whole years from `from` to `to` (both YYYY-MM-DD): someone born on `from` is this old on `to`. */
export function yearsBetween(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) < from.slice(5) ? years - 1 : years;
}

/** The warnings in the address of the page a saved form goes to (`w=rule.k~v.k~v`), read back by `flashWarnings`. */
export function warningsQuery(warnings: readonly Finding[]): string {
  return warnings
    .slice(0, 5)
    .map((w) => `w=${encodeURIComponent([w.rule, ...Object.entries(w.params).map(([k, v]) => `${k}~${String(v)}`)].join('|'))}`)
    .join('&');
}

const RULES = new Set<string>([
  'yearAfterRound',
  'decisionBeforeReview',
  'decisionInFuture',
  'birthInFuture',
  'startInFuture',
  'startBeforeAge15',
  'decisionBeforeYearEnd',
  'cstdcsWithoutLdtt',
  'ageOver65',
  'startBefore1950',
  'samePerson',
] satisfies PlausibilityRule[]);

/** A value from an address: short plain text only (names, codes, dates, numbers), else the warning is dropped. */
const SAFE_PARAM = /^[\p{L}\p{M}\p{N} ./_-]{0,80}$/u;

/**
 * The warnings a page was sent with after saving (`?w=…`), worded; unknown rules and odd values
 * (a hand-made address) are left out.
 */
export function flashWarnings(lang: Locale, w: string | string[] | undefined): string[] {
  const texts = w === undefined ? [] : Array.isArray(w) ? w.slice(0, 5) : [w];
  return texts.flatMap((text) => {
    const [rule, ...pairs] = text.split('|');
    if (!RULES.has(rule)) {
      return [];
    }
    const params: Record<string, string> = {};
    for (const pair of pairs) {
      const [key, value = ''] = pair.split('~');
      if (!/^[a-zA-Z]{1,20}$/u.test(key) || !SAFE_PARAM.test(value)) {
        return [];
      }
      params[key] = value;
    }
    return [translate(lang, `plausibility.${rule as PlausibilityRule}`, params)];
  });
}
