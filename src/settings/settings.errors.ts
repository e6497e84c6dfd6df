import { DomainError, type KeyedDetail } from '../common/errors/domain-error.js';
import type { ErrorStatuses } from '../common/errors/error-codes.js';

export const SETTINGS_ERRORS = {
  /** The law's refusals (src/law/provinces/settings.errors.ts): the table leaves a date without a value it needs. */
  PROVINCE_SETTING_MISSING: 500,
  /** A stored value that does not fit its key (written around the API). */
  INVALID_PROVINCE_SETTING: 500,
  /** The database trigger: two periods of one key would overlap (a write around the service, or a race it lost). */
  PROVINCE_SETTING_OVERLAP: 409,
  /** A change whose values do not fit their keys; each detail names the key and why. */
  INVALID_SETTINGS: 422,
  /** A change from a date already past, sent without saying the past is meant to change. */
  SETTING_CHANGES_PAST: 422,
  /** The history of a key the settings do not have. */
  UNKNOWN_SETTING: 404,
} as const satisfies ErrorStatuses;

export type SettingsErrorCode = keyof typeof SETTINGS_ERRORS;

export class InvalidSettings extends DomainError<SettingsErrorCode> {
  constructor(details: KeyedDetail[]) {
    super('INVALID_SETTINGS', 'Some settings are not valid', details);
  }
}

/**
 * Rounds already reckoned on those days used the old value: changing it from a past date is refused
 * unless the request says so (`acknowledgePast`), and then it is audited like any change.
 */
export class SettingChangesPast extends DomainError<SettingsErrorCode> {
  constructor(from: string, today: string) {
    super(
      'SETTING_CHANGES_PAST',
      `A change from ${from}, before today ${today}, rewrites what applied on past days`,
      [{ field: 'effectiveFrom', constraint: 'changesPast', key: 'settings.fieldErrors.changesPast', params: { from, today } }],
      { from, today },
    );
  }
}

export class UnknownSetting extends DomainError<SettingsErrorCode> {
  constructor(key: string) {
    super('UNKNOWN_SETTING', `No province setting is called ${key}`, undefined, { key });
  }
}
