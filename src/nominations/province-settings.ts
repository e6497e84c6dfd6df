import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEFAULT_PROVINCE_RULES, type ProvinceRules, quotaSettingsFromCaps, type QuotaSettings } from '../law/index.js';

/**
 * The province settings the nominations read, each behind ONE function taking the date that matters
 * (the submission, the approval). Today they are the code constants; the settings feature makes
 * them dated data, and these two bodies become its `inForceOn(date, manager)` (async and given the
 * transaction's manager already, so no caller changes).
 */
export function quotaSettingsOn(_manager: EntityManager, _date: string): Promise<QuotaSettings> {
  return Promise.resolve(quotaSettingsFromCaps(DEFAULT_PROVINCE_RULES));
}

/** The province rules in force on the date (posting days, caps…). */
export function provinceRulesOn(_manager: EntityManager, _date: string): Promise<ProvinceRules> {
  return Promise.resolve(DEFAULT_PROVINCE_RULES);
}

/**
 * The two functions as a provider, which the services call: one place to wire the settings feature
 * in, and one a test can point at other settings (no province sets a quota by default).
 */
@Injectable()
export class NominationSettings {
  quotaSettingsOn(manager: EntityManager, date: string): Promise<QuotaSettings> {
    return quotaSettingsOn(manager, date);
  }

  provinceRulesOn(manager: EntityManager, date: string): Promise<ProvinceRules> {
    return provinceRulesOn(manager, date);
  }
}
