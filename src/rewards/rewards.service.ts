import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { lockNaturalKey } from '../database/natural-key-lock.js';
import { CatalogueService, coefficientFor, coefficientVerifiedFor } from '../catalogue/index.js';
import { ValidationFailed } from '../common/errors/domain-error.js';
import { BaseSalary } from './base-salary.entity.js';
import { baseSalaryOn } from '../law/money/base-salary.js';
import type { CreateBaseSalaryDto } from './dto/create-base-salary.dto.js';
import type { RewardAmountQuery } from './dto/reward-amount.query.js';
import { AwardCarriesNoMoney, BaseSalaryAlreadySet } from './rewards.errors.js';
import { type MoneyRounding, rewardAmount } from '../law/money/reward-amount.js';
import { type AuthUser, type AwardSubject } from '../kernel/index.js';
import { readSettingsInForce } from '../settings/index.js';

export interface BaseSalaryView {
  effectiveFrom: string;
  amount: number;
  legalBasis: string;
  toConfirm: boolean;
}

export interface RewardAmountView {
  awardType: string;
  awardName: string;
  subject: AwardSubject;
  date: string;
  coefficient: number;
  coefficientVerified: boolean;
  baseSalary: number;
  baseSalaryEffectiveFrom: string;
  baseSalaryToConfirm: boolean;
  amount: number;
  rounding: MoneyRounding & { verified: boolean };
  legalBasis: { coefficient: string | null; baseSalary: string; rounding: string };
}

const toView = ({ effectiveFrom, amount, legalBasis, toConfirm }: BaseSalary): BaseSalaryView => ({
  effectiveFrom,
  amount,
  legalBasis,
  toConfirm,
});

/** The dated base-salary table and the money an award carries. */
@Injectable()
export class RewardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly audit: AuditService,
  ) {}

  async listBaseSalaries(): Promise<BaseSalaryView[]> {
    return (await this.dataSource.getRepository(BaseSalary).find({ order: { effectiveFrom: 'ASC' } })).map(toView);
  }

  async addBaseSalary(dto: CreateBaseSalaryDto, actor: AuthUser): Promise<BaseSalaryView> {
    return this.dataSource.transaction(async (manager) => {
      await lockNaturalKey(manager, 'base_salaries', dto.effectiveFrom);
      if (await manager.existsBy(BaseSalary, { effectiveFrom: dto.effectiveFrom })) {
        throw new BaseSalaryAlreadySet(dto.effectiveFrom);
      }
      const view = toView(
        await manager.save(BaseSalary, {
          effectiveFrom: dto.effectiveFrom,
          amount: dto.amount,
          legalBasis: dto.legalBasis,
          toConfirm: dto.toConfirm ?? false,
        }),
      );
      await this.audit.record(manager, actor, { entity: 'base-salaries', entityId: view.effectiveFrom, action: 'create', after: view });
      return view;
    });
  }

  /**
   * Coefficient × the base salary in force on the decision date, rounded as the rulebook says
   * (ND 152/2025 Art. 49(1),(2): up to the next 10,000 VND).
   */
  async amount(query: RewardAmountQuery, _user: AuthUser): Promise<RewardAmountView> {
    const manager = this.dataSource.manager;
    const type = await this.catalogue.get(manager, query.awardType);
    if (!type.subjects.includes(query.subject)) {
      throw new ValidationFailed([
        { field: 'subject', constraint: 'awardSubject', key: `catalogue.notFor.${query.subject}`, params: { name: type.name } },
      ]);
    }
    const coefficient = coefficientFor(type, query.subject);
    if (coefficient === null) {
      throw new AwardCarriesNoMoney(type.code, type.name, query.subject);
    }
    const rows = await manager.find(BaseSalary);
    // The province's rounding in force on the decision date, like the base salary.
    const rounding = (await readSettingsInForce(manager, query.date)).rules.moneyRounding;
    // The formula's own errors (no base salary on the date, unusable stored values) carry their codes.
    const base = baseSalaryOn(rows, query.date);
    return {
      awardType: type.code,
      awardName: type.name,
      subject: query.subject,
      date: query.date,
      coefficient,
      coefficientVerified: coefficientVerifiedFor(type, query.subject),
      baseSalary: base.amount,
      baseSalaryEffectiveFrom: base.effectiveFrom,
      baseSalaryToConfirm: base.toConfirm,
      amount: rewardAmount(coefficient, base.amount, rounding.value),
      rounding: { ...rounding.value, verified: rounding.verified },
      legalBasis: { coefficient: type.moneyBasis, baseSalary: base.legalBasis, rounding: rounding.source },
    };
  }
}
