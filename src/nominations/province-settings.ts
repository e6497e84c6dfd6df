import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ProvinceRules, QuotaSettings } from '../law/index.js';
import { readSettingsInForce } from '../settings/index.js';

/**
 * The province settings the nominations read, in force on the date that matters (the submission,
 * the approval), read from the dated settings (`province_settings`) in the caller's transaction.
 */
export async function quotaSettingsOn(manager: EntityManager, date: string): Promise<QuotaSettings> {
  return (await readSettingsInForce(manager, date)).quotas;
}

/** The province rules in force on the date (posting days, caps…). */
export async function provinceRulesOn(manager: EntityManager, date: string): Promise<ProvinceRules> {
  return (await readSettingsInForce(manager, date)).rules;
}

/** The two functions as a provider, which the services call: one place the settings come in. */
@Injectable()
export class NominationSettings {
  quotaSettingsOn(manager: EntityManager, date: string): Promise<QuotaSettings> {
    return quotaSettingsOn(manager, date);
  }

  provinceRulesOn(manager: EntityManager, date: string): Promise<ProvinceRules> {
    return provinceRulesOn(manager, date);
  }
}
