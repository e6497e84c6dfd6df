import { buildStaff, initiative } from '../testing/facts.factory.js';
import { staffContext } from '../testing/context.factory.js';
import { inWords } from '../testing/described.js';
import { initiativeAtLevel as initiativeAtLevelEvaluator } from './initiative.criteria.js';

/** Each evaluator answers in Vietnamese words here, as a person reads it. */
const initiativeAtLevel = inWords(initiativeAtLevelEvaluator);

describe('initiative_at_level — sáng kiến được công nhận (Luật TĐKT 2022 Điều 22 khoản 1, Điều 23)', () => {
  it('is met by an initiative at the required level inside the window', () => {
    const staff = buildStaff({ initiatives: [initiative(2024, 'provincial')] });
    const outcome = initiativeAtLevel({ minimumLevel: 'provincial', windowYears: 3 }, staffContext(staff, { year: 2025 }));
    expect(outcome).toEqual({ met: true, detail: 'Có sáng kiến được công nhận: cấp tỉnh năm 2024' });
  });

  it('accepts a higher level than required', () => {
    const staff = buildStaff({ initiatives: [initiative(2025, 'national')] });
    expect(initiativeAtLevel({ minimumLevel: 'grassroots', windowYears: 1 }, staffContext(staff, { year: 2025 })).met).toBe(true);
  });

  it('is not met by a lower level', () => {
    const staff = buildStaff({ initiatives: [initiative(2025, 'grassroots')] });
    const outcome = initiativeAtLevel({ minimumLevel: 'provincial', windowYears: 3 }, staffContext(staff, { year: 2025 }));
    expect(outcome).toEqual({
      met: false,
      detail: 'Chưa có sáng kiến được công nhận từ cấp tỉnh trở lên trong các năm 2023–2025',
    });
  });

  it('is not met by an initiative outside the window', () => {
    const staff = buildStaff({ initiatives: [initiative(2024, 'grassroots')] });
    const outcome = initiativeAtLevel({ minimumLevel: 'grassroots', windowYears: 1 }, staffContext(staff, { year: 2025 }));
    expect(outcome).toEqual({
      met: false,
      detail: 'Chưa có sáng kiến được công nhận từ cấp cơ sở trở lên trong năm 2025',
    });
  });
});
