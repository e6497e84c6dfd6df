import { Injectable } from '@nestjs/common';
import { type AwardTypeView, CatalogueService } from '../catalogue/index.js';
import type { Page } from '../common/paging/page-query.js';
import { type CollectiveEligibility, EligibilityService, engineErrorCode, type EngineRefusalCode } from '../eligibility/index.js';
import { HistoryService, type UnitHistory } from '../history/index.js';
import { type StaffListItem, StaffService } from '../staff/index.js';
import { UnitsService, type UnitView, unitWithDescendants } from '../units/index.js';
import { type AuthUser } from '../kernel/index.js';

/** Members shown per page on the unit page. */
export const MEMBERS_PAGE_SIZE = 50;

/** What the unit page asks: the eligibility panel's year and the members' page. */
export interface UnitQuestion {
  year: number;
  page: number;
}

/** Everything the unit page shows of one unit. */
export interface UnitProfile {
  unit: UnitView;
  /** The parent, when the reader may see it (a manager's own unit has none in view). */
  parent: UnitView | null;
  /** Every sub-unit in view, in tree order, with its depth below this unit (1 = a direct sub-unit). */
  subUnits: (UnitView & { relativeDepth: number })[];
  history: UnitHistory;
  /** Active staff of the unit and its sub-units, a page of them, in Vietnamese name order. */
  members: Page<StaffListItem>;
  types: AwardTypeView[];
  question: UnitQuestion;
  eligibility: CollectiveEligibility | null;
  /** Why the engine gave no answer (no rulebook for that year…), said in words on the page. */
  refusal: EngineRefusalCode | null;
}

/**
 * A unit's page, composed from the features that own its parts: the unit tree, its collective
 * history, its members (the staff registry) and its eligibility for every collective award.
 */
@Injectable()
export class UnitProfileService {
  constructor(
    private readonly units: UnitsService,
    private readonly history: HistoryService,
    private readonly staff: StaffService,
    private readonly eligibility: EligibilityService,
    private readonly catalogue: CatalogueService,
  ) {}

  async load(unitId: string, question: UnitQuestion, user: AuthUser): Promise<UnitProfile> {
    // The scope check comes first: a unit out of the reader's units is a 403, an unknown one a 404.
    const unit = await this.units.get(unitId, user);
    const tree = await this.units.list(user);
    const below = unitWithDescendants(tree, unitId);
    const subUnits = tree
      .filter((other) => other.id !== unitId && below.has(other.id))
      .map((other) => ({ ...other, relativeDepth: other.depth - unit.depth }));
    const history = await this.history.forUnit(unitId, user);
    const members = await this.staff.list({ unitId, status: 'active', q: null, page: question.page, pageSize: MEMBERS_PAGE_SIZE }, user);
    const types = await this.catalogue.list();
    return {
      unit,
      parent: tree.find((other) => other.id === unit.parentId) ?? null,
      subUnits,
      history,
      members,
      types,
      question,
      ...(await this.evaluate(unitId, question.year, user)),
    };
  }

  /** The units the reader may open: all of them for an unrestricted reader, else their own and below. */
  async reachable(user: AuthUser): Promise<UnitView[]> {
    return this.units.list(user);
  }

  private async evaluate(unitId: string, year: number, user: AuthUser): Promise<Pick<UnitProfile, 'eligibility' | 'refusal'>> {
    try {
      return { eligibility: await this.eligibility.evaluateCollective(unitId, year, user), refusal: null };
    } catch (caught) {
      const refusal = engineErrorCode(caught);
      if (!refusal) {
        throw caught;
      }
      return { eligibility: null, refusal };
    }
  }
}
