import { CodedError } from '../../kernel/index.js';

/** A date on which a setting every round needs has no value: the table's periods leave a gap there. */
export class ProvinceSettingMissing extends CodedError<'PROVINCE_SETTING_MISSING'> {
  constructor(
    readonly key: string,
    readonly date: string,
  ) {
    super('PROVINCE_SETTING_MISSING', `No value of the province setting ${key} is in force on ${date}`, { key, date });
  }
}

/** A stored value that does not fit its key (written around the API): refused rather than guessed. */
export class InvalidProvinceSetting extends CodedError<'INVALID_PROVINCE_SETTING'> {
  constructor(
    readonly key: string,
    readonly effectiveFrom: string,
    readonly problem: string,
  ) {
    super('INVALID_PROVINCE_SETTING', `The province setting ${key} from ${effectiveFrom} does not fit its key (${problem})`, {
      key,
      effectiveFrom,
      problem,
    });
  }
}

/** Every code the settings rules throw; the settings feature gives each an HTTP status. */
export type ProvinceSettingsErrorCode = ProvinceSettingMissing['code'] | InvalidProvinceSetting['code'];
