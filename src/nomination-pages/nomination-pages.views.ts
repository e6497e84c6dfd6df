import { type CriterionRow, criterionRows } from '../eligibility/index.js';
import { dynamicKey, translate } from '../i18n/translate.js';
import { type AuthUser, isAwardCode, type Locale } from '../kernel/index.js';
import type { EligibilityResult, NominationAction, NominationState } from '../law/index.js';
import type { NominationsService, NominationTransitionLogEntry, NominationView, QuotaView } from '../nominations/index.js';
import type { NominationFlashQuery, PageAction } from './dto/page-forms.js';
import { PAGE_ACTIONS } from './dto/page-forms.js';

/** The nominations' own detail as the page gets it (`NominationsService.detail`). */
type NominationDetail = Awaited<ReturnType<NominationsService['detail']>>;

const LOCAL_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** "05/03/2026 14:07", Vietnam's time. */
export const localTime = (at: string): string => LOCAL_TIME.format(new Date(at)).replace(',', '');
/** "2026-03-05" → "05/03/2026". */
export const dayMonthYear = (date: string): string => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

export const awardName = (lang: Locale, code: string): string => (isAwardCode(code) ? translate(lang, `law.awards.${code}`) : code);
export const stateText = (lang: Locale, state: NominationState): string => translate(lang, `nominations.states.${state}`);

/** The badge colour of a state: where it stands on the way (open, good, stopped). */
export function stateTone(state: NominationState): 'open' | 'good' | 'stopped' | 'neutral' {
  if (state === 'rejected' || state === 'failed' || state === 'withdrawn') {
    return 'stopped';
  }
  if (state === 'approved' || state === 'passed' || state === 'posted' || state === 'proposed_upward' || state === 'decided') {
    return 'good';
  }
  return state === 'returned' ? 'open' : 'neutral';
}

/** The flash a saved form comes back with, with the counts of "everyone eligible". */
export function nominationFlash(lang: Locale, query: NominationFlashQuery): string | null {
  if (query.saved === undefined) {
    return null;
  }
  if (query.saved === 'bulk') {
    return translate(lang, 'nominationPages.bulk.done', {
      created: query.created ?? 0,
      nominated: query.nominated ?? 0,
      awarded: query.awarded ?? 0,
      notEligible: query.notEligible ?? 0,
    });
  }
  return translate(lang, `nominationPages.saved.${query.submit ?? query.saved}`);
}

/** A quota as a line of text, and whether it bites ("CSTĐCS: 3 trên tối đa 3 của Phòng …", at or over the limit). */
export function quotaLine(lang: Locale, quota: QuotaView) {
  const award = awardName(lang, quota.awardType);
  const bites = quota.limit !== null && quota.count >= quota.limit;
  return {
    text:
      quota.limit === null
        ? translate(lang, 'nominationPages.quota.none', { award, unit: quota.unitName, count: quota.count })
        : translate(lang, 'nominationPages.quota.counter', { award, count: quota.count, limit: quota.limit, unit: quota.unitName }),
    bites,
    warning:
      quota.limit === null
        ? null
        : quota.count > quota.limit
          ? translate(lang, 'nominationPages.quota.over')
          : bites
            ? translate(lang, 'nominationPages.quota.full')
            : null,
    hint: translate(lang, 'nominationPages.quota.holding', { staff: quota.staffCount }),
    unverified: quota.verified === false,
    source: quota.source,
  };
}

/** One line of a list or of the review queue. */
export function nominationRow(lang: Locale, item: NominationView) {
  return {
    id: item.id,
    version: item.version,
    subjectName: item.subjectName,
    collective: item.unitId !== null,
    awardName: awardName(lang, item.awardType),
    awardType: item.awardType,
    year: item.year,
    unitName: item.proposedByUnitName,
    unitId: item.proposedByUnitId,
    state: item.state,
    stateText: stateText(lang, item.state),
    tone: stateTone(item.state),
    submittedAtText: item.submittedAt ? localTime(item.submittedAt) : '',
    onHold: item.openHolds > 0,
    selectLabel: `${item.subjectName} — ${awardName(lang, item.awardType)} ${item.year}`,
  };
}

/** The live eligibility panel of the form: the verdict, its rows, or why the engine gave none. */
export function panelModel(lang: Locale, result: EligibilityResult | null, refusal: string | null) {
  if (refusal !== null) {
    const key = dynamicKey(`errors.${refusal}`);
    return { error: key ? translate(lang, key) : refusal, result: null };
  }
  if (result === null) {
    return null;
  }
  const confirm = result.criteria.filter((criterion) => criterion.met === null).length;
  return {
    error: null,
    result: {
      eligible: result.eligible,
      heading: translate(lang, 'eligibility.resultFor', { award: awardName(lang, result.awardType), year: result.year }),
      verdict: translate(lang, result.eligible ? 'eligibility.eligibleSummary' : 'eligibility.notEligibleSummary'),
      confirm: confirm > 0 ? translate(lang, 'eligibility.confirmSummary', { count: confirm }) : null,
      rows: criterionRows(result.criteria, lang),
    },
  };
}

const SYMBOLS = { met: '✓', not_met: '✗', to_confirm: '?' } as const;

/** A criterion worded by the nominations (already in the reader's language) as the eligibility partial's row. */
function criterionRow(lang: Locale, line: { code: string; met: boolean | null; detail: string; legalBasis: string }): CriterionRow {
  const state = line.met === null ? 'to_confirm' : line.met ? 'met' : 'not_met';
  const key = dynamicKey(`eligibility.criteria.${line.code}`);
  return {
    code: line.code,
    label: key ? translate(lang, key) : line.code,
    state,
    symbol: SYMBOLS[state],
    stateLabel: translate(lang, `eligibility.met.${state}`),
    detail: line.detail,
    legalBasis: line.legalBasis,
  };
}

const verdictText = (lang: Locale, eligible: boolean | null): string =>
  translate(
    lang,
    eligible === null
      ? 'nominationPages.detail.toConfirm'
      : eligible
        ? 'nominationPages.detail.eligible'
        : 'nominationPages.detail.notEligible',
  );

const refusalText = (lang: Locale, refusal: string | null): string | null => {
  if (refusal === null) {
    return null;
  }
  const key = dynamicKey(`errors.${refusal}`);
  return translate(lang, 'nominationPages.detail.refusal', { reason: key ? translate(lang, key) : refusal });
};

const REASONED: ReadonlySet<NominationAction> = new Set(['return', 'reject', 'withdraw']);

/** The values of the action forms when one came back refused: the action and its reason as typed. */
export interface ActionValues {
  action: string;
  reason: string;
}

/** The nomination's page: the facts, the actions the reader may take now, the log, the eligibility then and now, the history. */
export function detailModel(lang: Locale, user: AuthUser, detail: NominationDetail, values: ActionValues = { action: '', reason: '' }) {
  const nomination = detail.nomination;
  const http = detail.allowedActions.filter((action): action is PageAction => (PAGE_ACTIONS as readonly string[]).includes(action));
  const differences = new Map(detail.differences.map((difference) => [difference.code, difference]));
  const marked = (rows: CriterionRow[]) =>
    rows.map((row) => {
      const difference = differences.get(row.code);
      return { ...row, change: difference ? translate(lang, `nominationPages.detail.change.${difference.change}`) : null };
    });
  return {
    title: translate(lang, 'nominationPages.detail.title', { subject: nomination.subjectName }),
    nomination: {
      ...nominationRow(lang, nomination),
      achievements: nomination.achievements,
      lastReason: nomination.lastReason,
    },
    editable:
      (nomination.state === 'draft' || nomination.state === 'returned') &&
      user.roles.some((role) => role === 'hr_officer' || role === 'admin'),
    actions: http.map((action) => ({
      action,
      label: translate(lang, `nominationPages.detail.doAction.${action}`),
      reasonRequired: REASONED.has(action),
      reason: values.action === action ? values.reason : '',
      danger: action === 'reject' || action === 'withdraw',
    })),
    log: detail.log.map((entry: NominationTransitionLogEntry) => ({
      atText: localTime(entry.at),
      actorName: entry.actorName,
      fromText: stateText(lang, entry.from),
      toText: stateText(lang, entry.to),
      reason: entry.reason,
    })),
    atSubmit: detail.atSubmit
      ? {
          heading: translate(lang, 'nominationPages.detail.atSubmit', { date: localTime(detail.atSubmit.takenAt) }),
          verdict: verdictText(lang, detail.atSubmit.eligible),
          eligible: detail.atSubmit.eligible,
          refusal: refusalText(lang, detail.atSubmit.refusal),
          rows: marked(detail.atSubmit.criteria.map((line) => criterionRow(lang, line))),
        }
      : null,
    now: {
      verdict: verdictText(lang, detail.now.eligible),
      eligible: detail.now.eligible,
      refusal: refusalText(lang, detail.now.refusal),
      rows: marked(detail.now.criteria.map((line) => criterionRow(lang, line))),
    },
    differences: detail.differences.map((difference) => {
      const key = dynamicKey(`eligibility.criteria.${difference.code}`);
      return {
        label: key ? translate(lang, key) : difference.code,
        change: translate(lang, `nominationPages.detail.change.${difference.change}`),
        atSubmit: difference.change === 'added' ? '—' : verdictText(lang, difference.atSubmit),
        now: difference.change === 'removed' ? '—' : verdictText(lang, difference.now),
      };
    }),
    verdictChanged: detail.verdictChanged,
    priorAwards: detail.priorAwards.map((award) => ({
      awardName: awardName(lang, award.awardType),
      year: award.year,
      decision: [award.decisionNumber, award.decisionDate ? dayMonthYear(award.decisionDate) : null, award.issuerName]
        .filter(Boolean)
        .join(', '),
    })),
    openFreezes: detail.openFreezes.map((freeze) => ({
      reason: freeze.reason,
      period: [
        translate(lang, 'nominationPages.detail.freezeFrom', { from: dayMonthYear(freeze.startsOn) }),
        freeze.endsOn ? translate(lang, 'nominationPages.detail.freezeTo', { to: dayMonthYear(freeze.endsOn) }) : null,
      ]
        .filter(Boolean)
        .join(' '),
    })),
    quota: detail.quota ? quotaLine(lang, detail.quota) : null,
  };
}
