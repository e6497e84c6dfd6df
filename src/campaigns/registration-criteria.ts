import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type CriterionResult, type ProvinceSetting, registrationCriterion } from '../law/index.js';
import { type AwardCode, type SubjectKind } from '../kernel/index.js';
import { ProvinceSettingsService } from '../settings/index.js';
import { registrationFacts } from './registrations.repository.js';

/** Subjects of one kind, the awards asked about, the round's year and the date the settings are read on. */
export interface RegistrationQuestion {
  kind: SubjectKind;
  ids: readonly string[];
  awards: readonly AwardCode[];
  year: number;
  asOf: string;
}

/** The registration criterion of a subject for an award, or null when the province does not require one. */
export type RegistrationCriterionOf = (id: string, award: AwardCode) => CriterionResult | null;

/**
 * Registration as an eligibility criterion (đăng ký thi đua): whether it is required is the province
 * setting `registrationRequired` in force on the date, read through `registrationRequiredOn` alone;
 * when it is, the subjects' registrations of the year are read in one statement and the law's
 * `registrationCriterion` decides per subject and award.
 */
@Injectable()
export class RegistrationCriteria {
  constructor(private readonly settings: ProvinceSettingsService) {}

  /** The setting in force on `date` (default off, unverified): the one place it is read. */
  async registrationRequiredOn(date: string, manager?: EntityManager): Promise<ProvinceSetting<boolean>> {
    return (await this.settings.inForceOn(date, manager)).registrationRequired;
  }

  /** One query for the setting, and one more for the registrations only when it is on. */
  async criteriaFor(manager: EntityManager, question: RegistrationQuestion): Promise<RegistrationCriterionOf> {
    const setting = await this.registrationRequiredOn(question.asOf, manager);
    if (!setting.value) {
      return () => null;
    }
    const facts = await registrationFacts(
      manager,
      question.kind === 'staff' ? { staffIds: question.ids, unitIds: [] } : { staffIds: [], unitIds: question.ids },
      question.awards,
      question.year,
    );
    const bySubject = new Map<string, typeof facts>();
    for (const fact of facts) {
      const id = (fact.staffId ?? fact.unitId)!;
      bySubject.set(id, [...(bySubject.get(id) ?? []), fact]);
    }
    return (id, award) => registrationCriterion(setting, bySubject.get(id.toLowerCase()) ?? [], award, question.year);
  }
}
