import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { ValidationFailed } from '../common/errors/domain-error.js';
import { one, row, rows, sql } from '../database/sql.js';
import type { AuthUser } from '../kernel/index.js';
import { CalendarYearNotCovered } from './calendar.errors.js';
import type { CalendarDayView } from './calendar.types.js';
import type { CalendarDayDto } from './dto/calendar-day.dto.js';

const COLUMNS = sql`to_char(day, 'YYYY-MM-DD') AS date, kind, name, source, verified`;

/** Enough calendar days for n working days: 5 in 7, plus the longest run of holidays (Tết, about 9 days) each year. */
const windowFor = (days: number): number => days * 2 + 60;

@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(year?: number): Promise<CalendarDayView[]> {
    return rows<CalendarDayView>(
      this.dataSource.manager,
      sql`SELECT ${COLUMNS} FROM calendar_days
          WHERE ${year ?? null}::int IS NULL OR extract(year FROM day) = ${year ?? null}::int
          ORDER BY day`,
    );
  }

  /** Adds the day, or replaces what the calendar said of that date; audited either way. */
  async put(dto: CalendarDayDto, actor: AuthUser): Promise<CalendarDayView> {
    const weekday = new Date(`${dto.date}T00:00:00Z`).getUTCDay();
    if (dto.kind === 'make_up_workday' && weekday !== 0 && weekday !== 6) {
      throw new ValidationFailed([
        { field: 'kind', constraint: 'makeUpNotWeekend', key: 'calendar.fieldErrors.makeUpNotWeekend', params: { date: dto.date } },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      const before = await row<CalendarDayView>(
        manager,
        sql`SELECT ${COLUMNS} FROM calendar_days WHERE day = ${dto.date}::date FOR UPDATE`,
      );
      const after = await one<CalendarDayView>(
        manager,
        sql`INSERT INTO calendar_days (day, kind, name, source, verified)
            VALUES (${dto.date}::date, ${dto.kind}, ${dto.name}, ${dto.source}, ${dto.verified})
            ON CONFLICT (day) DO UPDATE
              SET kind = excluded.kind, name = excluded.name, source = excluded.source,
                  verified = excluded.verified, updated_at = now()
            RETURNING ${COLUMNS}`,
      );
      await this.audit.record(manager, actor, {
        entity: 'calendar_days',
        entityId: dto.date,
        action: before ? 'update' : 'create',
        before: before ?? null,
        after,
      });
      return after;
    });
  }

  /**
   * The last day of `days` working days from `from` (day 1 when `from` is a working day), in one query:
   * the dates of a window long enough, each a working day when the table marks it a make-up day or,
   * unmarked, when it falls Monday to Friday. Refused when the period runs into a year with no rows.
   * The same convention as the law's `addWorkingDays` (src/law/calendar/working-days.ts).
   */
  async endOfWorkingDays(from: string, days: number): Promise<string> {
    const result = await one<{ endsOn: string | null; years: number[] | null }>(
      this.dataSource.manager,
      sql`WITH span AS (
            SELECT d::date AS day FROM generate_series(${from}::date, ${from}::date + ${windowFor(days)}::int, interval '1 day') AS d
          ), numbered AS (
            SELECT s.day, row_number() OVER (ORDER BY s.day) AS n
            FROM span s LEFT JOIN calendar_days c ON c.day = s.day
            WHERE CASE WHEN c.kind IS NULL THEN extract(isodow FROM s.day) < 6 ELSE c.kind = 'make_up_workday' END
          )
          SELECT (SELECT to_char(day, 'YYYY-MM-DD') FROM numbered WHERE n = ${days}::int) AS "endsOn",
                 (SELECT array_agg(DISTINCT extract(year FROM day)::int) FROM calendar_days
                   WHERE day >= date_trunc('year', ${from}::date) AND day < ${from}::date + ${windowFor(days) + 366}::int) AS years`,
    );
    const covered = new Set((result.years ?? []).map(Number));
    const endsOn = result.endsOn;
    const last = Number((endsOn ?? from).slice(0, 4));
    for (let year = Number(from.slice(0, 4)); year <= last; year += 1) {
      if (!covered.has(year)) {
        throw new CalendarYearNotCovered(year);
      }
    }
    if (endsOn === null) {
      // Not reachable with the window above (at most 250 working days); kept so a change to it fails loudly.
      throw new Error(`No end found for ${days} working days from ${from}`);
    }
    return endsOn;
  }
}
