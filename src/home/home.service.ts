import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EligibilityService } from '../eligibility/index.js';
import { type UpcomingDeadline, upcomingDeadlines } from './deadlines.js';
import { type DashboardUnitRow, HomeRepository, type RecordedCount, type SetupCounts, type UnratedPerson } from './home.repository.js';
import { type AuthUser, type AwardCode, currentRoundYear, hasAnyRole, scopePatterns } from '../kernel/index.js';
import { readSettingsInForce } from '../settings/index.js';

/** The staff awards the dashboard counts eligibility for: the grassroots and provincial ones a body handles itself. */
export const DASHBOARD_STAFF_AWARDS = ['LDTT', 'CSTDCS', 'GIAY_KHEN', 'BANG_KHEN_TINH'] as const satisfies readonly AwardCode[];
/** Collective titles whose recorded decisions the dashboard counts (their eligibility is on the units' pages). */
export const DASHBOARD_UNIT_AWARDS = ['TTLDTT', 'TTLDXS'] as const satisfies readonly AwardCode[];
/** The chart's years: the round year and the four before it. */
export const CHART_YEARS = 5;
/** People without a rating named on the page (the count says how many more). */
export const UNRATED_SHOWN = 10;

export interface AwardCounts {
  eligible: number;
  nearMiss: number;
  recorded: number;
}

export interface DashboardUnit extends DashboardUnitRow {
  /** Depth below the topmost unit shown (0 for it), for the indentation of the tree. */
  depth: number;
  awards: Record<string, AwardCounts>;
}

export interface Dashboard {
  year: number;
  units: DashboardUnit[];
  totals: { staff: number; unrated: number; awards: Record<string, AwardCounts> };
  /** Units with staff and without their collective rating for the year. */
  unratedUnits: Array<{ id: string; name: string }>;
  unratedPeople: UnratedPerson[];
  /** Award records in force per year (the last CHART_YEARS) and unit, for the chart. */
  recordedByYear: RecordedCount[];
  deadlines: UpcomingDeadline[];
  /** What this user's roles act on: entering ratings, weighing candidates. */
  enters: boolean;
  weighs: boolean;
}

export interface SetupStep {
  code: 'units' | 'issuers' | 'users' | 'staff' | 'history';
  count: number;
  done: boolean;
}

export interface HomeView {
  setup: { steps: SetupStep[]; complete: boolean };
  dashboard: Dashboard | null;
}

/** The home page: the first-run checklist while the body is being set up, then the round's dashboard. */
@Injectable()
export class HomeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: HomeRepository,
    private readonly eligibility: EligibilityService,
  ) {}

  async home(user: AuthUser, today: Date = new Date()): Promise<HomeView> {
    const counts = await this.repository.setupCounts(this.dataSource.manager);
    const steps = setupSteps(counts);
    // Nothing to count before there are staff.
    const dashboard = counts.staff > 0 ? await this.dashboard(user, today) : null;
    // The set-up is the work of admins and HR; the others see the round once there is one.
    const setsUp = hasAnyRole(user, ['hr_officer']);
    return { setup: { steps, complete: !setsUp || steps.every((step) => step.done) }, dashboard };
  }

  async dashboard(user: AuthUser, today: Date = new Date()): Promise<Dashboard> {
    const year = currentRoundYear(today);
    const patterns = scopePatterns(user);
    // Outside the read below: bringing the kept results up to date writes them.
    const statuses = await this.eligibility.unitStatusCounts(user, year, DASHBOARD_STAFF_AWARDS);
    const { units, recorded, unrated } = await this.dataSource.transaction('REPEATABLE READ', async (manager) => ({
      units: await this.repository.units(manager, patterns, year),
      recorded: await this.repository.recorded(manager, patterns, year - CHART_YEARS + 1, year),
      unrated: await this.repository.unratedPeople(manager, patterns, year, UNRATED_SHOWN),
    }));
    const awards = [...DASHBOARD_STAFF_AWARDS, ...DASHBOARD_UNIT_AWARDS];
    const empty = (): Record<string, AwardCounts> =>
      Object.fromEntries(awards.map((award) => [award, { eligible: 0, nearMiss: 0, recorded: 0 }]));
    const byUnit = new Map(units.map((unit) => [unit.id, empty()]));
    const totals = { staff: 0, unrated: 0, awards: empty() };
    for (const row of statuses) {
      const counts = byUnit.get(row.unitId)?.[row.award];
      if (counts) {
        counts.eligible += row.eligible;
        counts.nearMiss += row.nearMiss;
        totals.awards[row.award].eligible += row.eligible;
        totals.awards[row.award].nearMiss += row.nearMiss;
      }
    }
    for (const row of recorded) {
      const counts = byUnit.get(row.unitId)?.[row.award];
      if (row.year === year && counts) {
        counts.recorded += row.n;
        totals.awards[row.award].recorded += row.n;
      }
    }
    const top = Math.min(...units.map((unit) => pathDepth(unit.path)));
    const shown = inTreeOrder(units)
      .map((unit): DashboardUnit => ({ ...unit, depth: pathDepth(unit.path) - top, awards: byUnit.get(unit.id)! }))
      .filter((unit) => unit.staff > 0 || Object.values(unit.awards).some((c) => c.eligible + c.nearMiss + c.recorded > 0));
    for (const unit of shown) {
      totals.staff += unit.staff;
      totals.unrated += unit.unrated;
    }
    return {
      year,
      units: shown,
      totals,
      unratedUnits: units.filter((unit) => unit.staff > 0 && !unit.rated).map(({ id, name }) => ({ id, name })),
      unratedPeople: unrated,
      recordedByYear: recorded,
      deadlines: upcomingDeadlines(today, (await readSettingsInForce(this.dataSource.manager, localDay(today))).rules),
      enters: hasAnyRole(user, ['hr_officer', 'manager']),
      weighs: hasAnyRole(user, ['hr_officer', 'manager', 'council_secretary']),
    };
  }
}

/** The local calendar day of `today`, YYYY-MM-DD (the deadlines count local days too). */
const localDay = (today: Date): string =>
  `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;

const pathDepth = (path: string): number => path.split('/').filter(Boolean).length;

const UNIT_NAME_ORDER = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Each unit after its parent, siblings in Vietnamese name order (a path is made of ids, which sort anyhow). */
function inTreeOrder<T extends { id: string; name: string; path: string }>(units: readonly T[]): T[] {
  const names = new Map(units.map((unit) => [unit.id, unit.name]));
  const key = (unit: T): string[] =>
    unit.path
      .split('/')
      .filter(Boolean)
      .map((id) => names.get(id) ?? '');
  const compare = (a: string[], b: string[]): number => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const order = UNIT_NAME_ORDER.compare(a[i], b[i]);
      if (order !== 0) {
        return order;
      }
    }
    return a.length - b.length;
  };
  return units
    .map((unit) => ({ unit, key: key(unit) }))
    .sort((a, b) => compare(a.key, b.key) || a.unit.path.localeCompare(b.unit.path))
    .map(({ unit }) => unit);
}

/** Units, issuers, users (besides the first admin), staff, history: each done once it has something. */
export function setupSteps(counts: SetupCounts): SetupStep[] {
  return [
    { code: 'units', count: counts.units, done: counts.units > 0 },
    { code: 'issuers', count: counts.issuers, done: counts.issuers > 0 },
    { code: 'users', count: counts.users, done: counts.users > 1 },
    { code: 'staff', count: counts.staff, done: counts.staff > 0 },
    { code: 'history', count: counts.history, done: counts.history > 0 },
  ];
}

export interface CurrentRound {
  year: number;
}

/** The round being prepared today (kernel `currentRoundYear`). */
export const currentRound = (today: Date = new Date()): CurrentRound => ({ year: currentRoundYear(today) });
