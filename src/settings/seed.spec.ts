import { PROVINCE_SETTINGS_SEED } from '../../migrations/1796151000000-ProvinceSettings.js';
import { checkSetting, defaultSettingEntries } from '../law/index.js';

describe('the province_settings seed', () => {
  it('is the law’s defaults (the default province, the council’s meeting rules, NĐ 152/2025 Điều 44 khoản 2), row for row', () => {
    expect(PROVINCE_SETTINGS_SEED.map(([key, value, verified, source]) => ({ key, value, verified, source }))).toEqual(
      defaultSettingEntries('1900-01-01').map(({ key, value, verified, source }) => ({ key, value, verified, source })),
    );
  });

  it('holds only values that fit their keys', () => {
    expect(PROVINCE_SETTINGS_SEED.filter(([key, value]) => !checkSetting(key, value, true).ok)).toEqual([]);
  });
});
