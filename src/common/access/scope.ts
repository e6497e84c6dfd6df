import type { EntityManager } from 'typeorm';
import type { MessageKey } from '../../i18n/translate.js';
import { type AuthUser, isUnitPathInScope, type SubjectKind } from '../../kernel/index.js';
import { type KeyedDetail, NotFound, OutOfScope, ValidationFailed } from '../errors/domain-error.js';
import { rows, sql } from '../../database/sql.js';

/** Staff members and units a request touches. */
export interface SubjectIds {
  staffIds?: readonly string[];
  unitIds?: readonly string[];
}

/** The body field an id came from: one name, or one per position in its list (`members.3.staffId`). */
export type FieldOf = string | ((index: number) => string);

/**
 * Where the ids of each kind came from. An id with a field is a value the user typed or chose: an
 * unknown one is a 400 on that field. An id without one names what the request is about (a path
 * segment, the subject a question asks about): an unknown one is a 404.
 */
export type SubjectFields = Partial<Record<SubjectKind, FieldOf>>;

/** The unit path that governs each subject's scope: a staff member's unit, or the unit itself. */
export interface SubjectPaths {
  staff: ReadonlyMap<string, string>;
  units: ReadonlyMap<string, string>;
}

/** `{ staffIds: [id] }` or `{ unitIds: [id] }`, for callers that hold a subject kind. */
export const subjectIds = (kind: SubjectKind, ...ids: string[]): SubjectIds => (kind === 'staff' ? { staffIds: ids } : { unitIds: ids });

const ENTITY: Record<SubjectKind, string> = { staff: 'staff member', unit: 'unit' };
const UNKNOWN: Record<SubjectKind, { constraint: string; key: MessageKey }> = {
  staff: { constraint: 'unknownStaff', key: 'fieldErrors.unknownStaff' },
  unit: { constraint: 'unknownUnit', key: 'fieldErrors.unknownUnit' },
};
const OUTSIDE: Record<SubjectKind, { constraint: string; key: MessageKey }> = {
  staff: { constraint: 'outOfScope', key: 'fieldErrors.staffOutOfScope' },
  unit: { constraint: 'outOfScope', key: 'fieldErrors.outOfScope' },
};

/**
 * The one scope check: every subject exists and lies within the user's units, answered for any
 * number of ids with one statement (a nomination checks hundreds of people at once).
 *
 * - an unknown id without a field (a path id): 404 NOT_FOUND, before anything else;
 * - unknown ids with a field (a body value): 400 VALIDATION_FAILED, one detail per field;
 * - existing records outside the user's units: 403 OUT_OF_SCOPE, with the fields when known.
 *
 * Answers each subject's governing unit path, for callers that go on to filter by it.
 */
export async function assertSubjectsInScope(
  manager: EntityManager,
  user: AuthUser,
  ids: SubjectIds,
  fields: SubjectFields = {},
): Promise<SubjectPaths> {
  const asked: Record<SubjectKind, readonly string[]> = { staff: ids.staffIds ?? [], unit: ids.unitIds ?? [] };
  const found = await subjectPaths(manager, asked);
  const paths: Record<SubjectKind, ReadonlyMap<string, string>> = { staff: found.staff, unit: found.units };
  const notFound: Array<[SubjectKind, string]> = [];
  const unknown: KeyedDetail[] = [];
  const outside: KeyedDetail[] = [];
  let outsideWithoutField = false;
  for (const kind of ['staff', 'unit'] as const) {
    const field = fields[kind];
    asked[kind].forEach((id, index) => {
      const path = paths[kind].get(id.toLowerCase());
      const fieldName = field === undefined ? undefined : typeof field === 'string' ? field : field(index);
      if (path === undefined && fieldName === undefined) {
        notFound.push([kind, id]);
      } else if (path === undefined) {
        unknown.push({ field: fieldName, ...UNKNOWN[kind], params: { id } });
      } else if (!isUnitPathInScope(user, path)) {
        if (fieldName === undefined) {
          outsideWithoutField = true;
        } else {
          outside.push({ field: fieldName, ...OUTSIDE[kind], params: { id } });
        }
      }
    });
  }
  if (notFound.length > 0) {
    const [kind, id] = notFound[0];
    throw new NotFound(ENTITY[kind], id);
  }
  if (unknown.length > 0) {
    throw new ValidationFailed(unknown);
  }
  if (outside.length > 0 || outsideWithoutField) {
    throw new OutOfScope(outside.length > 0 ? outside : undefined);
  }
  // Keyed by the ids as given (a path may spell a UUID in capitals).
  const asGiven = (kind: SubjectKind) => new Map(asked[kind].map((id) => [id, paths[kind].get(id.toLowerCase())!]));
  return { staff: asGiven('staff'), units: asGiven('unit') };
}

/** One statement for both kinds and any number of ids; nothing is asked when there is nothing to check. */
async function subjectPaths(manager: EntityManager, asked: Record<SubjectKind, readonly string[]>): Promise<SubjectPaths> {
  // Ids come back in PostgreSQL's lower-case spelling of a UUID.
  const staffIds = [...new Set(asked.staff.map((id) => id.toLowerCase()))];
  const unitIds = [...new Set(asked.unit.map((id) => id.toLowerCase()))];
  if (staffIds.length === 0 && unitIds.length === 0) {
    return { staff: new Map(), units: new Map() };
  }
  const found = await rows<{ kind: SubjectKind; id: string; path: string }>(
    manager,
    sql`SELECT 'staff' AS kind, s.id::text AS id, u.path FROM staff s JOIN units u ON u.id = s.unit_id WHERE s.id = ANY(${staffIds}::uuid[])
        UNION ALL
        SELECT 'unit' AS kind, u.id::text AS id, u.path FROM units u WHERE u.id = ANY(${unitIds}::uuid[])`,
  );
  const byKind = (kind: SubjectKind) => new Map(found.filter((row) => row.kind === kind).map((row) => [row.id, row.path]));
  return { staff: byKind('staff'), units: byKind('unit') };
}
