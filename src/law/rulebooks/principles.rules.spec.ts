import { AwardNotForSubject, InvalidDate, NoRulebookForDate, UnknownAwardType } from '../law.errors.js';
import { evaluateStaff, evaluateUnit } from '../evaluate.js';
import { DEFAULT_PROVINCE_RULES } from '../provinces/default-province.js';
import { mergeProvinceRules } from '../provinces/province-rules.js';
import {
  award,
  awardsFor,
  buildStaff,
  buildUnit,
  discipline,
  freeze,
  initiative,
  membersMeetingLdtt,
  ratingsFor,
} from '../testing/facts.factory.js';
import { catchError } from '../testing/catch-error.js';
import { detailOf } from '../testing/described.js';
import { codes, criterion } from '../testing/result.helpers.js';
import { AWARD_CODES, type AwardCode } from '../../kernel/index.js';

const STAFF_AWARDS: AwardCode[] = [
  'LDTT',
  'CSTDCS',
  'CSTD_TINH',
  'CSTD_TOAN_QUOC',
  'GIAY_KHEN',
  'BANG_KHEN_TINH',
  'BANG_KHEN_TTG',
  'HCLD_HANG_BA',
];
const UNIT_AWARDS: AwardCode[] = ['TTLDTT', 'TTLDXS', 'CO_THI_DUA_TINH', 'GIAY_KHEN', 'BANG_KHEN_TINH'];

describe('Rulebook switch on 1/7/2025 — NĐ 152/2025/NĐ-CP Điều 59, 60', () => {
  const staff = buildStaff({ ratings: { 2025: 'good' } });

  it('asOf 2025-06-30 applies ND 98/2023 and cites it for the principles', () => {
    const result = evaluateStaff(staff, 'LDTT', 2025, { asOf: '2025-06-30' });
    expect(result.rulebook).toBe('nd-98-2023');
    expect(criterion(result, 'no_freeze').legalBasis).toBe('Nghị định 98/2023/NĐ-CP, Điều 5');
    expect(criterion(result, 'achievement_after_discipline').legalBasis).toBe('Nghị định 98/2023/NĐ-CP, Điều 5');
  });

  it('asOf 2025-07-01 applies ND 152/2025 and cites its Art. 4', () => {
    const result = evaluateStaff(staff, 'LDTT', 2025, { asOf: '2025-07-01' });
    expect(result.rulebook).toBe('nd-152-2025');
    expect(criterion(result, 'no_freeze').legalBasis).toBe('Nghị định 152/2025/NĐ-CP, Điều 4');
  });

  it('the Law’s own citations do not change with the decree', () => {
    const before = evaluateStaff(staff, 'LDTT', 2025, { asOf: '2025-06-30' });
    const after = evaluateStaff(staff, 'LDTT', 2025, { asOf: '2025-07-01' });
    expect(criterion(before, 'rating_good_or_better').legalBasis).toBe(criterion(after, 'rating_good_or_better').legalBasis);
  });

  it('asOf defaults to 31 December of the proposal year', () => {
    expect(evaluateStaff(buildStaff({ ratings: { 2024: 'good' } }), 'LDTT', 2024).rulebook).toBe('nd-98-2023');
    expect(evaluateStaff(staff, 'LDTT', 2025).rulebook).toBe('nd-152-2025');
  });

  it('before 2024-01-01 there is no rulebook: NoRulebookForDate', () => {
    expect(() => evaluateStaff(staff, 'LDTT', 2023)).toThrow(NoRulebookForDate);
    expect(catchError(() => evaluateStaff(staff, 'LDTT', 2025, { asOf: '2023-12-31' }))).toMatchObject({
      code: 'NO_RULEBOOK_FOR_DATE',
      date: '2023-12-31',
    });
  });

  it('a malformed asOf is refused', () => {
    expect(() => evaluateStaff(staff, 'LDTT', 2025, { asOf: '31/12/2025' })).toThrow(InvalidDate);
  });
});

describe('Award and subject must match (Luật TĐKT 2022 Điều 19, 20)', () => {
  it('CSTĐ cấp tỉnh for a collective → AwardNotForSubject', () => {
    const error = catchError(() => evaluateUnit(buildUnit(), 'CSTD_TINH', 2025));
    expect(error).toBeInstanceOf(AwardNotForSubject);
    expect(error).toMatchObject({ code: 'AWARD_NOT_FOR_SUBJECT', awardType: 'CSTD_TINH', subject: 'unit' });
  });

  it('TTLĐTT for a person → AwardNotForSubject', () => {
    expect(() => evaluateStaff(buildStaff(), 'TTLDTT', 2025)).toThrow(AwardNotForSubject);
  });

  it('an award code unknown to the rulebook (e.g. read from the database) → UnknownAwardType', () => {
    const unknown = 'KY_NIEM_CHUONG' as AwardCode;
    expect(() => evaluateStaff(buildStaff(), unknown, 2025)).toThrow(UnknownAwardType);
    expect(() => evaluateStaff(buildStaff(), 'toString' as AwardCode, 2025)).toThrow(UnknownAwardType);
  });

  it('every award code is known to each subject it applies to', () => {
    const known = new Set([...STAFF_AWARDS, ...UNIT_AWARDS]);
    expect(AWARD_CODES.filter((code) => !known.has(code))).toEqual([]);
  });
});

describe('Freeze blocks every award — NĐ 152/2025 Điều 4 (principle 4)', () => {
  const frozenStaff = buildStaff({
    ratings: ratingsFor([2021, 2022, 2023, 2024, 2025], 'excellent'),
    freezes: [freeze('Đang bị thanh tra', '2025-06-01', '2025-08-01')],
  });
  const frozenUnit = buildUnit({
    ratings: ratingsFor([2024, 2025], 'excellent'),
    freezes: [freeze('Đang xác minh tố cáo', '2025-10-01', null)],
    members: membersMeetingLdtt(3, 2025),
  });

  it.each(STAFF_AWARDS)('person, %s: no_freeze is not met and names the reason', (awardType) => {
    const result = evaluateStaff(frozenStaff, awardType, 2025);
    expect(criterion(result, 'no_freeze').met).toBe(false);
    expect(criterion(result, 'no_freeze').detail).toContain('Đang bị thanh tra');
    expect(result.eligible).toBe(false);
  });

  it.each(UNIT_AWARDS)('collective, %s: no_freeze is not met', (awardType) => {
    const result = evaluateUnit(frozenUnit, awardType, 2025);
    expect(criterion(result, 'no_freeze').met).toBe(false);
    expect(result.eligible).toBe(false);
  });

  it('a freeze of an earlier year does not block', () => {
    const staff = buildStaff({ ratings: { 2025: 'good' }, freezes: [freeze('Thanh tra', '2024-03-01', '2024-06-01')] });
    expect(evaluateStaff(staff, 'LDTT', 2025).eligible).toBe(true);
  });
});

describe('Achievement counts from the end of a discipline period — NĐ 152/2025 Điều 4', () => {
  const staff = buildStaff({
    ratings: { 2025: 'good', 2026: 'good' },
    disciplines: [discipline('reprimand', '2024-12-01', '2025-05-31')],
  });

  it('LĐTT for the year the discipline ended is not eligible', () => {
    const result = evaluateStaff(staff, 'LDTT', 2025);
    expect(criterion(result, 'achievement_after_discipline').met).toBe(false);
    expect(result.eligible).toBe(false);
  });

  it('LĐTT for the following year is eligible', () => {
    expect(evaluateStaff(staff, 'LDTT', 2026).eligible).toBe(true);
  });
});

describe('Ad-hoc and thematic awards do not count toward higher ones — NĐ 152/2025 Điều 4', () => {
  it('an ad-hoc CSTĐCS in the chain makes CSTĐ cấp tỉnh not eligible', () => {
    const staff = buildStaff({
      awards: [award('CSTDCS', 2023, { basis: 'ad_hoc' }), ...awardsFor('CSTDCS', [2024, 2025])],
      initiatives: [initiative(2025, 'provincial')],
    });
    expect(evaluateStaff(staff, 'CSTD_TINH', 2025).eligible).toBe(false);
  });

  it('a thematic CSTĐ cấp tỉnh does not count toward CSTĐ toàn quốc', () => {
    const staff = buildStaff({
      awards: [award('CSTD_TINH', 2024, { basis: 'thematic' }), award('CSTD_TINH', 2025)],
      initiatives: [initiative(2025, 'national')],
    });
    expect(evaluateStaff(staff, 'CSTD_TOAN_QUOC', 2025).eligible).toBe(false);
  });
});

describe('Revoked awards do not count — Luật TĐKT 2022 Chương VII', () => {
  it('a revoked CSTĐCS breaks the chain for CSTĐ cấp tỉnh', () => {
    const staff = buildStaff({
      awards: [...awardsFor('CSTDCS', [2023, 2025]), award('CSTDCS', 2024, { revoked: true })],
      initiatives: [initiative(2025, 'provincial')],
    });
    const result = evaluateStaff(staff, 'CSTD_TINH', 2025);
    expect(criterion(result, 'cstdcs_3_consecutive').detail).toContain('thiếu 2024');
    expect(result.eligible).toBe(false);
  });
});

describe('The same award is not given twice for one year — Luật TĐKT 2022 Điều 5', () => {
  it.each<[AwardCode, 'staff' | 'unit']>([
    ['LDTT', 'staff'],
    ['CSTDCS', 'staff'],
    ['TTLDTT', 'unit'],
  ])('%s already on record for 2025 → not_already_awarded is not met', (awardType, subject) => {
    const awards = [award(awardType, 2025)];
    const result =
      subject === 'staff'
        ? evaluateStaff(buildStaff({ ratings: { 2025: 'excellent' }, awards }), awardType, 2025)
        : evaluateUnit(buildUnit({ ratings: { 2025: 'excellent' }, awards, members: membersMeetingLdtt(3, 2025) }), awardType, 2025);
    expect(criterion(result, 'not_already_awarded').met).toBe(false);
    expect(result.eligible).toBe(false);
  });

  it('the same award for the previous year does not block this year', () => {
    const staff = buildStaff({ ratings: { 2025: 'good' }, awards: [award('LDTT', 2024)] });
    expect(evaluateStaff(staff, 'LDTT', 2025).eligible).toBe(true);
  });
});

describe('Maternity leave counts as time worked — NĐ 152/2025 Điều 4 (principle 5)', () => {
  it('a year on maternity leave with its normal rating keeps a 5-year run unbroken', () => {
    // 2023 was spent on maternity leave; the appraisal of that year is recorded as usual ("good"), and
    // the facts carry no maternity flag because nothing may break a chain because of it.
    const staff = buildStaff({
      ratings: { 2021: 'good', 2022: 'excellent', 2023: 'good', 2024: 'excellent', 2025: 'good' },
      awards: [award('BANG_KHEN_TINH', 2020), ...awardsFor('CSTDCS', [2022, 2024, 2025])],
    });
    const result = evaluateStaff(staff, 'BANG_KHEN_TTG', 2025);
    expect(criterion(result, 'good_5_years_with_3_cstdcs').met).toBe(true);
    expect(result.eligible).toBe(true);
  });
});

describe('eligible iff no criterion is false; null only asks for confirmation', () => {
  it('LĐTT with every automatic criterion met is eligible even with a confirmation pending', () => {
    const result = evaluateStaff(buildStaff({ ratings: { 2025: 'good' } }), 'LDTT', 2025);
    expect(result.criteria.some((item) => item.met === null)).toBe(true);
    expect(result.eligible).toBe(true);
  });
});

describe('Province layer — Luật TĐKT 2022 Điều 24 khoản 4 (details delegated to the province)', () => {
  const laoCaiLike = mergeProvinceRules(DEFAULT_PROVINCE_RULES, {
    name: 'Tỉnh thử nghiệm',
    additionalCriteria: {
      LDTT: {
        staff: [
          {
            code: 'no_administrative_sanction',
            kind: 'needs_confirmation',
            params: { statements: ['no_administrative_sanction'] },
            legalBasis: 'Quy định thi đua, khen thưởng của tỉnh',
          },
          {
            code: 'rating_excellent_province',
            kind: 'rating_at_least',
            params: { minimum: 'excellent' },
            legalBasis: 'Quy định thi đua, khen thưởng của tỉnh',
          },
        ],
      },
    },
  });

  it('appends the province’s criteria after the national ones', () => {
    const result = evaluateStaff(buildStaff({ ratings: { 2025: 'excellent' } }), 'LDTT', 2025, {
      province: laoCaiLike,
    });
    expect(codes(result).slice(-2)).toEqual(['no_administrative_sanction', 'rating_excellent_province']);
    expect(result.eligible).toBe(true);
  });

  it('a failing province criterion makes the person not eligible', () => {
    const result = evaluateStaff(buildStaff({ ratings: { 2025: 'good' } }), 'LDTT', 2025, { province: laoCaiLike });
    expect(criterion(result, 'rating_excellent_province').met).toBe(false);
    expect(result.eligible).toBe(false);
  });

  it('without a province the national criteria alone apply', () => {
    const result = evaluateStaff(buildStaff({ ratings: { 2025: 'good' } }), 'LDTT', 2025);
    expect(codes(result)).not.toContain('rating_excellent_province');
  });
});

describe('User-facing text — NĐ 30/2020 (TCVN 6909:2001, Unicode NFC)', () => {
  it('every detail and citation of every award is non-empty NFC text', () => {
    const staff = buildStaff({
      fullName: 'Nguyễn Thị Hoà',
      ratings: ratingsFor([2021, 2022, 2023, 2024, 2025], 'excellent'),
      awards: [award('BANG_KHEN_TINH', 2020), ...awardsFor('CSTDCS', [2023, 2024])],
      initiatives: [initiative(2025)],
      disciplines: [discipline('warning', '2022-01-01', '2022-06-30')],
      freezes: [freeze('Đang xác minh đơn', '2025-10-01', null)],
    });
    const unit = buildUnit({ ratings: ratingsFor([2024, 2025], 'excellent'), members: [staff] });
    const results = [
      ...STAFF_AWARDS.map((awardType) => evaluateStaff(staff, awardType, 2025)),
      ...UNIT_AWARDS.map((awardType) => evaluateUnit(unit, awardType, 2025)),
    ];
    const texts = results.flatMap((result) => result.criteria.flatMap((item) => [detailOf(item.reason), item.legalBasis]));
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.filter((text) => text.length === 0 || text !== text.normalize('NFC'))).toEqual([]);
  });
});
