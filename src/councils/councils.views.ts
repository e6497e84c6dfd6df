import { pageDateText } from '../common/validation/page-date.js';
import { translate } from '../i18n/translate.js';
import type { Locale } from '../kernel/index.js';
import type { NominationView } from '../nominations/index.js';
import { pageDate } from './council-dates.js';
import type {
  AttendanceRuleView,
  BallotOutcomeView,
  BallotView,
  CouncilMemberView,
  CouncilSessionView,
  CouncilSummary,
  CouncilView,
} from './councils.types.js';

/** The view models of the council's pages: everything worded in the page's language, nothing left to the template. */

const share = (rule: Pick<AttendanceRuleView, 'numerator' | 'denominator'>): string =>
  rule.denominator === 100 ? `${rule.numerator} %` : `${rule.numerator}/${rule.denominator}`;

export const councilRows = (lang: Locale, councils: readonly CouncilSummary[]) =>
  councils.map((council) => ({
    ...council,
    locality: council.locality ?? translate(lang, 'common.none'),
  }));

export function memberRows(lang: Locale, members: readonly CouncilMemberView[], today: string, canEdit: boolean) {
  return members.map((member) => ({
    ...member,
    roleText: translate(lang, `councils.roles.${member.role}`),
    fromText: pageDateText(member.from),
    toText: member.to === null ? translate(lang, 'councils.members.stillMember') : pageDateText(member.to),
    current: member.from <= today && (member.to === null || member.to >= today),
    canEnd: canEdit && member.to === null,
    endLabel: translate(lang, 'councils.members.endLabel', { name: member.name }),
    endField: `end-${member.id}`,
  }));
}

export function sessionRows(lang: Locale, council: CouncilView) {
  return council.sessionList.map((session) => ({
    ...session,
    heldOnText: pageDate(session.heldOn),
    stateText: translate(lang, `councils.states.${session.state}`),
    numbers: [session.minutesNumber, session.tallyNumber].filter((number) => number !== null).join(', '),
  }));
}

export function agendaChoices(nominations: readonly NominationView[], chosen: readonly string[]) {
  return nominations.map((nomination) => ({
    id: nomination.id,
    label: `${nomination.subjectName} — ${nomination.awardType} ${nomination.year} (${nomination.proposedByUnitName})`,
    checked: chosen.includes(nomination.id),
  }));
}

export function attendeeChoices(lang: Locale, members: readonly CouncilMemberView[], today: string, chosen: readonly string[] | null) {
  return members
    .filter((member) => member.to === null || member.to >= today)
    .map((member) => ({
      id: member.id,
      label: `${member.name} — ${translate(lang, `councils.roles.${member.role}`)}`,
      checked: chosen === null ? true : chosen.includes(member.id),
    }));
}

function ruleText(lang: Locale, outcome: Pick<BallotOutcomeView, 'threshold' | 'required' | 'members'>): string {
  return outcome.threshold.kind === 'percent_of_members'
    ? translate(lang, 'councils.session.percentRule', {
        percent: outcome.threshold.percent,
        required: outcome.required,
        members: outcome.members,
      })
    : translate(lang, 'councils.session.majorityRule', { required: outcome.required, members: outcome.members });
}

/** A ballot's form and tally as the session page shows them; `typed` is what a refused form sent back. */
export function ballotRow(lang: Locale, session: CouncilSessionView, ballot: BallotView, typed: Record<string, string> | null) {
  const value = (field: 'for' | 'against' | 'abstain' | 'writtenFor' | 'writtenAgainst'): string =>
    typed !== null ? (typed[field] ?? '') : ballot[field] === null ? '' : String(ballot[field]);
  const prefix = `ballot-${ballot.nominationId}`;
  const outcome = ballot.outcome;
  const verdict = (passed: boolean): string => translate(lang, passed ? 'councils.session.passes' : 'councils.session.fails');
  return {
    ...ballot,
    anchor: `ballot-${ballot.ordinal}`,
    values: {
      for: value('for'),
      against: value('against'),
      abstain: value('abstain'),
      writtenFor: value('writtenFor'),
      writtenAgainst: value('writtenAgainst'),
    },
    fields: {
      for: `${prefix}-for`,
      against: `${prefix}-against`,
      abstain: `${prefix}-abstain`,
      writtenFor: `${prefix}-writtenFor`,
      writtenAgainst: `${prefix}-writtenAgainst`,
      form: `${prefix}-form`,
    },
    recusedText:
      ballot.recused.length === 0
        ? translate(lang, 'councils.session.noneRecused')
        : translate(lang, 'councils.session.recused', {
            names: ballot.recused
              .map((member) => `${member.name} (${translate(lang, `councils.session.conflicts.${member.conflict}`)})`)
              .join('; '),
          }),
    eligibleText: translate(lang, 'councils.session.eligible', { count: ballot.eligibleVoters, members: session.attendance.members }),
    thresholdText: translate(lang, 'councils.session.threshold', {
      rule: ruleText(lang, { threshold: ballot.threshold, required: ballot.required, members: session.attendance.members }),
    }),
    unverified: !ballot.threshold.verified,
    tallyText:
      outcome === null
        ? translate(lang, 'councils.session.notRecorded')
        : translate(lang, 'councils.session.tally', {
            votesFor: outcome.votesFor,
            members: outcome.members,
            required: outcome.required,
            verdict: verdict(outcome.passed),
          }),
    resultText: ballot.result === null ? null : translate(lang, `councils.session.results.${ballot.result}`),
    // What the tally script needs to say the same as it is typed (templates/assets/council-tally.js).
    script: {
      members: session.attendance.members,
      template: translate(lang, 'councils.session.tally', {
        votesFor: '{votesFor}',
        members: '{members}',
        required: '{required}',
        verdict: '{verdict}',
      }),
      passes: verdict(true),
      fails: verdict(false),
    },
  };
}

export function attendanceLines(lang: Locale, session: CouncilSessionView) {
  const { members, present, absent, quorum, awards } = session.attendance;
  const verdict = (met: boolean): string => translate(lang, met ? 'councils.session.met' : 'councils.session.notMet');
  return {
    members: translate(lang, 'councils.session.membersLine', { members, present, absent }),
    quorum: translate(lang, 'councils.session.quorumLine', {
      required: quorum.required,
      members,
      share: share(quorum),
      verdict: verdict(quorum.met),
    }),
    quorumUnverified: !quorum.verified,
    quorumSource: quorum.source,
    awards: translate(lang, 'councils.session.awardsLine', {
      required: awards.required,
      members,
      share: share(awards),
      verdict: verdict(awards.met),
    }),
    awardsUnverified: !awards.verified,
    awardsSource: awards.source,
  };
}

export const documentLinks = (session: CouncilSessionView) =>
  (['minutes', 'tally'] as const).map((kind) => ({
    kind,
    links: (['html', 'docx', 'pdf'] as const).map((format) => ({
      format: format.toUpperCase(),
      href: `/council-sessions/${session.id}/${kind}.${format}`,
    })),
  }));

export const shareOf = share;
