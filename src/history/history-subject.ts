import type { EntityManager } from 'typeorm';
import { NotFound, OutOfScope, ValidationFailed } from '../common/errors/domain-error.js';
import { subjectUnit } from './history.repository.js';
import { type AuthUser, isUnitPathInScope, type SubjectKind } from '../kernel/index.js';

export interface Subject {
  kind: SubjectKind;
  id: string;
  /** The unit whose scope governs the record: the staff member's unit, or the unit itself. */
  unitPath: string;
}

/**
 * The subject, checked to exist and to be within the user's units. `field` names the body field the
 * id came from: an unknown id there is a 400 on that field; without it (an id in the path) a 404.
 */
export async function subjectInScope(
  manager: EntityManager,
  kind: SubjectKind,
  id: string,
  user: AuthUser,
  field?: string,
): Promise<Subject> {
  const row = await subjectUnit(manager, kind, id);
  if (!row) {
    const entity = kind === 'staff' ? 'staff member' : 'unit';
    if (field) {
      throw new ValidationFailed([{ field, message: `unknown ${entity}`, constraint: kind === 'staff' ? 'unknownStaff' : 'unknownUnit' }]);
    }
    throw new NotFound(entity, id);
  }
  if (!isUnitPathInScope(user, row.path)) {
    throw new OutOfScope();
  }
  return { kind, id, unitPath: row.path };
}
