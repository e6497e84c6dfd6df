import { en, vi } from '../i18n/catalogues/law.js';
import { evaluateStaff, evaluateUnit, param, type Reason, reason } from '../law/index.js';
import { award, awardsFor, buildStaff, buildUnit, discipline, freeze, initiative, ratingsFor } from '../law/testing/facts.factory.js';
import { formatDate, reasonText } from './reason-text.js';
import { AWARD_CODES, type Locale } from '../kernel/index.js';

const both = (subject: Reason): Record<Locale, string> => ({ vi: reasonText(subject, 'vi'), en: reasonText(subject, 'en') });

describe('reasons in words — each param formatted for the language', () => {
  it('writes dates dd/mm/yyyy and periods "từ … đến …" / "from … to …", open ones "đến nay" / "since"', () => {
    const frozen = (to: string | null) =>
      reason('no_freeze.freeze', { reason: param.text('Thanh tra'), period: param.period({ from: '2025-03-01', to }) });
    expect(both(frozen(null))).toEqual({ vi: 'Thanh tra (từ 01/03/2025 đến nay)', en: 'Thanh tra (since 01/03/2025)' });
    expect(both(frozen('2025-06-30'))).toEqual({
      vi: 'Thanh tra (từ 01/03/2025 đến 30/06/2025)',
      en: 'Thanh tra (from 01/03/2025 to 30/06/2025)',
    });
    expect(formatDate('2025-07-01')).toBe('01/07/2025');
  });

  it('rounds shares to a tenth with the decimal mark of the language (2/3 → 66,7% / 66.7%)', () => {
    const share = reason('members_ratio_meeting.share', {
      count: param.count(2),
      total: param.count(3),
      share: param.share(2, 3),
      award: param.award('LDTT'),
      year: param.year(2025),
      minimum: param.percent(70),
    });
    expect(both(share)).toEqual({
      vi: '2/3 thành viên (66,7%) đạt LĐTT năm 2025; cần từ 70% trở lên',
      en: '2/3 members (66.7%) meet Advanced Worker for 2025; at least 70% needed',
    });
  });

  it('rounds 1/13 up to 7,7% (not the truncated 7,6%), and keeps a whole share without decimals', () => {
    const share = (count: number, total: number) =>
      reason('members_ratio_meeting.share', {
        count: param.count(count),
        total: param.count(total),
        share: param.share(count, total),
        award: param.award('LDTT'),
        year: param.year(2025),
        minimum: param.percent(70),
      });
    expect(both(share(1, 13)).vi).toContain('(7,7%)');
    expect(both(share(1, 13)).en).toContain('(7.7%)');
    expect(both(share(1, 8)).vi).toContain('(12,5%)');
    expect(both(share(1, 2)).vi).toContain('(50%)');
  });

  it('joins alternative years with "hoặc" / "or", lists with commas, and says "no year" for none', () => {
    const chain = reason('title_chain.missing', {
      length: param.count(2),
      award: param.award('CSTDCS'),
      ends: param.yearChoices([2025, 2024]),
      present: param.years([]),
      missing: param.years([2023, 2024, 2025]),
      notes: param.notes([]),
    });
    expect(reasonText(chain, 'vi')).toMatch(
      /^Cần 2 năm liên tục được tặng CSTĐCS, kết thúc năm 2025 hoặc 2024: có không có năm nào; thiếu 2023, 2024, 2025 \(/u,
    );
    expect(reasonText(chain, 'en')).toMatch(
      /^Needs 2 consecutive years of Grassroots Emulation Fighter, ending in 2025 or 2024: held in no year; missing 2023, 2024, 2025 \(/u,
    );
  });

  it('writes levels in lower case inside a sentence, and "or better" except for the best rating', () => {
    const disciplined = reason('no_discipline_in_year.discipline', {
      level: param.disciplineLevel('demotion'),
      period: param.period({ from: '2024-01-01', to: '2024-12-31' }),
    });
    expect(both(disciplined)).toEqual({
      vi: 'giáng chức, hạ bậc lương từ 01/01/2024 đến 31/12/2024',
      en: 'demotion or salary grade reduction from 01/01/2024 to 31/12/2024',
    });
    const best = reason('rating_at_least.no_rating', { year: param.year(2025), minimum: param.minimumRating('excellent') });
    expect(both(best).en).toBe('No rating recorded for 2025 (Excellent task completion required)');
  });
});

/** `{name}` placeholders of every sentence, by its dotted key. */
function placeholders(node: object, prefix = ''): Array<[string, string[]]> {
  return Object.entries(node).flatMap(([key, value]): Array<[string, string[]]> =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, [...value.matchAll(/\{(\w+)\}/gu)].map((match) => match[1]).sort()]]
      : placeholders(value as object, `${prefix}${key}.`),
  );
}

describe('the law catalogue', () => {
  it('every sentence has the same placeholders in Vietnamese and in English', () => {
    expect(placeholders(en.law)).toEqual(placeholders(vi.law));
  });

  it('every reason of a wide sample of evaluations is worded in both languages, no placeholder left', () => {
    const staff = buildStaff({
      fullName: 'Nguyễn Thị Hoà',
      ratings: ratingsFor([2021, 2022, 2023, 2024, 2025], 'excellent'),
      awards: [award('BANG_KHEN_TINH', 2020), ...awardsFor('CSTDCS', [2023, 2024]), award('LDTT', 2025)],
      initiatives: [initiative(2025), initiative(2024, 'provincial')],
      disciplines: [discipline('warning', '2022-01-01', '2022-06-30')],
      freezes: [freeze('Đang xác minh đơn', '2025-10-01', null)],
    });
    const plain = buildStaff({ ratings: { 2025: 'completed' } });
    const unit = buildUnit({ ratings: ratingsFor([2024, 2025], 'excellent'), members: [staff, plain] });
    const results = AWARD_CODES.flatMap((code) => [
      ...[staff, plain].flatMap((person) => {
        try {
          return [evaluateStaff(person, code, 2025)];
        } catch {
          return [];
        }
      }),
      ...[unit, buildUnit()].flatMap((collective) => {
        try {
          return [evaluateUnit(collective, code, 2025)];
        } catch {
          return [];
        }
      }),
    ]);
    const texts = results.flatMap((result) => result.criteria.flatMap((item) => Object.values(both(item.reason))));
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((text) => /\{\w+\}|law\.reasons\./u.test(text) || text !== text.normalize('NFC'))).toEqual([]);
  });
});
