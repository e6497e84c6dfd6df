import type { ErrorStatuses } from '../common/errors/error-codes.js';

export const SETTINGS_ERRORS = {
  /** The law's refusals (src/law/provinces/settings.errors.ts): the table leaves a date without a value it needs. */
  PROVINCE_SETTING_MISSING: 500,
  /** A stored value that does not fit its key (written around the API). */
  INVALID_PROVINCE_SETTING: 500,
  /** The database trigger: two periods of one key would overlap (a write around the service, or a race it lost). */
  PROVINCE_SETTING_OVERLAP: 409,
} as const satisfies ErrorStatuses;

export type SettingsErrorCode = keyof typeof SETTINGS_ERRORS;
