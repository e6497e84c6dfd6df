import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type AwardTypeView, CatalogueService } from '../catalogue/index.js';
import { type StaffDecisionRow, staffDecisions } from '../decisions/index.js';
import { EligibilityService, engineErrorCode, type EngineRefusalCode } from '../eligibility/index.js';
import { HistoryService, type StaffHistory } from '../history/index.js';
import { type AuthUser, type AwardCode, canSeeDisciplines } from '../kernel/index.js';
import type { EligibilityResult } from '../law/index.js';

/** The eligibility panel's question: this person, for this award, in this year's round. */
export interface PanelQuestion {
  awardType: AwardCode;
  year: number;
}

/** Everything the profile page shows of one person. */
export interface StaffProfile {
  history: StaffHistory;
  /** The reader may not see discipline records (canSeeDisciplines): the page says so instead of "none". */
  disciplinesWithheld: boolean;
  /** The award catalogue, for the entry form's choices and the panel's. */
  types: AwardTypeView[];
  question: PanelQuestion;
  evaluation: EligibilityResult | null;
  /** Why the engine gave no answer (no rulebook for that year…), which the page says in words. */
  refusal: EngineRefusalCode | null;
  /** The award decisions naming the person (drafts included), newest first. */
  decisions: StaffDecisionRow[];
}

/**
 * A staff member's profile, composed from the features that own its parts: the history, and the
 * eligibility for the award and year asked about, and the award decisions naming the person.
 */
@Injectable()
export class StaffProfileService {
  constructor(
    private readonly history: HistoryService,
    private readonly eligibility: EligibilityService,
    private readonly catalogue: CatalogueService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async load(staffId: string, question: PanelQuestion, user: AuthUser): Promise<StaffProfile> {
    const history = await this.history.forStaff(staffId, user);
    const types = await this.catalogue.list();
    const decisions = await staffDecisions(this.dataSource.manager, staffId);
    return {
      history,
      disciplinesWithheld: !canSeeDisciplines(user),
      types,
      question,
      ...(await this.evaluate(staffId, question, user)),
      decisions,
    };
  }

  private async evaluate(staffId: string, question: PanelQuestion, user: AuthUser): Promise<Pick<StaffProfile, 'evaluation' | 'refusal'>> {
    try {
      return {
        evaluation: await this.eligibility.evaluate({ staffId, awardType: question.awardType, year: question.year }, user),
        refusal: null,
      };
    } catch (caught) {
      const refusal = engineErrorCode(caught);
      if (!refusal) {
        throw caught;
      }
      return { evaluation: null, refusal };
    }
  }
}
