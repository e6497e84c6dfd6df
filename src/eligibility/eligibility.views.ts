import type { AwardTypeView } from '../catalogue/index.js';
import { dynamicKey, translate } from '../i18n/translate.js';
import { type CriterionResult, DEFAULT_PROVINCE_RULES, type ProvinceRules, type Rulebook } from '../law/index.js';
import { formatDate, reasonText } from './reason-text.js';
import { AWARD_CODES, type AwardCode, isAwardCode, type AwardKind, type AwardSubject, type Locale } from '../kernel/index.js';

/** View models shared by the eligibility page and the eligibility panel of the history page. */

export type CriterionState = 'met' | 'not_met' | 'to_confirm';

export interface CriterionRow {
  code: string;
  label: string;
  state: CriterionState;
  /** ✓ ✗ ?, always shown with `stateLabel`: a symbol alone says nothing to a screen reader. */
  symbol: string;
  stateLabel: string;
  /** The criterion's reason, worded in the page's language. */
  detail: string;
  legalBasis: string;
}

const SYMBOLS: Record<CriterionState, string> = { met: '✓', not_met: '✗', to_confirm: '?' };

export function criterionState(met: boolean | null): CriterionState {
  return met === null ? 'to_confirm' : met ? 'met' : 'not_met';
}

/** The name of a criterion in the page's language; its code when no translation exists yet. */
export function criterionLabel(code: string, lang: Locale): string {
  // Criterion codes come from the law's rulebooks as plain strings: checked at run time here, and
  // each code of every rulebook by eligibility.views.spec.ts.
  const key = dynamicKey(`eligibility.criteria.${code}`);
  return key ? translate(lang, key) : code;
}

export function criterionRows(criteria: readonly CriterionResult[], lang: Locale): CriterionRow[] {
  return criteria.map((criterion) => {
    const state = criterionState(criterion.met);
    return {
      code: criterion.code,
      label: criterionLabel(criterion.code, lang),
      state,
      symbol: SYMBOLS[state],
      stateLabel: translate(lang, `eligibility.met.${state}`),
      detail: reasonText(criterion.reason, lang),
      legalBasis: criterion.legalBasis,
    };
  });
}

export interface AwardChoice {
  code: AwardCode;
  name: string;
}

export interface AwardChoiceGroup {
  label: string;
  choices: AwardChoice[];
}

/**
 * Award types the engine can evaluate for the subject, titles apart from commendations (users confuse
 * them), in catalogue order. Retired types and local types without rules are left out.
 */
export function awardChoiceGroups(
  types: readonly AwardTypeView[],
  rulebook: Rulebook,
  subject: AwardSubject | null,
  lang: Locale,
): AwardChoiceGroup[] {
  const evaluable = types.filter((type): type is AwardTypeView & { code: AwardCode } => {
    if (type.retired || !(AWARD_CODES as readonly string[]).includes(type.code)) {
      return false;
    }
    const awards = rulebook.awards[type.code as AwardCode];
    return subject === null ? true : subject === 'individual' ? awards.staff !== undefined : awards.unit !== undefined;
  });
  const kinds: AwardKind[] = ['title', 'commendation'];
  return kinds
    .map((kind) => ({
      label: translate(lang, `catalogue.kinds.${kind}`),
      choices: evaluable.filter((type) => type.kind === kind).map((type) => ({ code: type.code, name: type.name })),
    }))
    .filter((group) => group.choices.length > 0);
}

export interface LegendSetting {
  text: string;
  source: string;
  /** True for the settings of the award being looked at, so the page can show them first. */
  current: boolean;
}

export interface RulesLegend {
  rulebook: string;
  province: string;
  unverified: LegendSetting[];
}

const formatNumberVi = (value: number): string => value.toLocaleString('vi-VN');

/**
 * The rulebook in force and every setting not yet verified against the official text (council
 * thresholds, money rounding, posting days, inferred money coefficients), so nobody mistakes an
 * assumption for the law.
 */
export function rulesLegend(
  rulebook: Rulebook,
  types: readonly AwardTypeView[],
  lang: Locale,
  award: AwardCode | null,
  province: ProvinceRules = DEFAULT_PROVINCE_RULES,
): RulesLegend {
  const unverified: LegendSetting[] = [];
  for (const [code, setting] of Object.entries(province.councilThresholdPercent)) {
    // The map's keys are award codes by its type; the guard narrows them back for the message key.
    if (setting && !setting.verified && isAwardCode(code)) {
      unverified.push({
        text: translate(lang, 'eligibility.legend.councilThreshold', {
          award: translate(lang, `law.awardsShort.${code}`),
          value: setting.value,
        }),
        source: setting.source,
        current: code === award,
      });
    }
  }
  for (const type of types) {
    for (const subject of ['individual', 'collective'] as const) {
      const coefficient = type.coefficients[subject];
      if (coefficient !== undefined && type.verified[subject] === false) {
        unverified.push({
          text: translate(lang, 'eligibility.legend.coefficient', {
            name: type.name,
            subject: translate(lang, `catalogue.subjects.${subject}`),
            value: formatNumberVi(coefficient),
          }),
          source: type.coefficientNote ?? type.moneyBasis ?? type.legalBasis,
          current: type.code === award,
        });
      }
    }
  }
  if (!province.moneyRounding.verified) {
    unverified.push({
      text: translate(lang, 'eligibility.legend.moneyRounding', { step: formatNumberVi(province.moneyRounding.value.step) }),
      source: province.moneyRounding.source,
      current: false,
    });
  }
  if (!province.inUnitPostingWorkingDays.verified) {
    unverified.push({
      text: translate(lang, 'eligibility.legend.postingDays', { value: province.inUnitPostingWorkingDays.value }),
      source: province.inUnitPostingWorkingDays.source,
      current: false,
    });
  }
  return {
    rulebook: translate(lang, 'eligibility.legend.rulebook', { title: rulebook.title, from: formatDate(rulebook.effectiveFrom) }),
    province: translate(lang, 'eligibility.legend.province', { name: province.name }),
    // Stable: the current award's settings first, the rest in the order above.
    unverified: [...unverified].sort((a, b) => Number(b.current) - Number(a.current)),
  };
}

/** Last year: the usual round (titles of year N are decided early in year N+1). */
export function defaultRoundYear(today: Date = new Date()): number {
  return today.getFullYear() - 1;
}
