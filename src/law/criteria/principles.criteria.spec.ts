import { award, buildStaff, buildUnit, discipline, freeze } from '../testing/facts.factory.js';
import { staffContext, unitContext } from '../testing/context.factory.js';
import { inWords } from '../testing/described.js';
import {
  needsConfirmation as needsConfirmationEvaluator,
  noDisciplineInYear as noDisciplineInYearEvaluator,
  noFreeze as noFreezeEvaluator,
  notAlreadyAwarded as notAlreadyAwardedEvaluator,
} from './principles.criteria.js';

/** Each evaluator answers in Vietnamese words here, as a person reads it. */
const needsConfirmation = inWords(needsConfirmationEvaluator);
const noDisciplineInYear = inWords(noDisciplineInYearEvaluator);
const noFreeze = inWords(noFreezeEvaluator);
const notAlreadyAwarded = inWords(notAlreadyAwardedEvaluator);

describe('no_freeze — tạm dừng xét khen thưởng (NĐ 152/2025 Điều 4; principle 4)', () => {
  it('is met when no freeze touches the year, and says so in Vietnamese', () => {
    const staff = buildStaff({ freezes: [freeze('Xác minh đơn tố cáo', '2024-02-01', '2024-05-01')] });
    const outcome = noFreeze({}, staffContext(staff, { year: 2025 }));
    expect(outcome).toEqual({ met: true, detail: 'Không có kỷ luật hoặc xem xét đang treo trong năm 2025' });
  });

  it('is not met when a freeze overlaps the year, naming the reason and the period', () => {
    const staff = buildStaff({ freezes: [freeze('Đang bị xem xét kỷ luật', '2025-03-01', null)] });
    const outcome = noFreeze({}, staffContext(staff, { year: 2025 }));
    expect(outcome.met).toBe(false);
    expect(outcome.detail).toBe('Đang tạm dừng xét khen thưởng: Đang bị xem xét kỷ luật (từ 01/03/2025 đến nay)');
  });

  it('blocks when a freeze starts after the year but before the evaluation date (review during the round)', () => {
    const staff = buildStaff({ freezes: [freeze('Thanh tra', '2026-01-05', '2026-02-01')] });
    expect(noFreeze({}, staffContext(staff, { year: 2025, asOf: '2026-01-10' })).met).toBe(false);
    expect(noFreeze({}, staffContext(staff, { year: 2025, asOf: '2025-12-31' })).met).toBe(true);
  });

  it('applies to collectives too', () => {
    const unit = buildUnit({ freezes: [freeze('Kiểm tra tài chính', '2025-12-01', '2025-12-20')] });
    expect(noFreeze({}, unitContext(unit, { year: 2025, awardType: 'TTLDTT' })).met).toBe(false);
  });
});

describe('achievement_after_discipline — thành tích tính từ khi hết thời hạn kỷ luật (NĐ 152/2025 Điều 4)', () => {
  it('is not met when a discipline period touches the proposal year, even if it ended mid-year', () => {
    const staff = buildStaff({ disciplines: [discipline('reprimand', '2024-09-01', '2025-03-01')] });
    const outcome = noDisciplineInYear({}, staffContext(staff, { year: 2025 }));
    expect(outcome.met).toBe(false);
    expect(outcome.detail).toContain('khiển trách từ 01/09/2024 đến 01/03/2025');
    expect(outcome.detail).toContain('thành tích chỉ được tính từ sau khi hết thời hạn kỷ luật');
  });

  it('is met in the year after the discipline ended', () => {
    const staff = buildStaff({ disciplines: [discipline('warning', '2024-01-15', '2024-12-31')] });
    expect(noDisciplineInYear({}, staffContext(staff, { year: 2025 })).met).toBe(true);
  });
});

describe('not_already_awarded — không khen hai lần cho một thành tích (Luật TĐKT 2022 Điều 5)', () => {
  it('is not met when the same award is on record for the same year', () => {
    const staff = buildStaff({ awards: [award('LDTT', 2025)] });
    const outcome = notAlreadyAwarded({}, staffContext(staff, { year: 2025, awardType: 'LDTT' }));
    expect(outcome.met).toBe(false);
    expect(outcome.detail).toBe('Đã được tặng LĐTT năm 2025; không khen thưởng hai lần cho cùng một thành tích');
  });

  it('is met when the award of that year was revoked, or is another year, or is another award', () => {
    const staff = buildStaff({
      awards: [award('LDTT', 2025, { revoked: true }), award('LDTT', 2024), award('CSTDCS', 2025)],
    });
    expect(notAlreadyAwarded({}, staffContext(staff, { year: 2025, awardType: 'LDTT' })).met).toBe(true);
  });

  it('is met when only an ad-hoc award of the same type exists that year (a different achievement)', () => {
    const staff = buildStaff({ awards: [award('GIAY_KHEN', 2025, { basis: 'ad_hoc' })] });
    expect(notAlreadyAwarded({}, staffContext(staff, { year: 2025, awardType: 'GIAY_KHEN' })).met).toBe(true);
  });
});

describe('needs_confirmation — facts a person confirms', () => {
  it('is always met:null and quotes what must be confirmed', () => {
    const outcome = needsConfirmation({ statements: ['internal_unity'] }, staffContext(buildStaff(), { year: 2025 }));
    expect(outcome).toEqual({ met: null, detail: 'Cần người có thẩm quyền xác nhận: nội bộ đoàn kết' });
  });
});

describe('no_freeze and needs_confirmation in English — NĐ 152/2025 Điều 4; Luật TĐKT 2022 Điều 75', () => {
  it('names the reason of the hold and its period, dates dd/mm/yyyy', () => {
    const staff = buildStaff({ freezes: [freeze('Thanh tra', '2025-03-01', null)] });
    expect(inWords(noFreezeEvaluator, 'en')({}, staffContext(staff, { year: 2025 }))).toEqual({
      met: false,
      detail: 'Awards on hold: Thanh tra (since 01/03/2025)',
    });
  });

  it('quotes every statement to confirm, in English', () => {
    const outcome = inWords(needsConfirmationEvaluator, 'en')(
      { statements: ['exemplary_law_abiding', 'internal_unity'] },
      staffContext(buildStaff(), { year: 2025 }),
    );
    expect(outcome).toEqual({
      met: null,
      detail:
        'To be confirmed by a competent person: exemplary in complying with the Party’s guidelines and policies and the State’s laws; internally united',
    });
  });
});
