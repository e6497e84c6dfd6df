import type { EntityManager } from 'typeorm';
import { rows, sql } from '../database/sql.js';
import type { AuditEntry } from './audit-entry.entity.js';

/** The names of the records a page of the audit log mentions, by kind: what the page shows instead of ids. */
export interface RecordNames {
  staff: ReadonlyMap<string, { fullName: string; code: string }>;
  units: ReadonlyMap<string, string>;
  users: ReadonlyMap<string, { fullName: string; username: string }>;
  issuers: ReadonlyMap<string, string>;
  awardTypes: ReadonlyMap<string, string>;
}

export const NO_NAMES: RecordNames = { staff: new Map(), units: new Map(), users: new Map(), issuers: new Map(), awardTypes: new Map() };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u;

/** Which snapshot fields hold the id of which kind of record. */
const REFERENCES = {
  staffId: 'staff',
  unitId: 'units',
  parentId: 'units',
  unitIds: 'units',
  issuerId: 'issuers',
  issuerIds: 'issuers',
  successorId: 'issuers',
  awardType: 'awardTypes',
} as const satisfies Record<string, keyof RecordNames>;

/** The entity of the log naming the records of a kind (`entity_id` is one of them). */
const ENTITY_KINDS: Record<string, keyof RecordNames> = {
  staff: 'staff',
  units: 'units',
  users: 'users',
  issuers: 'issuers',
  'award-types': 'awardTypes',
};

/** Every id (and award type code) a page of entries mentions, by kind. */
export function mentionedIds(entries: readonly AuditEntry[]): Record<keyof RecordNames, Set<string>> {
  const ids = {
    staff: new Set<string>(),
    units: new Set<string>(),
    users: new Set<string>(),
    issuers: new Set<string>(),
    awardTypes: new Set<string>(),
  };
  for (const entry of entries) {
    const kind = ENTITY_KINDS[entry.entity];
    if (kind) {
      ids[kind].add(entry.entityId);
    }
    if (entry.actorId) {
      ids.users.add(entry.actorId);
    }
    for (const snapshot of [entry.before, entry.after]) {
      const fields = (snapshot ?? {}) as Record<string, unknown>;
      for (const [field, kindOf] of Object.entries(REFERENCES)) {
        const value = fields[field];
        for (const id of Array.isArray(value) ? value : [value]) {
          if (typeof id === 'string') {
            ids[kindOf].add(id);
          }
        }
      }
    }
  }
  return ids;
}

const uuids = (ids: Set<string>): string[] => [...ids].filter((id) => UUID.test(id));

/**
 * The names of every record a page mentions: one query per kind of record, however many rows the
 * page has (a kind with nothing to name costs no query).
 */
export async function recordNames(manager: EntityManager, entries: readonly AuditEntry[]): Promise<RecordNames> {
  const ids = mentionedIds(entries);
  const staffIds = uuids(ids.staff);
  const unitIds = uuids(ids.units);
  const userIds = uuids(ids.users);
  const issuerIds = uuids(ids.issuers);
  const codes = [...ids.awardTypes];
  // One after another: the embedded database has one connection, and each is a lookup by primary key.
  const staff =
    staffIds.length === 0
      ? []
      : await rows<{ id: string; code: string; fullName: string }>(
          manager,
          sql`SELECT id::text AS id, code, full_name AS "fullName" FROM staff WHERE id = ANY(${staffIds}::uuid[])`,
        );
  const units =
    unitIds.length === 0
      ? []
      : await rows<{ id: string; name: string }>(manager, sql`SELECT id::text AS id, name FROM units WHERE id = ANY(${unitIds}::uuid[])`);
  const users =
    userIds.length === 0
      ? []
      : await rows<{ id: string; fullName: string; username: string }>(
          manager,
          sql`SELECT id::text AS id, full_name AS "fullName", username FROM users WHERE id = ANY(${userIds}::uuid[])`,
        );
  const issuers =
    issuerIds.length === 0
      ? []
      : await rows<{ id: string; name: string }>(
          manager,
          sql`SELECT id::text AS id, name FROM issuers WHERE id = ANY(${issuerIds}::uuid[])`,
        );
  const awardTypes =
    codes.length === 0
      ? []
      : await rows<{ code: string; name: string }>(manager, sql`SELECT code, name FROM award_types WHERE code = ANY(${codes}::text[])`);
  return {
    staff: new Map(staff.map((s) => [s.id, { fullName: s.fullName, code: s.code }])),
    units: new Map(units.map((u) => [u.id, u.name])),
    users: new Map(users.map((u) => [u.id, { fullName: u.fullName, username: u.username }])),
    issuers: new Map(issuers.map((i) => [i.id, i.name])),
    awardTypes: new Map(awardTypes.map((a) => [a.code, a.name])),
  };
}

/** The people who appear in the log as actors, for the page's filter: few (the users of one body). */
export async function auditActors(manager: EntityManager): Promise<Array<{ id: string; label: string }>> {
  return rows<{ id: string; label: string }>(
    manager,
    sql`SELECT id::text AS id, full_name || ' (' || username || ')' AS label FROM users ORDER BY full_name, username LIMIT 1000`,
  );
}
