import { displayDate } from '../common/views/handlebars.js';
import { translate } from '../i18n/translate.js';
import { renderStackedBars, swatch } from './award-chart.js';
import { HISTORY_COUNT_CAP } from './home.repository.js';
import {
  CHART_YEARS,
  type Dashboard,
  DASHBOARD_STAFF_AWARDS,
  DASHBOARD_UNIT_AWARDS,
  type HomeView,
  type SetupStep,
} from './home.service.js';
import { type AuthUser, type AwardCode, hasAnyRole, isAdmin, type Locale } from '../kernel/index.js';

/** The view model of the home page (templates/pages/home.hbs). */

/** Deadlines this close are also listed among what needs attention. */
export const DEADLINE_ATTENTION_DAYS = 30;
/** Awards whose eligible people and near misses are listed among what needs attention. */
const ATTENTION_AWARDS: readonly AwardCode[] = ['LDTT', 'CSTDCS'];
/** Units drawn as their own stack; the others share one grey stack. */
const CHART_UNITS = 7;

const STEP_LINKS: Record<SetupStep['code'], { href: string; may: (user: AuthUser) => boolean }> = {
  units: { href: '/units', may: isAdmin },
  issuers: { href: '/issuers', may: isAdmin },
  users: { href: '/users', may: isAdmin },
  staff: { href: '/staff/import', may: (user) => hasAnyRole(user, ['hr_officer']) },
  history: { href: '/history/import', may: (user) => hasAnyRole(user, ['hr_officer']) },
};

interface Attention {
  text: string;
  href: string | null;
  /** People or units named under the line. */
  items: Array<{ text: string; href: string | null }>;
}

export function homeView(home: HomeView, user: AuthUser, lang: Locale) {
  const steps = home.setup.steps.map((step) => ({
    done: step.done,
    label: translate(lang, `home.setup.steps.${step.code}`),
    count:
      step.code === 'history' && step.count >= HISTORY_COUNT_CAP
        ? translate(lang, 'home.setup.countMany', { count: HISTORY_COUNT_CAP })
        : translate(lang, 'home.setup.count', { count: step.count }),
    href: STEP_LINKS[step.code].may(user) ? STEP_LINKS[step.code].href : null,
  }));
  return {
    title: translate(lang, 'home.title'),
    setup: home.setup.complete ? null : { steps, done: steps.filter((step) => step.done).length, total: steps.length },
    dashboard: home.dashboard ? dashboardView(home.dashboard, lang) : null,
  };
}

const shortName = (lang: Locale, award: AwardCode): string => translate(lang, `law.awardsShort.${award}`);

function dashboardView(dashboard: Dashboard, lang: Locale) {
  const { year } = dashboard;
  const staffAwards = DASHBOARD_STAFF_AWARDS.map((code) => ({ code, name: shortName(lang, code) }));
  const unitAwards = DASHBOARD_UNIT_AWARDS.map((code) => ({ code, name: shortName(lang, code) }));
  const row = (awards: Dashboard['totals']['awards']) => ({
    staffAwards: staffAwards.map(({ code, name }) => ({
      name,
      ...awards[code],
      eligibleHref: `/eligibility?awardType=${code}&year=${year}&filter=eligible`,
      nearMissHref: `/eligibility?awardType=${code}&year=${year}&filter=near_miss`,
    })),
    unitRecorded: unitAwards.map(({ code }) => awards[code].recorded).reduce((a, b) => a + b, 0),
  });
  return {
    year,
    heading: translate(lang, 'home.dashboard.heading', { year }),
    staffAwards,
    unitAwardsLabel: translate(lang, 'home.dashboard.unitRecorded', { names: unitAwards.map((a) => a.name).join(', ') }),
    units: dashboard.units.map((unit) => ({
      name: unit.name,
      code: unit.code,
      indent: unit.depth > 0,
      depthMark: '— '.repeat(Math.min(unit.depth, 4)),
      staff: unit.staff,
      unrated: unit.unrated,
      ...row(unit.awards),
    })),
    totals: { staff: dashboard.totals.staff, unrated: dashboard.totals.unrated, ...row(dashboard.totals.awards) },
    deadlines: dashboard.deadlines.map((deadline) => ({
      label: translate(lang, `home.deadlines.${deadline.code}`),
      date: displayDate(deadline.date),
      daysLeft:
        deadline.daysLeft === 0
          ? translate(lang, 'home.deadlines.today')
          : translate(lang, 'home.deadlines.daysLeft', { days: deadline.daysLeft }),
      soon: deadline.daysLeft <= DEADLINE_ATTENTION_DAYS,
      verified: deadline.verified,
      source: deadline.source,
    })),
    attention: attention(dashboard, lang),
    chart: chartView(dashboard, lang),
  };
}

function attention(dashboard: Dashboard, lang: Locale): Attention[] {
  const { year } = dashboard;
  const list: Attention[] = [];
  for (const deadline of dashboard.deadlines.filter((d) => d.daysLeft <= DEADLINE_ATTENTION_DAYS)) {
    list.push({
      text: translate(lang, 'home.attention.deadline', {
        label: translate(lang, `home.deadlines.${deadline.code}`),
        date: displayDate(deadline.date),
        days: deadline.daysLeft,
      }),
      href: null,
      items: [],
    });
  }
  if (dashboard.enters && dashboard.totals.unrated > 0) {
    const more = dashboard.totals.unrated - dashboard.unratedPeople.length;
    list.push({
      text: translate(lang, 'home.attention.unratedStaff', { count: dashboard.totals.unrated, year }),
      href: null,
      items: [
        ...dashboard.unratedPeople.map((person) => ({
          text: `${person.fullName} (${person.code}) — ${person.unitName}`,
          href: `/staff/${person.id}/history?year=${year}`,
        })),
        ...(more > 0 ? [{ text: translate(lang, 'home.attention.more', { count: more }), href: '/staff' }] : []),
      ],
    });
  }
  if (dashboard.enters && dashboard.unratedUnits.length > 0) {
    list.push({
      text: translate(lang, 'home.attention.unratedUnits', { count: dashboard.unratedUnits.length, year }),
      href: null,
      items: dashboard.unratedUnits.map((unit) => ({ text: unit.name, href: null })),
    });
  }
  if (dashboard.weighs) {
    // The titles of the round; the table has the commendations too.
    for (const award of ATTENTION_AWARDS) {
      const counts = dashboard.totals.awards[award];
      if (counts.nearMiss > 0) {
        list.push({
          text: translate(lang, 'home.attention.nearMiss', { count: counts.nearMiss, award: shortName(lang, award), year }),
          href: `/eligibility?awardType=${award}&year=${year}&filter=near_miss`,
          items: [],
        });
      }
      if (counts.eligible > 0) {
        list.push({
          text: translate(lang, 'home.attention.notRecorded', {
            eligible: counts.eligible,
            recorded: counts.recorded,
            award: shortName(lang, award),
            year,
          }),
          href: `/eligibility?awardType=${award}&year=${year}&filter=eligible`,
          items: [],
        });
      }
    }
  }
  return list;
}

/** Awards recorded per year (bars) and unit (stacks): the units with most awards over the years, the rest together. */
function chartView(dashboard: Dashboard, lang: Locale) {
  const years = Array.from({ length: CHART_YEARS }, (_, i) => dashboard.year - CHART_YEARS + 1 + i);
  const names = new Map(dashboard.units.map((unit) => [unit.id, unit.name]));
  const perUnit = new Map<string, number[]>();
  for (const row of dashboard.recordedByYear) {
    const values = perUnit.get(row.unitId) ?? years.map(() => 0);
    values[years.indexOf(row.year)] += row.n;
    perUnit.set(row.unitId, values);
  }
  const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
  const ranked = [...perUnit.entries()].sort(
    (a, b) => sum(b[1]) - sum(a[1]) || (names.get(a[0]) ?? '').localeCompare(names.get(b[0]) ?? '', 'vi'),
  );
  const own = ranked.length > CHART_UNITS + 1 ? ranked.slice(0, CHART_UNITS) : ranked;
  const rest = ranked.slice(own.length);
  const series = [
    ...own.map(([id, values]) => ({ name: names.get(id) ?? id, values })),
    ...(rest.length > 0
      ? [
          {
            name: translate(lang, 'home.chart.otherUnits', { count: rest.length }),
            values: years.map((_, i) => sum(rest.map(([, v]) => v[i]))),
          },
        ]
      : []),
  ];
  const totals = years.map((_, i) => sum(series.map((s) => s.values[i])));
  const title = translate(lang, 'home.chart.title', { from: years[0], to: years[years.length - 1] });
  const description = translate(lang, 'home.chart.description', {
    totals: years.map((y, i) => `${y}: ${totals[i]}`).join('; '),
  });
  return {
    title,
    empty: sum(totals) === 0,
    svg: renderStackedBars({ id: 'awards-chart', title, description, categories: years.map(String), series }),
    legend: series.map((s, i) => ({ name: s.name, swatch: swatch(i) })),
    years,
    rows: series.map((s) => ({ name: s.name, values: s.values, total: sum(s.values) })),
    totals,
    grandTotal: sum(totals),
  };
}
