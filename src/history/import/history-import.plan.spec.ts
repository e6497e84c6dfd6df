import type { AwardType } from '../../catalogue/award-type.entity.js';
import { type FoundSubject, planAppraisals, planAwards, type StoredAward, subjectProblems } from './history-import.plan.js';
import type { AppraisalImportRow, AwardImportRow } from './history-rows.js';
import { type AuthUser } from '../../kernel/index.js';

const LDTT = { code: 'LDTT', name: 'Lao động tiên tiến' } as AwardType;
const idOf = (subject: { code: string }): string => `id-${subject.code}`;

const award = (line: number, overrides: Partial<AwardImportRow> = {}): AwardImportRow => ({
  line,
  subject: { kind: 'staff', code: 'CB1' },
  awardType: LDTT,
  year: 2024,
  basis: 'regular',
  decisionNumber: '07/QĐ',
  decisionDate: null,
  issuerName: null,
  ...overrides,
});

const stored = (overrides: Partial<StoredAward> = {}): StoredAward => ({
  awardType: 'LDTT',
  subjectKind: 'staff',
  subjectId: 'id-CB1',
  year: 2024,
  basis: 'regular',
  decisionNumber: '07/QĐ',
  revoked: false,
  ...overrides,
});

describe('history import plan', () => {
  it('leaves an award already stored alone, revoked or not, so re-importing changes nothing', () => {
    expect(planAwards([award(2)], [stored()], idOf)).toMatchObject({ inserts: [], updates: [], unchanged: 1, problems: [] });
    expect(planAwards([award(2)], [stored({ revoked: true })], idOf)).toMatchObject({ inserts: [], unchanged: 1 });
  });

  it('refuses a second regular award of the same type and year, stored or earlier in the file (Law 2022 Art. 5)', () => {
    const plan = planAwards(
      [award(2, { decisionNumber: '99/QĐ' }), award(3, { year: 2025 }), award(4, { year: 2025, decisionNumber: '08/QĐ' })],
      [stored()],
      idOf,
    );
    expect(plan.problems).toEqual([
      { line: 2, field: 'awardType', key: 'duplicateAward', params: { name: 'Lao động tiên tiến', year: 2024 } },
      { line: 4, field: 'awardType', key: 'duplicateInFile', params: { firstLine: 3 } },
    ]);
    expect(plan.inserts.map((row) => row.line)).toEqual([3]);
  });

  it('allows it again once the held one is revoked, and always for ad-hoc awards (ND 152/2025 Art. 4)', () => {
    const plan = planAwards(
      [award(2, { decisionNumber: '12/QĐ' }), award(3, { basis: 'ad_hoc', decisionNumber: '13/QĐ' })],
      [stored({ revoked: true })],
      idOf,
    );
    expect(plan.problems).toEqual([]);
    expect(plan.inserts.map((row) => row.line)).toEqual([2, 3]);
  });

  it('updates a rating only when it differs, and flags a year given twice', () => {
    const row = (line: number, rating: AppraisalImportRow['rating'], code = 'CB1'): AppraisalImportRow => ({
      line,
      subject: { kind: 'staff', code },
      year: 2024,
      rating,
    });
    const storedRating = { id: 'a1', subjectKind: 'staff' as const, subjectId: 'id-CB1', year: 2024, rating: 'good' as const };
    expect(planAppraisals([row(2, 'good')], [storedRating], idOf)).toMatchObject({ unchanged: 1, updates: [], inserts: [] });
    const plan = planAppraisals([row(2, 'excellent'), row(3, 'good', 'CB2'), row(4, 'completed', 'CB2')], [storedRating], idOf);
    expect(plan.updates).toEqual([{ row: row(2, 'excellent'), stored: storedRating }]);
    expect(plan.inserts.map((r) => r.line)).toEqual([3]);
    expect(plan.problems).toEqual([{ line: 4, field: 'year', key: 'duplicateInFile', params: { firstLine: 3 } }]);
  });

  it('reports unknown codes and subjects outside the user’s units', () => {
    const user = { roles: ['hr_officer'], scopePaths: ['/lib/'] } as unknown as AuthUser;
    const found = new Map<string, FoundSubject>([
      // Keyed by subjectKey: codes lower-cased, as the lower(code) indexes compare them.
      ['staff:cb1', { kind: 'staff', id: '1', code: 'CB1', unitPath: '/lib/dept/' }],
      ['unit:bt', { kind: 'unit', id: '2', code: 'BT', unitPath: '/museum/' }],
    ]);
    const subjects = [
      { line: 2, subject: { kind: 'staff' as const, code: 'cb1' } },
      { line: 3, subject: { kind: 'staff' as const, code: 'CB9' } },
      { line: 4, subject: { kind: 'unit' as const, code: 'BT' } },
    ];
    expect(subjectProblems(subjects, found, user)).toEqual([
      { line: 3, field: 'staffCode', key: 'unknownStaff', params: { code: 'CB9' } },
      { line: 4, field: 'unitCode', key: 'outOfScope', params: { code: 'BT' } },
    ]);
  });
});
