import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/index.js';
import type { KeyedDetail } from '../common/errors/domain-error.js';
import { normalizeText } from '../common/text/vietnamese.js';
import { lockTableKeys } from '../database/natural-key-lock.js';
import { execute, one, type Queryable, rows, sql } from '../database/sql.js';
import {
  checkSetting,
  isSettingKey,
  type ProvinceSettingsInForce,
  type SettingEntry,
  type SettingKey,
  settingGroup,
  settingsInForce,
} from '../law/index.js';
import type { AuthUser } from '../kernel/index.js';
import { InvalidSettings, SettingChangesPast, UnknownSetting } from './settings.errors.js';
import type { ProvinceSettingsChange, SettingChange, SettingHistoryView, SettingPeriodView, SettingsOnView } from './settings.types.js';

/** The columns of a row as the law reads it (`SettingEntry`). */
export const ENTRY_COLUMNS = sql`key, value, verified, source,
  to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom", to_char(effective_to, 'YYYY-MM-DD') AS "effectiveTo"`;

/** Vietnam's calendar day now (UTC+7 all year): the day before which a change rewrites the past. */
export const todayInVietnam = (now: Date = new Date()): string => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

const dayBefore = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

const view = (entry: SettingEntry): SettingPeriodView => ({
  key: entry.key as SettingKey,
  group: settingGroup(entry.key as SettingKey),
  value: entry.value,
  verified: entry.verified,
  source: entry.source,
  effectiveFrom: entry.effectiveFrom,
  effectiveTo: entry.effectiveTo,
});

/** `{value, verified, source}` and nothing else, the source normalised (NFC, spaces) and 1–500 characters; null otherwise. */
function asSettingChange(sent: unknown): SettingChange | null {
  if (typeof sent !== 'object' || sent === null || Array.isArray(sent)) {
    return null;
  }
  const { value, verified, source, ...rest } = sent as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || !('value' in sent) || typeof verified !== 'boolean' || typeof source !== 'string') {
    return null;
  }
  const text = normalizeText(source);
  const normalized = typeof value === 'string' ? normalizeText(value) : value;
  return text.length >= 1 && text.length <= 500 ? { value: normalized, verified, source: text } : null;
}

/**
 * The settings in force on `date` in one query, on the caller's manager (its transaction): for code
 * that has a manager and no injector at hand (the pricing of a decision's lines). Same answer as
 * `ProvinceSettingsService.inForceOn`.
 */
export async function readSettingsInForce(manager: Queryable, date: string): Promise<ProvinceSettingsInForce> {
  const entries = await rows<SettingEntry>(
    manager,
    sql`SELECT ${ENTRY_COLUMNS} FROM province_settings
        WHERE effective_from <= ${date}::date AND (effective_to IS NULL OR effective_to >= ${date}::date)`,
  );
  return settingsInForce(date, entries);
}

type StoredPeriod = SettingEntry & { id: string };

const sameSetting = (period: StoredPeriod, change: { value: unknown; verified: boolean; source: string }): boolean =>
  JSON.stringify(period.value) === JSON.stringify(change.value) && period.verified === change.verified && period.source === change.source;

/**
 * The province settings in force on a date, read from `province_settings` each time they are asked
 * for: one query of a few dozen rows, so another process's change is seen at once (no cache to go
 * stale). Callers ask once per request (or per transaction) and pass the result down.
 */
@Injectable()
export class ProvinceSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The settings in force on `date` (YYYY-MM-DD); inside a transaction, pass its manager. */
  inForceOn(date: string, manager: EntityManager = this.dataSource.manager): Promise<ProvinceSettingsInForce> {
    return readSettingsInForce(manager, date);
  }

  /** The settings in force on `on` (today in Vietnam when not given), each with its period. */
  async on(on: string = todayInVietnam()): Promise<SettingsOnView> {
    const inForce = await this.inForceOn(on);
    return { on, settings: inForce.entries.map(view) };
  }

  /** Every period of one key, the latest first. */
  async history(key: string): Promise<SettingHistoryView[]> {
    if (!isSettingKey(key)) {
      throw new UnknownSetting(key);
    }
    const found = await rows<SettingEntry & { updatedBy: string | null; updatedAt: string }>(
      this.dataSource.manager,
      sql`SELECT ${ENTRY_COLUMNS}, u.username AS "updatedBy", to_char(p.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt"
          FROM province_settings p LEFT JOIN users u ON u.id = p.updated_by
          WHERE p.key = ${key} ORDER BY p.effective_from DESC`,
    );
    return found.map((entry) => ({ ...view(entry), updatedBy: entry.updatedBy, updatedAt: entry.updatedAt }));
  }

  /**
   * Sets each setting from `effectiveFrom`: the period in force that day ends the day before (or,
   * starting that very day, takes the new value), the new one runs to where that period ran, so
   * later periods already planned stay as they are. Refused when a value does not fit its key
   * (all at once, 422), and from a past day unless `acknowledgePast` says the past is meant to change.
   * One transaction, one audit entry per key changed (before and after); a value equal to the one in
   * force that day changes nothing.
   */
  async put(change: ProvinceSettingsChange, actor: AuthUser): Promise<SettingsOnView> {
    const problems: KeyedDetail[] = [];
    const entries: Array<[string, SettingChange]> = [];
    if (Object.keys(change.settings).length === 0) {
      problems.push({ field: 'settings', constraint: 'empty', key: 'settings.fieldErrors.empty' });
    }
    for (const [key, sent] of Object.entries(change.settings)) {
      const setting = asSettingChange(sent);
      if (setting === null) {
        problems.push({ field: `settings.${key}`, constraint: 'shape', key: 'settings.fieldErrors.shape', params: { key } });
        continue;
      }
      entries.push([key, setting]);
      const check = checkSetting(key, setting.value);
      if (!check.ok) {
        problems.push({
          field: check.problem === 'unknownKey' ? `settings.${key}` : `settings.${key}.value`,
          constraint: check.problem,
          key: `settings.fieldErrors.${check.problem}`,
          params: { ...check.params, key },
        });
      }
    }
    if (problems.length > 0) {
      throw new InvalidSettings(problems);
    }
    const today = todayInVietnam();
    if (change.effectiveFrom < today && change.acknowledgePast !== true) {
      throw new SettingChangesPast(change.effectiveFrom, today);
    }
    const from = change.effectiveFrom;
    await this.dataSource.transaction(async (manager) => {
      // Settings change rarely: one writer at a time, across processes, reads and splits the periods.
      await lockTableKeys(manager, 'province_settings');
      const keys = entries.map(([key]) => key);
      const periods = await rows<StoredPeriod>(
        manager,
        sql`SELECT id, ${ENTRY_COLUMNS} FROM province_settings WHERE key = ANY(${keys}::varchar[]) ORDER BY key, effective_from FOR UPDATE`,
      );
      for (const [key, setting] of entries) {
        const own = periods.filter((period) => period.key === key);
        const containing = own.find(
          (period) => period.effectiveFrom <= from && (period.effectiveTo === null || period.effectiveTo >= from),
        );
        const next = own.find((period) => period.effectiveFrom > from);
        if (containing !== undefined && sameSetting(containing, setting)) {
          continue;
        }
        const before = containing === undefined ? null : view(containing);
        let after: SettingPeriodView[];
        if (containing !== undefined && containing.effectiveFrom === from) {
          const updated = await one<SettingEntry>(
            manager,
            sql`UPDATE province_settings SET value = ${JSON.stringify(setting.value)}::jsonb, verified = ${setting.verified},
                  source = ${setting.source}, updated_by = ${actor.id}, updated_at = now()
                WHERE id = ${containing.id} RETURNING ${ENTRY_COLUMNS}`,
          );
          after = [view(updated)];
        } else {
          const to = containing !== undefined ? containing.effectiveTo : next !== undefined ? dayBefore(next.effectiveFrom) : null;
          const closed =
            containing === undefined
              ? []
              : [
                  await one<SettingEntry>(
                    manager,
                    sql`UPDATE province_settings SET effective_to = ${dayBefore(from)}::date, updated_by = ${actor.id}, updated_at = now()
                        WHERE id = ${containing.id} RETURNING ${ENTRY_COLUMNS}`,
                  ),
                ];
          const inserted = await one<SettingEntry>(
            manager,
            sql`INSERT INTO province_settings (key, effective_from, effective_to, value, verified, source, updated_by)
                VALUES (${key}, ${from}::date, ${to}::date, ${JSON.stringify(setting.value)}::jsonb, ${setting.verified},
                        ${setting.source}, ${actor.id})
                RETURNING ${ENTRY_COLUMNS}`,
          );
          after = [...closed.map(view), view(inserted)];
        }
        await this.audit.record(manager, actor, {
          entity: 'province_settings',
          entityId: key,
          action: before === null ? 'create' : 'update',
          before: before === null ? null : { periods: [before] },
          after: { periods: after },
        });
      }
      // The overlap trigger is deferred to the commit; run it now so a refusal names this change.
      await execute(manager, sql`SET CONSTRAINTS province_settings_no_overlap IMMEDIATE`);
    });
    return this.on(from);
  }
}
