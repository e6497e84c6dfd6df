import { CALENDAR_SEED } from '../../migrations/1796150000000-CalendarDays.js';
import { ANNOUNCED_DAYS } from '../law/index.js';

describe('the calendar_days seed', () => {
  it('is the law table of 2025–2027 (Labour Code 2019 Art. 112 and the announcements), row for row', () => {
    expect(CALENDAR_SEED.map(([date, kind, name, source, verified]) => ({ date, kind, name, source, verified }))).toEqual([
      ...ANNOUNCED_DAYS,
    ]);
  });
});
