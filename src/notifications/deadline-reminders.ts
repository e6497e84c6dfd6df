import { upcomingDeadlines } from '../home/index.js';
import { translate } from '../i18n/translate.js';
import type { Role } from '../kernel/index.js';
import type { ProvinceRules } from '../law/index.js';
import type { NotificationMessage } from './notifications.types.js';

/**
 * Days before a deadline the proposers are reminded when the caller gives none: the seeded value of
 * the province setting `reminderDaysBefore` (7, unverified), which the daily job reads in force.
 */
export const REMINDER_DAYS_BEFORE = 7;

/** Who proposes, and so is reminded: HR officers (cán bộ tổ chức) file the nominations. */
export const REMINDED_ROLES: readonly Role[] = ['hr_officer'];

export const DEADLINE_REMINDER_KIND = 'deadline.reminder';

const dayMonthYear = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * The reminders due on `today` (YYYY-MM-DD, Vietnam's day): one per deadline whose next date is at
 * most `daysBefore` days away (today included), as the home page lists them. A deadline inside the
 * window is reminded on the first day the daily run finds it there, and only once (the dedupe key
 * names the deadline and its date): a day the service was down does not lose the reminder, and the
 * next days do not repeat it. Worded in Vietnamese, the service's language.
 */
export function dueReminders(today: string, daysBefore: number, rules?: ProvinceRules): NotificationMessage[] {
  if (!Number.isInteger(daysBefore) || daysBefore < 0) {
    throw new Error(`daysBefore must be a whole number of days, 0 or more (got ${daysBefore})`);
  }
  const [year, month, day] = today.split('-').map(Number);
  // upcomingDeadlines reads the local calendar day of the Date it is given: this one is `today` wherever the server is.
  return upcomingDeadlines(new Date(year, month - 1, day), rules)
    .filter((deadline) => deadline.daysLeft <= daysBefore)
    .map((deadline) => {
      const label = translate('vi', `home.deadlines.${deadline.code}`);
      const date = dayMonthYear(deadline.date);
      const when =
        deadline.daysLeft === 0
          ? translate('vi', 'notifications.reminder.today')
          : translate('vi', 'notifications.reminder.daysLeft', { days: deadline.daysLeft });
      const body = [
        translate('vi', 'notifications.reminder.body', { label, date, when }),
        ...(deadline.verified ? [] : [translate('vi', 'notifications.reminder.unverified')]),
      ].join(' ');
      return {
        to: { roles: REMINDED_ROLES },
        kind: DEADLINE_REMINDER_KIND,
        subject: translate('vi', 'notifications.reminder.subject', { label, date }),
        body,
        link: '/',
        dedupeKey: `deadline:${deadline.code}:${deadline.date}`,
      };
    });
}

/** Today in Vietnam (UTC+7 all year), YYYY-MM-DD. */
export const vietnamDay = (now: Date = new Date()): string => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/** The hour of Vietnam's day the daily reminder runs: the start of office hours. */
export const REMINDER_HOUR = 7;

/** The next run of the daily reminder after `now`: 07:00 in Vietnam, today if still ahead, else tomorrow. */
export function nextReminderRun(now: Date = new Date()): { day: string; at: Date } {
  const today = vietnamDay(now);
  const todayAt = new Date(`${today}T${String(REMINDER_HOUR).padStart(2, '0')}:00:00+07:00`);
  if (todayAt.getTime() > now.getTime()) {
    return { day: today, at: todayAt };
  }
  const tomorrow = vietnamDay(new Date(todayAt.getTime() + 24 * 3_600_000));
  return { day: tomorrow, at: new Date(`${tomorrow}T${String(REMINDER_HOUR).padStart(2, '0')}:00:00+07:00`) };
}
