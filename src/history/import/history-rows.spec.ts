import type { AwardType } from '../../catalogue/award-type.entity.js';
import type { ParsedTable } from '../../common/tabular-import/parse-table.js';
import type { AppraisalColumn, AwardColumn, DisciplineColumn } from './history-columns.js';
import { awardTypeMatcher, checkAppraisalRows, checkAwardRows, checkDisciplineRows } from './history-rows.js';

const table = <K extends string>(columns: K[], ...rows: Array<Partial<Record<K, string>>>): ParsedTable<K> => ({
  headingLine: 1,
  columns: new Set(columns),
  rows: rows.map((cells, index) => ({ line: index + 2, cells })),
});

const type = (code: string, name: string, subjects: AwardType['subjects'], retiredOn: string | null = null): AwardType =>
  ({ code, name, subjects, retiredOn }) as AwardType;

const TYPES = [
  type('LDTT', 'Lao động tiên tiến', ['individual']),
  type('TTLDTT', 'Tập thể lao động tiên tiến', ['collective']),
  type('GIAY_KHEN', 'Giấy khen', ['individual', 'collective']),
  type('OLD', 'Danh hiệu cũ', ['individual'], '2020-01-01'),
];

describe('history import rows', () => {
  it('finds an award type by code, full name or short form, ignoring case and diacritics', () => {
    const match = awardTypeMatcher(TYPES);
    expect(['ldtt', 'LĐTT', 'Lao động tiên tiến', 'LAO DONG TIEN TIEN'].map((text) => match(text)?.code)).toEqual([
      'LDTT',
      'LDTT',
      'LDTT',
      'LDTT',
    ]);
    expect(match('Giấy khen')?.code).toBe('GIAY_KHEN');
    expect(match('Huy chương')).toBeUndefined();
  });

  it('reads an award row: basis words, day-first dates, empty optional cells', () => {
    const columns: AwardColumn[] = ['staffCode', 'awardType', 'year', 'decisionDate', 'basis', 'decisionNumber'];
    const checked = checkAwardRows(
      table(columns, {
        staffCode: 'CB1',
        awardType: 'LĐTT',
        year: '2024',
        decisionDate: '5/1/2025',
        basis: 'Đột xuất',
        decisionNumber: ' 07/QĐ ',
      }),
      TYPES,
    );
    expect(checked.problems).toEqual([]);
    expect(checked.rows[0]).toMatchObject({
      subject: { kind: 'staff', code: 'CB1' },
      year: 2024,
      decisionDate: '2025-01-05',
      basis: 'ad_hoc',
      decisionNumber: '07/QĐ',
      issuerName: null,
    });
  });

  it('reports every problem of a row: both codes, retired type, bad year, bad date (Law 2022 Art. 5 aside)', () => {
    const columns: AwardColumn[] = ['staffCode', 'unitCode', 'awardType', 'year', 'decisionDate'];
    const checked = checkAwardRows(
      table(
        columns,
        { staffCode: 'CB1', unitCode: 'U1', awardType: 'LDTT', year: '2024' },
        { staffCode: 'CB1', awardType: 'OLD', year: '2101', decisionDate: '30/02/2024' },
        { unitCode: 'U1', awardType: 'LDTT', year: '2024' },
      ),
      TYPES,
    );
    expect(checked.problems.map((p) => [p.line, p.field, p.key])).toEqual([
      [2, 'staffCode', 'staffOrUnit'],
      [3, 'awardType', 'retiredAwardType'],
      [3, 'year', 'year'],
      [3, 'decisionDate', 'date'],
      [4, 'awardType', 'notForCollective'],
    ]);
    expect(checked.rows).toEqual([]);
    // Before its retirement year a retired type is still recorded (old paper decisions).
    const older = checkAwardRows(table(columns, { staffCode: 'CB1', awardType: 'OLD', year: '2019' }), TYPES);
    expect(older.problems).toEqual([]);
    // Rows that name their subject well are kept for the unknown-code check, valid or not.
    expect(checked.subjects.map((s) => s.line)).toEqual([3, 4]);
  });

  it('reads ratings written as HTXS/HTT/HT/KHT, in words, or in English', () => {
    const columns: AppraisalColumn[] = ['staffCode', 'year', 'rating'];
    const ratings = ['HTXS', 'Hoàn thành tốt nhiệm vụ', 'hoan thanh nhiem vu', 'not_completed', 'KHT'];
    const checked = checkAppraisalRows(table(columns, ...ratings.map((rating) => ({ staffCode: 'CB1', year: '2024', rating }))));
    expect(checked.rows.map((row) => row.rating)).toEqual(['excellent', 'good', 'completed', 'not_completed', 'not_completed']);
  });

  it('needs a staff or unit code column for appraisals, and refuses a unit code where only staff are meant', () => {
    const noSubject = checkAppraisalRows(table<AppraisalColumn>(['year', 'rating'], { year: '2024', rating: 'HTT' }));
    expect(noSubject.problems).toEqual([{ line: 1, field: 'staffCode', key: 'subjectColumn' }]);
    const discipline = checkDisciplineRows(
      table<DisciplineColumn>(['staffCode', 'level', 'from'], { level: 'Cảnh cáo', from: '01/02/2024' }),
    );
    expect(discipline.problems).toEqual([{ line: 2, field: 'staffCode', key: 'required' }]);
  });

  it('reads discipline levels in Vietnamese and refuses an end before the start', () => {
    const columns: DisciplineColumn[] = ['staffCode', 'level', 'from', 'to'];
    const checked = checkDisciplineRows(
      table(
        columns,
        { staffCode: 'CB1', level: 'Giáng chức', from: '01/02/2024', to: '' },
        { staffCode: 'CB1', level: 'Buộc thôi việc', from: '01/02/2024', to: '31/01/2024' },
      ),
    );
    expect(checked.rows).toEqual([{ line: 2, subject: { kind: 'staff', code: 'CB1' }, level: 'demotion', from: '2024-02-01', to: null }]);
    expect(checked.problems).toEqual([{ line: 3, field: 'to', key: 'periodOrder' }]);
  });
});
