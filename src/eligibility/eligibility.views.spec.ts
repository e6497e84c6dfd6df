import type { AwardTypeView } from '../catalogue/award-type.view.js';
import { dynamicKey } from '../i18n/translate.js';
import type { CriterionSpec } from '../law/criteria/criterion-spec.js';
import { type CriterionResult, criteriaFor, param, reason } from '../law/index.js';
import { awardChoiceGroups, criterionRows, defaultRoundYear, rulesLegend } from './eligibility.views.js';
import { DEFAULT_PROVINCE_RULES, mergeProvinceRules, RULEBOOKS, rulebookFor } from '../law/index.js';
import { AWARD_CODES, SUBJECT_KINDS } from '../kernel/index.js';

const codesOf = (specs: readonly CriterionSpec[]): string[] =>
  specs.flatMap((spec) => (spec.kind === 'any_of' ? [spec.code, ...codesOf(spec.params.options)] : [spec.code]));

const type = (overrides: Partial<AwardTypeView>): AwardTypeView => ({
  code: 'LDTT',
  name: 'Lao động tiên tiến',
  kind: 'title',
  subjects: ['individual'],
  level: 'grassroots',
  authority: 'Giám đốc Sở',
  coefficients: { individual: 0.3 },
  verified: { individual: true },
  coefficientNote: null,
  legalBasis: 'Luật Thi đua, khen thưởng 2022, Điều 24',
  moneyBasis: null,
  hasCertificate: false,
  isLocal: false,
  retired: false,
  retiredOn: null,
  displayOrder: 10,
  ...overrides,
});

describe('eligibility view models', () => {
  it('every criterion of every rulebook has a name in Vietnamese and in English', () => {
    const codes = new Set(
      RULEBOOKS.flatMap((rulebook) =>
        AWARD_CODES.flatMap((award) =>
          SUBJECT_KINDS.flatMap((subject) => codesOf(criteriaFor(rulebook, DEFAULT_PROVINCE_RULES, award, subject) ?? [])),
        ),
      ),
    );
    // dynamicKey answers only keys with a text in both languages.
    const missing = [...codes].filter((code) => dynamicKey(`eligibility.criteria.${code}`) === undefined);
    expect(missing).toEqual([]);
  });

  it('shows each result with a symbol AND words, the detail and the article', () => {
    const criteria: CriterionResult[] = [
      {
        code: 'rating_good_or_better',
        met: true,
        reason: reason('rating_at_least.rated', { year: param.year(2025), rating: param.rating('good') }),
        legalBasis: 'Luật Thi đua, khen thưởng 2022, Điều 24 khoản 1 điểm a',
      },
      {
        code: 'no_freeze',
        met: false,
        reason: reason('no_freeze.frozen', {
          freezes: param.clauses([
            reason('no_freeze.freeze', { reason: param.text('Đang xác minh đơn'), period: param.period({ from: '2025-03-01', to: null }) }),
          ]),
        }),
        legalBasis: 'Nghị định 152/2025/NĐ-CP, Điều 4',
      },
      {
        code: 'solidarity_and_participation',
        met: null,
        reason: reason('needs_confirmation.pending', { statements: param.statements(['solidarity_and_participation']) }),
        legalBasis: 'Luật Thi đua, khen thưởng 2022, Điều 24 khoản 1 điểm b',
      },
      { code: 'a_future_criterion', met: true, reason: reason('members.none', {}), legalBasis: '…' },
    ];
    const rows = criterionRows(criteria, 'vi');
    expect(rows.map((row) => [row.symbol, row.stateLabel, row.state])).toEqual([
      ['✓', 'Đạt', 'met'],
      ['✗', 'Chưa đạt', 'not_met'],
      ['?', 'Cần xác nhận', 'to_confirm'],
      ['✓', 'Đạt', 'met'],
    ]);
    expect(rows[0]).toMatchObject({
      label: 'Xếp loại từ Hoàn thành tốt nhiệm vụ trở lên',
      legalBasis: 'Luật Thi đua, khen thưởng 2022, Điều 24 khoản 1 điểm a',
    });
    // A criterion added to a rulebook before its translation still shows, by its code.
    expect(rows[3].label).toBe('a_future_criterion');
    expect(rows.map((row) => row.detail).slice(0, 2)).toEqual([
      'Xếp loại năm 2025: Hoàn thành tốt nhiệm vụ',
      'Đang tạm dừng xét khen thưởng: Đang xác minh đơn (từ 01/03/2025 đến nay)',
    ]);
  });

  it('words the details in the page’s language: an English page reads English (Luật TĐKT 2022 Điều 24; NĐ 152/2025 Điều 4)', () => {
    const rows = criterionRows(
      [
        {
          code: 'rating_good_or_better',
          met: false,
          reason: reason('rating_at_least.below', {
            year: param.year(2025),
            rating: param.rating('completed'),
            minimum: param.minimumRating('good'),
          }),
          legalBasis: 'Luật Thi đua, khen thưởng 2022, Điều 24 khoản 1 điểm a',
        },
      ],
      'en',
    );
    expect(rows[0]).toMatchObject({
      label: expect.not.stringContaining('Xếp loại'),
      stateLabel: 'Not met',
      detail: 'Rating for 2025: Task completed (Good task completion or better required)',
    });
  });

  it('offers only awards the engine evaluates for the subject, titles apart from commendations, retired and local types left out', () => {
    const types = [
      type({}),
      type({
        code: 'TTLDTT',
        name: 'Tập thể lao động tiên tiến',
        subjects: ['collective'],
        coefficients: { collective: 0.8 },
        verified: { collective: true },
      }),
      type({ code: 'GIAY_KHEN', name: 'Giấy khen', kind: 'commendation', subjects: ['individual', 'collective'] }),
      type({ code: 'KHEN_RIENG', name: 'Khen thưởng riêng của đơn vị', kind: 'commendation', isLocal: true }),
      type({ code: 'CSTDCS', name: 'Chiến sĩ thi đua cơ sở', retired: true, retiredOn: '2026-01-01' }),
    ];
    const groups = awardChoiceGroups(types, rulebookFor('2025-12-31'), 'individual', 'vi');
    expect(groups).toEqual([
      { label: 'Danh hiệu thi đua', choices: [{ code: 'LDTT', name: 'Lao động tiên tiến' }] },
      { label: 'Hình thức khen thưởng', choices: [{ code: 'GIAY_KHEN', name: 'Giấy khen' }] },
    ]);
    expect(
      awardChoiceGroups(types, rulebookFor('2025-12-31'), 'collective', 'vi').flatMap((group) =>
        group.choices.map((choice) => choice.code),
      ),
    ).toEqual(['TTLDTT', 'GIAY_KHEN']);
  });

  it('names the rulebook in force and every unverified setting, the chosen award’s first (domain-rules §2.9 [!], §3.1 [I])', () => {
    const giayKhen = type({
      code: 'GIAY_KHEN',
      name: 'Giấy khen',
      kind: 'commendation',
      subjects: ['individual', 'collective'],
      coefficients: { individual: 0.3, collective: 0.6 },
      verified: { individual: false, collective: true },
      coefficientNote: 'Mức 0,3 cho cá nhân là suy luận',
    });
    const legend = rulesLegend(rulebookFor('2025-07-01'), [type({}), giayKhen], 'vi', 'CSTD_TINH');
    expect(legend.rulebook).toBe(
      'Bộ tiêu chí đang áp dụng: Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP (hiệu lực từ 01/07/2025).',
    );
    expect(legend.unverified[0]).toMatchObject({
      current: true,
      text: expect.stringContaining('CSTĐ cấp tỉnh: từ 90% tổng số thành viên'),
    });
    const texts = legend.unverified.map((setting) => setting.text);
    expect(texts).toContain('Hệ số tiền thưởng Giấy khen (Cá nhân): 0,3 × mức lương cơ sở');
    expect(texts).not.toContain('Hệ số tiền thưởng Giấy khen (Tập thể): 0,6 × mức lương cơ sở');
    expect(texts).toContain('Làm tròn tiền thưởng lên bội số của 10.000 đồng');
    expect(rulesLegend(rulebookFor('2025-06-30'), [], 'vi', null).rulebook).toContain('Nghị định 98/2023/NĐ-CP');

    const verifiedProvince = mergeProvinceRules(DEFAULT_PROVINCE_RULES, {
      councilThresholdPercent: { CSTD_TINH: { value: 90, verified: true, source: 'Nghị định 152/2025/NĐ-CP' } },
    });
    const after = rulesLegend(rulebookFor('2025-07-01'), [], 'vi', 'CSTD_TINH', verifiedProvince).unverified.map((setting) => setting.text);
    expect(after.some((text) => text.includes('CSTĐ cấp tỉnh'))).toBe(false);
  });

  it('proposes last year by default: titles of year N are decided early in year N+1', () => {
    expect(defaultRoundYear(new Date('2026-02-10T00:00:00Z'))).toBe(2025);
  });
});
