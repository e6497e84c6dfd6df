import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../kernel/index.js';
import { NotFound, OutOfScope, ValidationFailed } from '../errors/domain-error.js';
import { assertSubjectsInScope, subjectIds } from './scope.js';

const LIBRARY = '/lib/';
const MUSEUM = '/mus/';
const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Staff 1–299 in the library, 300+ in the museum; units 1 (library) and 2 (museum). */
function fakeDatabase() {
  const statements: unknown[][] = [];
  const manager = {
    query: async (_sql: string, [staffIds, unitIds]: [string[], string[]]) => {
      statements.push([staffIds, unitIds]);
      const staff = staffIds
        .filter((id) => Number(id.slice(-12)) < 1000)
        .map((id) => ({ kind: 'staff', id, path: Number(id.slice(-12)) < 300 ? `${LIBRARY}d/` : MUSEUM }));
      const units = unitIds
        .filter((id) => [1, 2].includes(Number(id.slice(-12))))
        .map((id) => ({ kind: 'unit', id, path: id === uuid(1) ? LIBRARY : MUSEUM }));
      return [...staff, ...units];
    },
  } as unknown as EntityManager;
  return { manager, statements };
}

const officer: AuthUser = { id: 'u', username: 'hr', fullName: 'HR', roles: ['hr_officer'], locale: 'vi', scopePaths: [LIBRARY] };
const admin: AuthUser = { ...officer, roles: ['admin'], scopePaths: null };

const rejection = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe('assertSubjectsInScope', () => {
  it('checks hundreds of subjects of both kinds in one statement, and answers their unit paths', async () => {
    const { manager, statements } = fakeDatabase();
    const staffIds = Array.from({ length: 250 }, (_, i) => uuid(i + 1));
    const paths = await assertSubjectsInScope(manager, officer, { staffIds, unitIds: [uuid(1)] });
    expect(statements).toHaveLength(1);
    expect(paths.staff.size).toBe(250);
    expect(paths.staff.get(uuid(7))).toBe('/lib/d/');
    expect(paths.units.get(uuid(1))).toBe(LIBRARY);
  });

  it('asks nothing when there is nothing to check', async () => {
    const { manager, statements } = fakeDatabase();
    await expect(assertSubjectsInScope(manager, officer, {})).resolves.toMatchObject({ staff: new Map(), units: new Map() });
    expect(statements).toHaveLength(0);
  });

  it('finds an id spelt in capitals, and keys the answer by the id as given', async () => {
    const { manager } = fakeDatabase();
    const shouting = uuid(1).toUpperCase();
    await expect(assertSubjectsInScope(manager, officer, subjectIds('unit', shouting))).resolves.toMatchObject({
      units: new Map([[shouting, LIBRARY]]),
    });
  });

  it('answers 404 NOT_FOUND for an unknown id without a field (a path id), before anything else', async () => {
    const { manager } = fakeDatabase();
    const error = await rejection(
      assertSubjectsInScope(manager, officer, { staffIds: [uuid(400)], unitIds: [uuid(9)] }, { staff: 'staffIds' }),
    );
    expect(error).toBeInstanceOf(NotFound);
    expect(error).toMatchObject({ code: 'NOT_FOUND', params: { entity: 'unit', id: uuid(9) } });
  });

  it('answers 400 VALIDATION_FAILED on each field of an unknown id that came in the body', async () => {
    const { manager } = fakeDatabase();
    const error = await rejection(
      assertSubjectsInScope(
        manager,
        officer,
        { staffIds: [uuid(1), uuid(5000), uuid(6000)] },
        { staff: (index) => `members.${index}.staffId` },
      ),
    );
    expect(error).toBeInstanceOf(ValidationFailed);
    expect((error as ValidationFailed).details).toEqual([
      { field: 'members.1.staffId', constraint: 'unknownStaff', key: 'fieldErrors.unknownStaff', params: { id: uuid(5000) } },
      { field: 'members.2.staffId', constraint: 'unknownStaff', key: 'fieldErrors.unknownStaff', params: { id: uuid(6000) } },
    ]);
  });

  it('answers 403 OUT_OF_SCOPE for existing records outside the user units, naming their fields when known', async () => {
    const { manager } = fakeDatabase();
    const fromBody = await rejection(assertSubjectsInScope(manager, officer, { unitIds: [uuid(2)] }, { unit: 'unitId' }));
    expect(fromBody).toBeInstanceOf(OutOfScope);
    expect((fromBody as OutOfScope).details).toEqual([
      { field: 'unitId', constraint: 'outOfScope', key: 'fieldErrors.outOfScope', params: { id: uuid(2) } },
    ]);
    const fromPath = await rejection(assertSubjectsInScope(manager, officer, { staffIds: [uuid(1), uuid(300)] }));
    expect(fromPath).toMatchObject({ code: 'OUT_OF_SCOPE', details: undefined });
  });

  it('lets an admin reach every unit', async () => {
    const { manager } = fakeDatabase();
    await expect(assertSubjectsInScope(manager, admin, { staffIds: [uuid(300)], unitIds: [uuid(2)] })).resolves.toBeDefined();
  });
});
