import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { rows, sql } from '../database/sql.js';
import { type ProvinceSettingsInForce, type SettingEntry, settingsInForce } from '../law/index.js';

/** The columns of a row as the law reads it (`SettingEntry`). */
export const ENTRY_COLUMNS = sql`key, value, verified, source,
  to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom", to_char(effective_to, 'YYYY-MM-DD') AS "effectiveTo"`;

/**
 * The province settings in force on a date, read from `province_settings` each time they are asked
 * for: one query of a few dozen rows, so another process's change is seen at once (no cache to go
 * stale). Callers ask once per request (or per transaction) and pass the result down.
 */
@Injectable()
export class ProvinceSettingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The settings in force on `date` (YYYY-MM-DD); inside a transaction, pass its manager. */
  async inForceOn(date: string, manager: EntityManager = this.dataSource.manager): Promise<ProvinceSettingsInForce> {
    const entries = await rows<SettingEntry>(
      manager,
      sql`SELECT ${ENTRY_COLUMNS} FROM province_settings
          WHERE effective_from <= ${date}::date AND (effective_to IS NULL OR effective_to >= ${date}::date)`,
    );
    return settingsInForce(date, entries);
  }
}
