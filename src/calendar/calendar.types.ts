import type { CalendarDayKind } from '../law/index.js';

export type { CalendarDayKind } from '../law/index.js';

export const CALENDAR_DAY_KINDS = ['holiday', 'day_off', 'make_up_workday'] as const satisfies readonly CalendarDayKind[];

/** One row of `calendar_days`, as the API answers it. */
export interface CalendarDayView {
  date: string;
  kind: CalendarDayKind;
  name: string;
  source: string;
  verified: boolean;
}
