import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { assertSubjectsInScope } from '../common/access/scope.js';
import { ValidationFailed } from '../common/errors/domain-error.js';
import type { Page } from '../common/paging/page-query.js';
import type { EligibilityQuery } from './dto/eligibility.query.js';
import type { ListCandidatesQuery } from './dto/list-candidates.query.js';
import {
  forgetOtherRules,
  type KeptResult,
  keepResults,
  type ResultKey,
  resultPage,
  staleSubjects,
  statusCountsByUnit,
  type StatusCode,
  type UnitStatusCount,
} from './candidate-results.sql.js';
import { RegistrationCriteria } from '../campaigns/index.js';
import { EligibilityRepository, type FactWindow, type StaffSelection } from './eligibility.repository.js';
import { rulesFingerprint } from './rules-fingerprint.js';
import { earliestYearNeeded, factNeeds } from '../law/fact-needs.js';
import {
  AwardNotForSubject,
  type CriterionResult,
  DEFAULT_PROVINCE_RULES,
  type EligibilityResult,
  evaluateStaff,
  evaluateUnit,
  isNearMiss,
  missingCriteria,
  type Rulebook,
  rulebookFor,
  UnknownAwardType,
  withRegistrationCriterion,
} from '../law/index.js';
import { yearEnd, yearStart } from '../law/periods.js';
import { withholdDisciplineDetails } from './discipline-privacy.js';
import {
  type AuthUser,
  AWARD_CODES,
  type AwardCode,
  type AwardSubject,
  awardSubjectOf,
  canSeeDisciplines,
  scopePatterns,
  type SubjectKind,
  subjectKindOf,
} from '../kernel/index.js';

/** One evaluation round: the award, the year, the rulebook in force and the history it reads. */
export interface Round {
  award: AwardCode;
  year: number;
  asOf: string;
  subject: SubjectKind;
  rulebook: Rulebook;
  window: FactWindow;
}

/** What a candidates list says of its round, above its counts and items. */
const roundHeading = (round: Round) => ({
  awardType: round.award,
  subject: awardSubjectOf(round.subject),
  year: round.year,
  asOf: round.asOf,
  rulebook: round.rulebook.id,
});

export type CandidateStatus = 'eligible' | 'near_miss' | 'not_eligible';

/** Every collective award of a year's rulebook for one unit (the unit page's eligibility panel). */
export interface CollectiveEligibility {
  unitId: string;
  year: number;
  asOf: string;
  rulebook: string;
  /** In the catalogue's order of award codes: TTLĐTT, TTLĐXS, Cờ thi đua, Giấy khen, Bằng khen… */
  results: EligibilityResult[];
}

export interface CandidateView {
  id: string;
  code: string;
  name: string;
  /** A person's unit; null for a collective. */
  unitId: string | null;
  unitName: string | null;
  status: CandidateStatus;
  eligible: boolean;
  /** Criteria definitely not met; a near-miss has exactly one. */
  missing: CriterionResult[];
  /** How many criteria wait for a person's confirmation (met: null). */
  toConfirm: number;
  criteria: CriterionResult[];
}

export interface CandidatesPage extends Page<CandidateView> {
  awardType: AwardCode;
  subject: AwardSubject;
  year: number;
  asOf: string;
  rulebook: string;
  counts: { eligible: number; nearMiss: number; notEligible: number };
}

const STATUS_ORDER: Record<CandidateStatus, StatusCode> = { eligible: 0, near_miss: 1, not_eligible: 2 };
/** Beyond this many stale results, their facts are read with the whole selection's rather than by id. */
const MANY_STALE = 2_000;
const UNIT_NAME_ORDER = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/**
 * Joins the law (the pure engine in this folder) to the data: loads the facts a rulebook needs,
 * set-based, and evaluates them in memory. Every read runs in one REPEATABLE READ transaction, so all
 * kinds of facts come from the same moment.
 */
@Injectable()
export class EligibilityService implements OnApplicationBootstrap {
  /** The law of this build: kept results of another are never read (rules-fingerprint.ts). */
  private readonly rules = rulesFingerprint();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: EligibilityRepository,
    private readonly registrations: RegistrationCriteria,
  ) {}

  /** Results kept by an earlier release of the rules would only take room. */
  async onApplicationBootstrap(): Promise<void> {
    await forgetOtherRules(this.dataSource.manager, this.rules);
  }

  /** One staff member or unit, criterion by criterion; a discipline's details only for those who may see them. */
  async evaluate(query: EligibilityQuery, user: AuthUser): Promise<EligibilityResult> {
    const result = await this.evaluateAll(query, user);
    return canSeeDisciplines(user) ? result : { ...result, criteria: result.criteria.map(withholdDisciplineDetails) };
  }

  /**
   * One unit for every award the year's rulebook gives to collectives. The members' facts are read
   * once, set-based, for the union of the awards' windows (each criterion reads only its own years
   * and award types from them), then each award is evaluated in memory.
   */
  async evaluateCollective(unitId: string, year: number, user: AuthUser): Promise<CollectiveEligibility> {
    const asOf = yearEnd(year);
    const rulebook = rulebookFor(asOf);
    const rounds = AWARD_CODES.filter((award) => rulebook.awards[award].unit !== undefined).map((award) =>
      roundFor(award, year, asOf, 'unit'),
    );
    const window = unionWindow(rounds, year, asOf);
    const results = await this.read(async (manager) => {
      const paths = await assertSubjectsInScope(manager, user, { unitIds: [unitId] });
      const members = await this.repository.loadStaff(
        manager,
        { scopePatterns: null, unitPath: paths.units.get(unitId)!, staffId: null, inServiceYear: year },
        window,
      );
      const loaded = await this.repository.loadUnits(manager, { scopePatterns: null, unitPath: null, unitId }, members, window);
      const facts = loaded.facts.get(unitId)!;
      // Registration, when the province requires it: a criterion the adapter adds from its own facts.
      const registered = await this.registrations.criteriaFor(manager, {
        kind: 'unit',
        ids: [unitId],
        awards: rounds.map((round) => round.award),
        year,
        asOf,
      });
      return rounds.map((round) =>
        withRegistrationCriterion(evaluateUnit(facts, round.award, year, { asOf }), registered(unitId, round.award)),
      );
    });
    const shown = canSeeDisciplines(user)
      ? results
      : results.map((result) => ({ ...result, criteria: result.criteria.map(withholdDisciplineDetails) }));
    return { unitId, year, asOf, rulebook: rulebook.id, results: shown };
  }

  /**
   * Everyone in scope for the award (see candidatesAll); a discipline's details only for those who may see them.
   */
  async candidates(query: ListCandidatesQuery, user: AuthUser): Promise<CandidatesPage> {
    const page = await this.candidatesAll(query, user);
    if (canSeeDisciplines(user)) {
      return page;
    }
    return {
      ...page,
      items: page.items.map((item) => ({
        ...item,
        missing: item.missing.map(withholdDisciplineDetails),
        criteria: item.criteria.map(withholdDisciplineDetails),
      })),
    };
  }

  private async evaluateAll(query: EligibilityQuery, user: AuthUser): Promise<EligibilityResult> {
    const [kind, id] = subjectOfQuery(query);
    const round = roundFor(query.awardType, query.year, query.asOf, kind);
    return this.read(async (manager) => {
      // The subject is what the question is about: unknown is a 404, as for an id in a path.
      const paths = await assertSubjectsInScope(manager, user, kind === 'staff' ? { staffIds: [id] } : { unitIds: [id] });
      // Registration, when the province requires it: a criterion the adapter adds from its own facts.
      const registered = await this.registrations.criteriaFor(manager, {
        kind,
        ids: [id],
        awards: [round.award],
        year: round.year,
        asOf: round.asOf,
      });
      return withRegistrationCriterion(await this.evaluateOne(manager, kind, id, round, paths.units.get(id)), registered(id, round.award));
    });
  }

  /** One subject's result under the law, from its facts (and a collective's members' facts). */
  private async evaluateOne(
    manager: EntityManager,
    kind: SubjectKind,
    id: string,
    round: Round,
    unitPath: string | undefined,
  ): Promise<EligibilityResult> {
    if (kind === 'staff') {
      const loaded = await this.repository.loadStaff(
        manager,
        { scopePatterns: null, unitPath: null, staffId: id, inServiceYear: null },
        round.window,
      );
      return evaluateStaff(loaded.facts.get(id)!, round.award, round.year, { asOf: round.asOf });
    }
    const members = await this.repository.loadStaff(
      manager,
      { scopePatterns: null, unitPath: unitPath!, staffId: null, inServiceYear: round.year },
      round.window,
    );
    const loaded = await this.repository.loadUnits(manager, { scopePatterns: null, unitPath: null, unitId: id }, members, round.window);
    return evaluateUnit(loaded.facts.get(id)!, round.award, round.year, { asOf: round.asOf });
  }

  /**
   * Everyone in scope for the award, eligible first, then near-misses (one criterion missing), then
   * the rest; within each group in Vietnamese name order. Everyone is evaluated (the grouping needs
   * it); only the asked page is answered.
   */
  private async candidatesAll(query: ListCandidatesQuery, user: AuthUser): Promise<CandidatesPage> {
    const award = knownAward(query.awardType);
    const asOf = query.asOf ?? yearEnd(query.year);
    const kind = query.subject ? subjectKindOf(query.subject) : defaultSubjectKind(rulebookFor(asOf), award);
    const round = roundFor(award, query.year, asOf, kind);
    if (kind === 'staff') {
      return this.staffCandidates(query, user, round);
    }
    const subjects = await this.read(async (manager): Promise<Subjects> => {
      const unitPath = await this.unitFilterPath(manager, query, user);
      const patterns = scopePatterns(user);
      const staff = await this.repository.loadStaff(
        manager,
        { scopePatterns: patterns, unitPath, staffId: null, inServiceYear: round.year },
        round.window,
      );
      const units = await this.repository.loadUnits(manager, { scopePatterns: patterns, unitPath, unitId: null }, staff, round.window);
      const rows = [...units.rows].sort((a, b) => UNIT_NAME_ORDER.compare(a.name, b.name));
      const results: EligibilityResult[] = [];
      return {
        count: rows.length,
        // A few hundred units at most, each evaluating all its members: keep the results, never evaluate twice.
        evaluate: (i) => (results[i] ??= evaluateUnit(units.facts.get(rows[i].id)!, round.award, round.year, { asOf })),
        describe: (i, result) => candidate(rows[i].id, rows[i].code, rows[i].name, null, null, result),
      };
    });
    return pageOf(subjects, query, round);
  }

  /**
   * Candidates among staff, from the results kept per person and round (candidate-results.sql.ts):
   * first the people whose result is missing or stale (their history changed since) are evaluated
   * and their results kept — everyone on the first request of a round, a few after that; then the
   * list is grouped, counted and paged by the database, and only the page's people are evaluated
   * again for their criteria. A write that lands between the two steps shows in the page's details
   * (evaluated from the second snapshot) and moves the person in the order at the next request.
   */
  private async staffCandidates(query: ListCandidatesQuery, user: AuthUser, round: Round): Promise<CandidatesPage> {
    const key: ResultKey = { rules: this.rules, award: round.award, year: round.year, asOf: round.asOf };
    const evaluated = (facts: Parameters<typeof evaluateStaff>[0]): EligibilityResult =>
      evaluateStaff(facts, round.award, round.year, { asOf: round.asOf });
    const selection = await this.read(async (manager): Promise<StaffSelection> => ({
      scopePatterns: scopePatterns(user),
      unitPath: await this.unitFilterPath(manager, query, user),
      staffId: null,
      inServiceYear: round.year,
    }));
    await this.keepFreshResults(selection, round, key);
    const status = query.filter && query.filter !== 'all' ? STATUS_ORDER[query.filter] : null;
    return this.read(async (manager): Promise<CandidatesPage> => {
      const { counts, items: page } = await resultPage(manager, selection, key, status, {
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      const loaded =
        page.length === 0
          ? { rows: [], facts: new Map() }
          : await this.repository.loadStaff(manager, { ...selection, staffIds: page.map((item) => item.id) }, round.window);
      const rowById = new Map(loaded.rows.map((row) => [row.id, row]));
      return {
        ...roundHeading(round),
        counts: { eligible: counts[0], nearMiss: counts[1], notEligible: counts[2] },
        items: page.map(({ id }) => {
          const row = rowById.get(id)!;
          return candidate(row.id, row.code, row.fullName, row.unitId, row.unitName, evaluated(loaded.facts.get(id)!));
        }),
        total: status === null ? counts[0] + counts[1] + counts[2] : counts[status],
        page: query.page,
        pageSize: query.pageSize,
      };
    });
  }

  /**
   * How many people in the user's units are eligible and near misses, per unit (a person's own unit)
   * and award, for several staff awards of one year: the kept results brought up to date (see
   * staffCandidates), then one grouped statement over them all. For the home page's round dashboard.
   */
  async unitStatusCounts(user: AuthUser, year: number, awards: readonly AwardCode[]): Promise<UnitStatusCount[]> {
    const selection: StaffSelection = { scopePatterns: scopePatterns(user), unitPath: null, staffId: null, inServiceYear: year };
    const asOf = yearEnd(year);
    const staffAwards = awards.filter((award) => rulebookFor(asOf).awards[award].staff !== undefined);
    for (const award of staffAwards) {
      const round = roundFor(award, year, asOf, 'staff');
      await this.keepFreshResults(selection, round, { rules: this.rules, award, year, asOf });
    }
    const counted = await this.read((manager) => statusCountsByUnit(manager, selection, { rules: this.rules, year, asOf }, staffAwards));
    return counted.map((row) => ({ ...row, award: row.award as AwardCode }));
  }

  /**
   * Evaluates the selected people whose kept result for the round is missing or stale (their history
   * changed since) and keeps their results: everyone on the first request of a round, a few after that.
   */
  private async keepFreshResults(selection: StaffSelection, round: Round, key: ResultKey): Promise<void> {
    const evaluated = (facts: Parameters<typeof evaluateStaff>[0]): EligibilityResult =>
      evaluateStaff(facts, round.award, round.year, { asOf: round.asOf });
    const fresh = await this.read(async (manager) => {
      // The counters in the same snapshot as the facts: a write committing meanwhile leaves the result stale, never wrongly current.
      const versions = await staleSubjects(manager, selection, key);
      // Many stale (the first list of a round): the whole selection is read as before, cheaper than thousands of ids in every query.
      const loaded =
        versions.size === 0
          ? { rows: [], facts: new Map() }
          : await this.repository.loadStaff(
              manager,
              versions.size > MANY_STALE ? selection : { ...selection, staffIds: [...versions.keys()] },
              round.window,
            );
      return loaded.rows
        .filter((row) => versions.has(row.id))
        .map((row): KeptResult => ({
          id: row.id,
          status: STATUS_ORDER[statusOf(evaluated(loaded.facts.get(row.id)!))],
          version: versions.get(row.id)!,
        }));
    });
    if (fresh.length > 0) {
      // Outside the REPEATABLE READ snapshot: another request keeping the same rows must not make this one fail.
      await keepResults(this.dataSource.manager, key, fresh);
    }
  }

  /**
   * The verdict of each given subject for one round, for code that has already checked them against
   * the user's scope (a decision's new lines): evaluated from one snapshot of their facts, a fixed
   * number of statements whatever the number of subjects. Ids that are not subjects are left out.
   */
  async verdictsFor(awardType: string, year: number, kind: SubjectKind, ids: readonly string[]): Promise<Map<string, EligibilityResult>> {
    const round = roundFor(awardType, year, null, kind);
    return this.read(async (manager) => {
      const found = new Map<string, EligibilityResult>();
      if (ids.length === 0) {
        return found;
      }
      const options = { asOf: round.asOf };
      if (kind === 'staff') {
        const staff = await this.repository.loadStaff(
          manager,
          { scopePatterns: null, unitPath: null, staffId: null, inServiceYear: null, staffIds: ids },
          round.window,
        );
        for (const [id, facts] of staff.facts) {
          found.set(id, evaluateStaff(facts, round.award, round.year, options));
        }
        return found;
      }
      const members = await this.repository.loadStaff(
        manager,
        { scopePatterns: null, unitPath: null, staffId: null, inServiceYear: round.year },
        round.window,
      );
      const units = await this.repository.loadUnits(manager, { scopePatterns: null, unitPath: null, unitId: null }, members, round.window);
      for (const id of ids) {
        const facts = units.facts.get(id);
        if (facts !== undefined) {
          found.set(id, evaluateUnit(facts, round.award, round.year, options));
        }
      }
      return found;
    });
  }

  /** A unit chosen as a filter: its path; unknown is a 400 on the field. */
  private async unitFilterPath(manager: EntityManager, query: ListCandidatesQuery, user: AuthUser): Promise<string | null> {
    return query.unitId
      ? (await assertSubjectsInScope(manager, user, { unitIds: [query.unitId] }, { unit: 'unitId' })).units.get(query.unitId)!
      : null;
  }

  private async read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', work);
  }
}

/**
 * Checks what needs no database first: the award is one the engine knows, a rulebook covers the date,
 * the award goes to the subject. Then derives the slice of history the criteria read.
 */
export function roundFor(awardType: string, year: number, asOf: string | null | undefined, subject: SubjectKind): Round {
  const award = knownAward(awardType);
  const date = asOf ?? yearEnd(year);
  const rulebook = rulebookFor(date);
  if (rulebook.awards[award][subject] === undefined) {
    throw new AwardNotForSubject(award, subject);
  }
  const needs = factNeeds(rulebook, DEFAULT_PROVINCE_RULES, award, subject);
  return {
    award,
    year,
    asOf: date,
    subject,
    rulebook,
    window: {
      fromYear: earliestYearNeeded(needs, year),
      toYear: year,
      awardTypes: needs.awardTypes,
      // The engine's freeze window: the year, extended to the evaluation date when that is later.
      freezeFrom: yearStart(year),
      freezeTo: date > yearEnd(year) ? date : yearEnd(year),
    },
  };
}

/** The history several rounds of one year read together: from the earliest year any needs, every award type any reads. */
function unionWindow(rounds: Round[], year: number, asOf: string): FactWindow {
  const starts = rounds.map((round) => round.window.fromYear);
  return {
    fromYear: starts.length === 0 || starts.includes(null) ? null : Math.min(...(starts as number[])),
    toYear: year,
    awardTypes: [...new Set(rounds.flatMap((round) => round.window.awardTypes))],
    freezeFrom: yearStart(year),
    freezeTo: asOf > yearEnd(year) ? asOf : yearEnd(year),
  };
}

/** The subject an award goes to when not asked: a person if it can go to one, else a collective. */
export function defaultSubjectKind(rulebook: Rulebook, award: AwardCode): SubjectKind {
  return rulebook.awards[award].staff !== undefined ? 'staff' : 'unit';
}

function knownAward(code: string): AwardCode {
  // Local types an administrator added have no rules in the engine: nothing can be said about them.
  if (!(AWARD_CODES as readonly string[]).includes(code)) {
    throw new UnknownAwardType(code);
  }
  return code as AwardCode;
}

function subjectOfQuery(query: EligibilityQuery): [SubjectKind, string] {
  if (query.staffId && !query.unitId) {
    return ['staff', query.staffId];
  }
  if (query.unitId && !query.staffId) {
    return ['unit', query.unitId];
  }
  throw new ValidationFailed([
    { field: 'staffId', constraint: 'staffXorUnit', key: 'fieldErrors.staffXorUnit' },
    { field: 'unitId', constraint: 'staffXorUnit', key: 'fieldErrors.staffXorUnit' },
  ]);
}

function candidate(
  id: string,
  code: string,
  name: string,
  unitId: string | null,
  unitName: string | null,
  result: EligibilityResult,
): CandidateView {
  const status = statusOf(result);
  return {
    id,
    code,
    name,
    unitId,
    unitName,
    status,
    eligible: result.eligible,
    missing: missingCriteria(result),
    toConfirm: result.criteria.filter((criterion) => criterion.met === null).length,
    criteria: result.criteria,
  };
}

const statusOf = (result: EligibilityResult): CandidateStatus =>
  result.eligible ? 'eligible' : isNearMiss(result) ? 'near_miss' : 'not_eligible';

/**
 * The subjects of a candidates list, by position in name order. Everyone is evaluated once for the
 * grouping and only their status is kept; the asked page is evaluated again for its details. Keeping
 * 10,000 full results alive until the page is cut would push them into the old generation and make
 * the garbage collector the slowest part of the request.
 */
interface Subjects {
  count: number;
  evaluate(index: number): EligibilityResult;
  describe(index: number, result: EligibilityResult): CandidateView;
}

function pageOf(subjects: Subjects, query: ListCandidatesQuery, round: Round): CandidatesPage {
  const statuses: CandidateStatus[] = [];
  for (let index = 0; index < subjects.count; index++) {
    statuses.push(statusOf(subjects.evaluate(index)));
  }
  const filter = query.filter ?? 'all';
  // Array.prototype.sort is stable: the name order from the database survives inside each group.
  const shown = statuses
    .map((_, index) => index)
    .filter((index) => filter === 'all' || statuses[index] === filter)
    .sort((a, b) => STATUS_ORDER[statuses[a]] - STATUS_ORDER[statuses[b]]);
  const start = (query.page - 1) * query.pageSize;
  const count = (status: CandidateStatus): number => statuses.filter((item) => item === status).length;
  return {
    ...roundHeading(round),
    counts: { eligible: count('eligible'), nearMiss: count('near_miss'), notEligible: count('not_eligible') },
    items: shown.slice(start, start + query.pageSize).map((index) => subjects.describe(index, subjects.evaluate(index))),
    total: shown.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}
