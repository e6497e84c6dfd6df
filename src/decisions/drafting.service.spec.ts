import { draftAbstract, lineVerdict, orderLines } from './drafting.service.js';
import type { CriterionResult } from '../law/index.js';

const criterion = (met: boolean | null, key: string): CriterionResult =>
  ({ code: key, met, reason: { key, params: {} }, legalBasis: 'Luật Thi đua, khen thưởng 2022' }) as unknown as CriterionResult;

describe('drafting: the pure parts', () => {
  it('the default abstract quotes a title and names a form of commendation as it is', () => {
    expect(draftAbstract({ name: 'Lao động tiên tiến', kind: 'title' }, 2025)).toBe('Về việc tặng danh hiệu “Lao động tiên tiến” năm 2025');
    expect(draftAbstract({ name: 'Giấy khen', kind: 'commendation' }, 2025)).toBe('Về việc tặng Giấy khen năm 2025');
  });

  it('a line is eligible when only the statements a proposal attests are open; anything else not met or open needs a reason', () => {
    const statements = criterion(null, 'needs_confirmation.pending');
    expect(lineVerdict({ criteria: [criterion(true, 'rating_at_least.rated'), statements] })).toEqual({ verdict: 'eligible', reasons: [] });
    expect(lineVerdict({ criteria: [criterion(false, 'no_freeze.frozen'), statements] }).verdict).toBe('ineligible');
    expect(lineVerdict({ criteria: [criterion(null, 'rating_at_least.missing'), statements] }).verdict).toBe('to_confirm');
  });

  const line = (id: string, unitName: string | null, rank: number, sortKey: string) => ({ id, unitName, rank, sortKey });

  it('unit_rank: by unit in Vietnamese order, leaders first, then by name; name: by the sort key alone', () => {
    const lines = [
      line('1', 'Phòng Tổ chức', 99, 'b'),
      line('2', 'Phòng Tổ chức', 4, 'z'),
      line('3', 'Phòng Đào tạo', 99, 'a'),
      line('4', 'Phòng Tổ chức', 99, 'a'),
      line('5', null, 1, 'a'),
    ];
    // "Đ" sorts after "D" and before "E" in Vietnamese; a line without a unit comes last.
    expect(orderLines(lines, 'unit_rank').map((l) => l.id)).toEqual(['3', '2', '4', '1', '5']);
    expect(orderLines(lines, 'name').map((l) => l.id)).toEqual(['3', '4', '5', '1', '2']);
  });
});
