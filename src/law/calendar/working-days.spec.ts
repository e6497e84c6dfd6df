import { ANNOUNCED_DAYS, ANNOUNCED_YEARS } from './announcements.data.js';
import { LUNAR_HOLIDAYS } from './lunar.data.js';
import { addWorkingDays, CalendarYearNotCovered, InvalidWorkingDays, isWorkingDay, workingCalendar } from './working-days.js';

const calendar = workingCalendar(ANNOUNCED_DAYS, ANNOUNCED_YEARS);
const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

describe('the public holidays of Labour Code 2019 Art. 112(1), as announced for 2025–2027', () => {
  it('each year has 1/1, five days of Tết including mùng 1, Giỗ Tổ 10/3 lunar, 30/4, 1/5, 2/9 and one day beside it', () => {
    for (const year of ANNOUNCED_YEARS) {
      const holidays = ANNOUNCED_DAYS.filter((day) => day.kind === 'holiday' && day.date.startsWith(`${year}-`));
      const names = (name: string): string[] => holidays.filter((day) => day.name.startsWith(name)).map((day) => day.date);
      expect(names('Tết Dương lịch')).toEqual([`${year}-01-01`]);
      expect(names('Tết Nguyên đán')).toHaveLength(5);
      expect(names('Tết Nguyên đán')).toContain(LUNAR_HOLIDAYS[year]!.tet);
      expect(names('Giỗ Tổ Hùng Vương')).toEqual([LUNAR_HOLIDAYS[year]!.hungKings]);
      expect(names('Ngày Chiến thắng')).toEqual([`${year}-04-30`]);
      expect(names('Ngày Quốc tế lao động')).toEqual([`${year}-05-01`]);
      const nationalDay = names('Quốc khánh');
      expect(nationalDay).toContain(`${year}-09-02`);
      expect(nationalDay).toHaveLength(2);
      expect(nationalDay.some((date) => date === `${year}-09-01` || date === `${year}-09-03`)).toBe(true);
    }
  });

  it('the lunar table: Tết 29/1/2025, 17/2/2026, 6/2/2027; Giỗ Tổ 7/4/2025 (a Monday, as announced), 26/4/2026 (a Sunday)', () => {
    expect(LUNAR_HOLIDAYS[2025]).toEqual({ tet: '2025-01-29', hungKings: '2025-04-07' });
    expect(LUNAR_HOLIDAYS[2026]).toEqual({ tet: '2026-02-17', hungKings: '2026-04-26' });
    expect(LUNAR_HOLIDAYS[2027]).toEqual({ tet: '2027-02-06', hungKings: '2027-04-16' });
    expect(weekday('2025-04-07')).toBe(1);
    expect(weekday('2026-04-26')).toBe(0);
    for (let year = 2024; year <= 2030; year += 1) {
      expect(LUNAR_HOLIDAYS[year]!.tet.startsWith(`${year}-0`)).toBe(true);
    }
  });

  it('the rows are well formed: one per date, make-up days on weekends only, every row with its source', () => {
    expect(new Set(ANNOUNCED_DAYS.map((day) => day.date)).size).toBe(ANNOUNCED_DAYS.length);
    for (const day of ANNOUNCED_DAYS.filter((row) => row.kind === 'make_up_workday')) {
      expect([0, 6]).toContain(weekday(day.date));
    }
    expect(ANNOUNCED_DAYS.every((day) => day.source.length > 0 && day.name.normalize('NFC') === day.name)).toBe(true);
  });

  it('2027 is marked unverified where the Prime Minister chooses (no announcement found); 2025 is verified throughout', () => {
    expect(ANNOUNCED_DAYS.filter((day) => day.date.startsWith('2025-')).every((day) => day.verified)).toBe(true);
    expect(ANNOUNCED_DAYS.filter((day) => day.date.startsWith('2027-02-') && !day.verified)).toHaveLength(7);
    expect(ANNOUNCED_DAYS.find((day) => day.date === '2027-01-01')?.verified).toBe(true);
  });
});

describe('isWorkingDay: weekends off unless a make-up working day; announced days off', () => {
  it.each([
    ['2025-01-27', false, 'Tết Ất Tỵ (announcement of 2025: 25/1–2/2)'],
    ['2025-02-03', true, 'the Monday after Tết 2025'],
    ['2025-04-26', true, 'Saturday make-up for Friday 2/5/2025'],
    ['2025-05-02', false, 'Friday 2/5/2025, swapped'],
    ['2025-09-01', false, 'the day beside Quốc khánh 2025'],
    ['2026-01-02', false, 'Friday 2/1/2026 (Công văn 12729/VPCP-KGVX)'],
    ['2026-01-10', true, 'Saturday 10/1/2026, the make-up day'],
    ['2026-02-20', false, 'mùng 4 Tết Bính Ngọ'],
    ['2026-02-23', true, 'back to work after Tết 2026'],
    ['2026-04-27', false, 'Monday after Giỗ Tổ on a Sunday (Art. 111(3))'],
    ['2026-03-07', false, 'an ordinary Saturday'],
    ['2026-03-09', true, 'an ordinary Monday'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isWorkingDay(date, calendar)).toBe(expected);
  });

  it('refuses a year the calendar has no announcement for, and a malformed date', () => {
    expect(() => isWorkingDay('2028-03-01', calendar)).toThrow(CalendarYearNotCovered);
    expect(() => isWorkingDay('2026-02-30', calendar)).toThrow(/Not an ISO date/u);
  });
});

describe('addWorkingDays: the start day counts as day 1 when it is a working day', () => {
  it('a posting from Monday 3/3/2025 for 10 working days ends on Friday 14/3/2025', () => {
    expect(addWorkingDays('2025-03-03', 10, calendar)).toBe('2025-03-14');
    expect(addWorkingDays('2025-03-03', 1, calendar)).toBe('2025-03-03');
  });

  it('a posting started on a Saturday counts from the Monday', () => {
    expect(addWorkingDays('2025-03-01', 1, calendar)).toBe('2025-03-03');
  });

  it('across Tết Bính Ngọ 2026 (off 14/2–22/2): from Wednesday 11/2 for 10 working days (ND 152 Art. 44(2)) ends on 3/3', () => {
    expect(addWorkingDays('2026-02-11', 10, calendar)).toBe('2026-03-03');
  });

  it('across Tết Ất Tỵ 2025 (off 25/1–2/2): from Thursday 23/1 for 5 working days ends on 5/2', () => {
    expect(addWorkingDays('2025-01-23', 5, calendar)).toBe('2025-02-05');
  });

  it('counts the Saturday make-up day of 26/4/2025 and skips 30/4–4/5', () => {
    expect(addWorkingDays('2025-04-25', 3, calendar)).toBe('2025-04-28');
    expect(addWorkingDays('2025-04-28', 3, calendar)).toBe('2025-05-05');
  });

  it('across 1/1/2026 (off 1/1–4/1, Saturday 10/1 worked)', () => {
    expect(addWorkingDays('2025-12-31', 2, calendar)).toBe('2026-01-05');
    expect(addWorkingDays('2026-01-09', 2, calendar)).toBe('2026-01-10');
  });

  it('refuses to count into a year not announced, and a count that is not 1–250', () => {
    expect(() => addWorkingDays('2027-12-27', 10, calendar)).toThrow(CalendarYearNotCovered);
    expect(() => addWorkingDays('2026-03-02', 0, calendar)).toThrow(InvalidWorkingDays);
    expect(() => addWorkingDays('2026-03-02', 1.5, calendar)).toThrow(InvalidWorkingDays);
  });
});
