import { dueReminders, nextReminderRun, REMINDER_DAYS_BEFORE, vietnamDay } from './deadline-reminders.js';

/**
 * The deadline reminder (issue 10, "Notifications": deadlines from the settings remind the proposers a
 * configured number of days before). The dates are the example province's, Bắc Ninh QĐ 86/2025/QĐ-UBND
 * Điều 6 (annual dossiers and the discipline list by 10/12, the education sector's by 10/7), and
 * ND 98/2023 Art. 32 for CSTĐ toàn quốc (31/12); domain-rules §4.3.
 */
describe('dueReminders', () => {
  it('reminds of the 10/12 deadlines (QĐ 86/2025 Điều 6) exactly 7 days before, on 3/12, to the HR officers, in Vietnamese', () => {
    const reminders = dueReminders('2026-12-03', 7);
    expect(reminders.map((r) => r.dedupeKey)).toEqual(['deadline:annualDossier:2026-12-10', 'deadline:disciplineList:2026-12-10']);
    expect(reminders[0]).toMatchObject({
      to: { roles: ['hr_officer'] },
      kind: 'deadline.reminder',
      subject: 'Sắp đến hạn: Nộp hồ sơ đề nghị khen thưởng hằng năm (10/12/2026)',
      link: '/',
    });
    expect(reminders[0].body).toBe(
      'Hạn “Nộp hồ sơ đề nghị khen thưởng hằng năm” là ngày 10/12/2026: còn 7 ngày. Thời hạn này lấy theo quy định mẫu, chưa xác minh với quy định của tỉnh.',
    );
    expect(reminders[0].subject.normalize('NFC')).toBe(reminders[0].subject);
  });

  it('nothing 8 days before; inside the window every day, under the same key (sent once: the key dedupes)', () => {
    expect(dueReminders('2026-12-02', 7)).toEqual([]);
    const keys = ['2026-12-04', '2026-12-09', '2026-12-10'].map((day) => dueReminders(day, 7).map((r) => r.dedupeKey));
    expect(new Set(keys.flat())).toEqual(new Set(['deadline:annualDossier:2026-12-10', 'deadline:disciplineList:2026-12-10']));
    expect(dueReminders('2026-12-10', 7)[0].body).toContain('hạn là hôm nay');
  });

  it('the day after the deadline, the next year’s is a new key, not reminded until its own window', () => {
    expect(dueReminders('2026-12-11', 7).map((r) => r.dedupeKey)).toEqual([]);
    expect(dueReminders('2027-12-03', 7).map((r) => r.dedupeKey)).toContain('deadline:annualDossier:2027-12-10');
  });

  it('takes the days before as an argument (the province setting reminderDaysBefore, 7 until wired)', () => {
    expect(REMINDER_DAYS_BEFORE).toBe(7);
    expect(dueReminders('2026-12-24', 7).map((r) => r.dedupeKey)).toEqual(['deadline:nationalEmulationFighter:2026-12-31']);
    expect(dueReminders('2026-12-24', 6)).toEqual([]);
    expect(dueReminders('2026-07-01', 10).map((r) => r.dedupeKey)).toEqual(['deadline:educationSectorDossier:2026-07-10']);
    expect(() => dueReminders('2026-07-01', -1)).toThrow(/daysBefore/u);
    expect(() => dueReminders('2026-07-01', 1.5)).toThrow(/daysBefore/u);
  });
});

describe('the daily run', () => {
  it('is Vietnam’s day (UTC+7): 17:30 UTC on 2/12 is already 3/12 there', () => {
    expect(vietnamDay(new Date('2026-12-02T17:30:00Z'))).toBe('2026-12-03');
    expect(vietnamDay(new Date('2026-12-02T16:59:59Z'))).toBe('2026-12-02');
  });

  it('runs next at 07:00 in Vietnam: today when before it, else tomorrow (across a month and a year)', () => {
    expect(nextReminderRun(new Date('2026-12-02T23:00:00Z'))).toEqual({ day: '2026-12-03', at: new Date('2026-12-03T00:00:00Z') });
    expect(nextReminderRun(new Date('2026-12-03T00:00:00Z'))).toEqual({ day: '2026-12-04', at: new Date('2026-12-04T00:00:00Z') });
    expect(nextReminderRun(new Date('2026-12-31T05:00:00Z'))).toEqual({ day: '2027-01-01', at: new Date('2027-01-01T00:00:00Z') });
  });
});
