/**
 * The province settings' public face: `inForceOn(date)` answers the settings in force on the date that
 * matters (the council's session, the posting's start, the decision's date, the year of a round).
 */
export { SettingsModule } from './settings.module.js';
export { ProvinceSettingsService } from './settings.service.js';
export type { ProvinceSettingsInForce, SettingEntry, SettingKey } from '../law/index.js';
