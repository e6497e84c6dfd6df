import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { DomainError, Duplicate, NotFound, ValidationFailed } from '../common/errors/domain-error.js';
import { translate } from '../i18n/translate.js';
import { AwardType } from './award-type.entity.js';
import { toAwardTypeView, type AwardTypeView } from './award-type.view.js';
import { nextDisplayOrder, today } from './catalogue.repository.js';
import type { CreateAwardTypeDto } from './dto/create-award-type.dto.js';
import { type AuthUser, AWARD_SUBJECTS, type AwardSubject, type Locale } from '../kernel/index.js';

const ORDER_STEP = 10;

@Injectable()
export class CatalogueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Every type, retired ones included (flagged), in display order. */
  async list(): Promise<AwardTypeView[]> {
    const types = await this.dataSource.getRepository(AwardType).find({ order: { displayOrder: 'ASC', code: 'ASC' } });
    return types.map(toAwardTypeView);
  }

  /** A local type added by an administrator (is_local); its coefficients are taken as given. */
  async create(dto: CreateAwardTypeDto, actor: AuthUser): Promise<AwardTypeView> {
    const coefficientErrors = AWARD_SUBJECTS.filter(
      (subject) => dto.coefficients?.[subject] !== undefined && !dto.subjects.includes(subject),
    ).map((subject) => ({
      field: `coefficients.${subject}`,
      message: `the type does not go to a ${subject} subject`,
      constraint: 'awardSubject',
    }));
    if (coefficientErrors.length > 0) {
      throw new ValidationFailed(coefficientErrors);
    }
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(AwardType, { code: dto.code })) {
        throw new Duplicate('code', dto.code);
      }
      const next = await nextDisplayOrder(manager, ORDER_STEP);
      const individual = dto.coefficients?.individual ?? null;
      const collective = dto.coefficients?.collective ?? null;
      const saved = await manager.save(AwardType, {
        code: dto.code,
        name: dto.name,
        kind: dto.kind,
        subjects: AWARD_SUBJECTS.filter((subject) => dto.subjects.includes(subject)),
        level: dto.level,
        authority: dto.authority,
        coefficientIndividual: individual,
        coefficientCollective: collective,
        // The administrator enters them from the local regulation cited in legalBasis.
        coefficientIndividualVerified: individual === null ? null : true,
        coefficientCollectiveVerified: collective === null ? null : true,
        coefficientNote: null,
        legalBasis: dto.legalBasis,
        moneyBasis: dto.moneyBasis ?? null,
        hasCertificate: dto.hasCertificate ?? true,
        isLocal: true,
        retiredOn: null,
        displayOrder: dto.displayOrder ?? next,
      });
      const view = toAwardTypeView(saved);
      await this.audit.record(manager, actor, { entity: 'award-types', entityId: view.code, action: 'create', after: view });
      return view;
    });
  }

  /** Retired types stay for the records that use them; no new award of the type can be recorded. */
  async retire(code: string, actor: AuthUser): Promise<AwardTypeView> {
    return this.dataSource.transaction(async (manager) => {
      const type = await manager.findOne(AwardType, { where: { code }, lock: { mode: 'pessimistic_write' } });
      if (!type) {
        throw new NotFound('award type', code);
      }
      if (type.retiredOn !== null) {
        throw new DomainError('CONFLICT', translate(actor.locale, 'catalogue.alreadyRetired', { code, date: type.retiredOn }));
      }
      const before = toAwardTypeView(type);
      const after = toAwardTypeView(await manager.save(AwardType, { ...type, retiredOn: await today(manager) }));
      await this.audit.record(manager, actor, { entity: 'award-types', entityId: code, action: 'update', before, after });
      return after;
    });
  }

  /** The type, or 404: for endpoints where the type is what is asked about. */
  async get(manager: EntityManager, code: string): Promise<AwardType> {
    const type = await manager.findOneBy(AwardType, { code });
    if (!type) {
      throw new NotFound('award type', code);
    }
    return type;
  }

  /**
   * For features that record awards: the type must exist, be in use for the award's year and go to
   * the subject (an individual award to a staff member, a collective one to a unit). A 400 on `field` otherwise.
   */
  async usableFor(
    manager: EntityManager,
    code: string,
    subject: AwardSubject,
    year: number,
    locale: Locale,
    field = 'awardType',
  ): Promise<AwardType> {
    const type = await manager.findOneBy(AwardType, { code });
    const problem = awardTypeProblem(type, code, subject, year, locale);
    if (problem) {
      throw new ValidationFailed([{ field, ...problem }]);
    }
    return type!;
  }
}

/** A retired type still takes records of the years before its retirement: old paper decisions are entered too. */
export const isRetiredFor = (type: Pick<AwardType, 'retiredOn'>, year: number): boolean =>
  type.retiredOn !== null && year >= Number(type.retiredOn.slice(0, 4));

/** Why the type cannot be recorded for the subject and year, or null; shared by single entry and imports. */
export function awardTypeProblem(
  type: AwardType | null | undefined,
  code: string,
  subject: AwardSubject,
  year: number,
  locale: Locale,
): { message: string; constraint: string } | null {
  if (!type) {
    return { message: translate(locale, 'catalogue.unknownType', { code }), constraint: 'unknownAwardType' };
  }
  if (isRetiredFor(type, year)) {
    return {
      message: translate(locale, 'catalogue.retiredType', { name: type.name, date: type.retiredOn }),
      constraint: 'retiredAwardType',
    };
  }
  if (!type.subjects.includes(subject)) {
    return { message: translate(locale, `catalogue.notFor.${subject}`, { name: type.name }), constraint: 'awardSubject' };
  }
  return null;
}
