import type { SettingGroup, SettingKey } from '../law/index.js';

/** One period of one setting, as the API answers it. */
export interface SettingPeriodView {
  key: SettingKey;
  group: SettingGroup;
  value: unknown;
  verified: boolean;
  source: string;
  effectiveFrom: string;
  /** The last day it applies (inclusive); null: until changed. */
  effectiveTo: string | null;
}

/** A period with who last wrote it, for the history of a key. */
export interface SettingHistoryView extends SettingPeriodView {
  updatedBy: string | null;
  updatedAt: string;
}

/** The settings in force on a date: every period covering it (a per-award key without one means "none"). */
export interface SettingsOnView {
  on: string;
  settings: SettingPeriodView[];
}

/** One setting of a change: its value from the change's date, its source and whether it is verified. */
export interface SettingChange {
  value: unknown;
  verified: boolean;
  source: string;
}

/** A change as sent: each entry of `settings` is checked to be a `SettingChange` whose value fits its key. */
export interface ProvinceSettingsChange {
  effectiveFrom: string;
  settings: Record<string, unknown>;
  /** Says the change is meant to apply to days already past (see the README, "Province settings"). */
  acknowledgePast?: boolean;
}
