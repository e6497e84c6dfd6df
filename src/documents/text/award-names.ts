/**
 * Award names as decisions write them: an emulation title (danh hiệu thi đua) is named in curly
 * quotes after "danh hiệu" ("danh hiệu “Lao động tiên tiến”"); a commendation (hình thức khen
 * thưởng: Giấy khen, Bằng khen, …) is written plainly, its own words capitalised as registered.
 */
import { normalizeText } from '../../common/text/vietnamese.js';

/** 'title': danh hiệu thi đua; 'commendation': hình thức khen thưởng. */
export type AwardKind = 'title' | 'commendation';

export interface AwardName {
  name: string;
  kind: AwardKind;
}

/** The bare name, without any quotes it was stored with and without a leading "danh hiệu". */
export function bareAwardName(name: string): string {
  return normalizeText(name)
    .replace(/^danh hiệu\s+/iu, '')
    .replace(/^["“”'‘’]+|["“”'‘’]+$/gu, '')
    .trim();
}

/** "danh hiệu “Lao động tiên tiến”" for a title; "Giấy khen" for a commendation. */
export function awardPhrase(award: AwardName): string {
  const name = bareAwardName(award.name);
  return award.kind === 'title' ? `danh hiệu “${name}”` : name;
}

/** The same in capitals, for list titles: "DANH HIỆU “LAO ĐỘNG TIÊN TIẾN”", "GIẤY KHEN". */
export const awardPhraseUpper = (award: AwardName): string => awardPhrase(award).toLocaleUpperCase('vi');
