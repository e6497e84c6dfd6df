import type { StaffImportRow } from './staff-columns.js';
import { planImport, referenceProblems, type StoredStaff, type UnitRef } from './staff-import.plan.js';
import { type AuthUser } from '../../kernel/index.js';

const unit = (code: string, path: string): UnitRef => ({ id: `id-${code}`, code, path });
const UNITS = new Map([unit('LIB', '/lib/'), unit('DEPT', '/lib/dept/'), unit('MUS', '/mus/')].map((u) => [u.code, u]));

const stored = (overrides: Partial<StoredStaff> = {}): StoredStaff => ({
  id: 's1',
  code: 'CB1',
  fullName: 'Lê Thị Hoa',
  gender: 'female',
  dateOfBirth: '1985-03-21',
  unitId: 'id-DEPT',
  position: 'Chuyên viên',
  startedOn: null,
  status: 'active',
  leftOn: null,
  unitPath: '/lib/dept/',
  ...overrides,
});

const row = (overrides: Partial<StaffImportRow> = {}): StaffImportRow => ({
  line: 2,
  code: 'CB1',
  fullName: 'Lê Thị Hoa',
  gender: 'female',
  dateOfBirth: '1985-03-21',
  unitCode: 'DEPT',
  position: 'Chuyên viên',
  startedOn: null,
  ...overrides,
});

const user = (scopePaths: string[] | null, roles: AuthUser['roles'] = ['hr_officer']): AuthUser => ({
  id: 'u',
  username: 'u',
  fullName: 'U',
  roles,
  locale: 'vi',
  scopePaths,
});

describe('referenceProblems', () => {
  it('names unknown unit codes', () => {
    const problems = referenceProblems([{ line: 3, code: 'CB9', unitCode: 'NOPE' }], UNITS, new Map(), user(null));
    expect(problems).toEqual([{ line: 3, field: 'unitCode', key: 'unknownUnit', params: { code: 'NOPE' } }]);
  });

  it('refuses units outside a scoped user’s units, and staff currently filed there', () => {
    const staff = new Map([['CB5', stored({ code: 'CB5', unitPath: '/mus/' })]]);
    const refs = [
      { line: 2, code: 'CB1', unitCode: 'DEPT' },
      { line: 3, code: 'CB2', unitCode: 'MUS' },
      { line: 4, code: 'CB5', unitCode: 'LIB' },
    ];
    expect(referenceProblems(refs, UNITS, staff, user(['/lib/']))).toEqual([
      { line: 3, field: 'unitCode', key: 'unitOutOfScope', params: { code: 'MUS' } },
      { line: 4, field: 'code', key: 'staffOutOfScope', params: { code: 'CB5' } },
    ]);
  });

  it('lets admins and unscoped users use every unit', () => {
    const refs = [{ line: 2, code: 'CB2', unitCode: 'MUS' }];
    expect(referenceProblems(refs, UNITS, new Map(), user(['/lib/'], ['admin']))).toEqual([]);
    expect(referenceProblems(refs, UNITS, new Map(), user(null))).toEqual([]);
  });
});

describe('planImport', () => {
  const ids = (): (() => string) => {
    let n = 0;
    return () => `new-${++n}`;
  };

  it('creates new codes as active staff with the unit resolved', () => {
    const plan = planImport([row({ code: 'CB2', position: undefined })], UNITS, new Map(), ids());
    expect(plan.updated).toEqual([]);
    expect(plan.created).toEqual([
      {
        id: 'new-1',
        code: 'CB2',
        fullName: 'Lê Thị Hoa',
        gender: 'female',
        dateOfBirth: '1985-03-21',
        unitId: 'id-DEPT',
        position: null,
        startedOn: null,
        status: 'active',
        leftOn: null,
      },
    ]);
  });

  it('plans nothing for a row equal to what is stored (re-import changes nothing)', () => {
    expect(planImport([row()], UNITS, new Map([['CB1', stored()]]), ids())).toEqual({ created: [], updated: [] });
  });

  it('updates a changed row with before and after, keeping fields whose column is absent', () => {
    const changed = row({ unitCode: 'LIB', position: undefined, dateOfBirth: undefined, startedOn: '2010-08-15' });
    const plan = planImport([changed], UNITS, new Map([['CB1', stored({ status: 'left', leftOn: '2024-01-01' })]]), ids());
    expect(plan.created).toEqual([]);
    expect(plan.updated).toHaveLength(1);
    const { before, after } = plan.updated[0];
    expect(before).toMatchObject({ unitId: 'id-DEPT', startedOn: null });
    expect(before).not.toHaveProperty('unitPath');
    expect(after).toEqual({ ...before, unitId: 'id-LIB', startedOn: '2010-08-15' });
  });

  it('clears an optional field whose cell is empty', () => {
    const plan = planImport([row({ position: null })], UNITS, new Map([['CB1', stored()]]), ids());
    expect(plan.updated[0].after.position).toBeNull();
  });
});
