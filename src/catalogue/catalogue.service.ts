import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { lockNaturalKey } from '../database/natural-key-lock.js';
import { type KeyedDetail, NotFound, ValidationFailed } from '../common/errors/domain-error.js';
import { AwardType } from './award-type.entity.js';
import { toAwardTypeView, type AwardTypeView } from './award-type.view.js';
import { AwardTypeAlreadyRetired, AwardTypeCodeTaken } from './catalogue.errors.js';
import { nextDisplayOrder, today } from './catalogue.repository.js';
import type { CreateAwardTypeDto } from './dto/create-award-type.dto.js';
import { type AuthUser, AWARD_SUBJECTS, type AwardSubject } from '../kernel/index.js';

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
    ).map((subject): KeyedDetail => ({
      field: `coefficients.${subject}`,
      constraint: 'awardSubject',
      key: 'fieldErrors.coefficientSubject',
      params: { subject },
    }));
    if (coefficientErrors.length > 0) {
      throw new ValidationFailed(coefficientErrors);
    }
    return this.dataSource.transaction(async (manager) => {
      await lockNaturalKey(manager, 'award_types', dto.code);
      if (await manager.existsBy(AwardType, { code: dto.code })) {
        throw new AwardTypeCodeTaken(dto.code);
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
        throw new AwardTypeAlreadyRetired(code, type.retiredOn);
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
  async usableFor(manager: EntityManager, code: string, subject: AwardSubject, year: number, field = 'awardType'): Promise<AwardType> {
    const type = await manager.findOneBy(AwardType, { code });
    const problem = awardTypeProblem(type, code, subject, year);
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
  type: Pick<AwardType, 'name' | 'retiredOn' | 'subjects'> | null | undefined,
  code: string,
  subject: AwardSubject,
  year: number,
): KeyedDetail | null {
  if (!type) {
    return { constraint: 'unknownAwardType', key: 'catalogue.unknownType', params: { code } };
  }
  if (isRetiredFor(type, year)) {
    return { constraint: 'retiredAwardType', key: 'catalogue.retiredType', params: { name: type.name, date: type.retiredOn ?? '' } };
  }
  if (!type.subjects.includes(subject)) {
    return { constraint: 'awardSubject', key: `catalogue.notFor.${subject}`, params: { name: type.name } };
  }
  return null;
}
