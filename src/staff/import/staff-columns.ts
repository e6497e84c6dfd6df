/*
 * The columns of a staff import file (CSV UTF-8 or XLSX). Headings are matched ignoring case,
 * diacritics, spaces, punctuation and notes in brackets, so "HỌ VÀ TÊN", "Ho va ten" and "fullName"
 * are the same column. Unknown columns (e.g. "STT") are ignored.
 *
 * | Column (API) | Template heading | Also accepted               | Required | Written as                                   |
 * |--------------|------------------|-----------------------------|----------|----------------------------------------------|
 * | code         | Mã cán bộ        | Mã, Mã CB, Mã số            | yes      | 1–50 of A–Z a–z 0–9 . _ - ; matches staff    |
 * | fullName     | Họ và tên        | Họ tên                      | yes      | text, ≤ 200 characters (NFC, spaces tidied)  |
 * | gender       | Giới tính        |                             | yes      | Nam / Nữ, or male / female (any case)        |
 * | dateOfBirth  | Ngày sinh        | Ngày tháng năm sinh         | no       | dd/mm/yyyy, yyyy-mm-dd, or an Excel date     |
 * | unitCode     | Mã đơn vị        |                             | yes      | code of an existing unit in the user's scope |
 * | position     | Chức vụ          |                             | no       | text, ≤ 200 characters                       |
 * | startedOn    | Ngày vào làm     | Ngày bắt đầu công tác       | no       | like dateOfBirth                             |
 *
 * Rows match existing staff by `code`: a new code is created, a known one updated when something
 * differs. An optional column left out of the file keeps what is stored; an empty cell clears it.
 */
import { normalizeText, foldForSearch } from '../../common/text/vietnamese.js';
import type { ImportProblem } from '../../common/tabular-import/import-problems.js';
import { parseDateText } from '../../common/tabular-import/import-values.js';
import type { ColumnSpec, ParsedTable, TableRow } from '../../common/tabular-import/parse-table.js';
import { type Gender, RECORD_CODE_PATTERN } from '../../kernel/index.js';

export type StaffColumn = 'code' | 'fullName' | 'gender' | 'dateOfBirth' | 'unitCode' | 'position' | 'startedOn';

export const STAFF_COLUMNS: ReadonlyArray<ColumnSpec<StaffColumn>> = [
  { key: 'code', headings: ['Mã cán bộ', 'Mã', 'Mã CB', 'Mã số', 'Staff code'], required: true },
  { key: 'fullName', headings: ['Họ và tên', 'Họ tên', 'Full name'], required: true },
  { key: 'gender', headings: ['Giới tính'], required: true },
  { key: 'dateOfBirth', headings: ['Ngày sinh', 'Ngày tháng năm sinh', 'Date of birth'], required: false },
  { key: 'unitCode', headings: ['Mã đơn vị', 'Unit code'], required: true },
  { key: 'position', headings: ['Chức vụ'], required: false },
  { key: 'startedOn', headings: ['Ngày vào làm', 'Ngày bắt đầu công tác', 'Started on'], required: false },
];

const MAX_TEXT = 200;
const GENDERS: Record<string, Gender> = { nam: 'male', male: 'male', nu: 'female', female: 'female' };

/**
 * A valid row. Optional fields are undefined when the file has no such column (keep what is
 * stored) and null when the cell is empty (clear it).
 */
export interface StaffImportRow {
  line: number;
  code: string;
  fullName: string;
  gender: Gender;
  dateOfBirth?: string | null;
  unitCode: string;
  position?: string | null;
  startedOn?: string | null;
}

/** What every row refers to, valid or not, so unknown units are reported along with format problems. */
export interface StaffRowReference {
  line: number;
  code: string | null;
  unitCode: string | null;
}

export interface CheckedStaffRows {
  rows: StaffImportRow[];
  references: StaffRowReference[];
  problems: ImportProblem[];
}

/** Checks one row's cells; problems are pushed, the value is returned when the row is valid. */
function checkRow(row: TableRow<StaffColumn>, problems: ImportProblem[]): StaffImportRow | null {
  const before = problems.length;
  const text = (field: StaffColumn): string | undefined => (row.cells[field] === undefined ? undefined : normalizeText(row.cells[field]));
  const problem = (field: StaffColumn, key: ImportProblem['key'], params?: ImportProblem['params']): void => {
    problems.push({ line: row.line, field, key, ...(params ? { params } : {}) });
  };
  const required = (field: StaffColumn): string => {
    const value = text(field) ?? '';
    if (value === '') {
      problem(field, 'required');
    }
    return value;
  };
  const optionalText = (field: StaffColumn): string | null | undefined => {
    const value = text(field);
    if (value !== undefined && value.length > MAX_TEXT) {
      problem(field, 'tooLong', { max: MAX_TEXT });
    }
    return value === '' ? null : value;
  };
  const optionalDate = (field: StaffColumn): string | null | undefined => {
    const value = text(field);
    if (value === undefined || value === '') {
      return value === undefined ? undefined : null;
    }
    const date = parseDateText(value);
    if (date === null) {
      problem(field, 'date', { value });
    }
    return date;
  };

  const code = required('code');
  if (code !== '' && !RECORD_CODE_PATTERN.test(code)) {
    problem('code', 'codeFormat', { value: code });
  }
  const fullName = required('fullName');
  if (fullName.length > MAX_TEXT) {
    problem('fullName', 'tooLong', { max: MAX_TEXT });
  }
  const genderText = required('gender');
  const gender = GENDERS[foldForSearch(genderText)];
  if (genderText !== '' && gender === undefined) {
    problem('gender', 'gender', { value: genderText });
  }
  const dateOfBirth = optionalDate('dateOfBirth');
  const unitCode = required('unitCode');
  const position = optionalText('position');
  const startedOn = optionalDate('startedOn');
  if (problems.length > before) {
    return null;
  }
  return { line: row.line, code, fullName, gender, dateOfBirth, unitCode, position, startedOn };
}

/**
 * Checks every row of a parsed file before anything is written: formats, required cells, and codes
 * repeated within the file (reported on the later line). Units and scope are checked by the service.
 */
export function checkStaffRows(table: ParsedTable<StaffColumn>): CheckedStaffRows {
  const problems: ImportProblem[] = [];
  const rows: StaffImportRow[] = [];
  const references: StaffRowReference[] = [];
  const firstLineOfCode = new Map<string, number>();
  for (const tableRow of table.rows) {
    const code = normalizeText(tableRow.cells.code ?? '');
    const unitCode = normalizeText(tableRow.cells.unitCode ?? '');
    references.push({ line: tableRow.line, code: code === '' ? null : code, unitCode: unitCode === '' ? null : unitCode });
    const firstLine = code === '' ? undefined : firstLineOfCode.get(code.toLowerCase());
    if (firstLine !== undefined) {
      problems.push({ line: tableRow.line, field: 'code', key: 'duplicateInFile', params: { code, firstLine } });
    } else if (code !== '') {
      firstLineOfCode.set(code.toLowerCase(), tableRow.line);
    }
    const row = checkRow(tableRow, problems);
    if (row && firstLine === undefined) {
      rows.push(row);
    }
  }
  return { rows, references, problems };
}

export const STAFF_TEMPLATE_FILENAME = 'mau-nhap-can-bo.csv';

const COLUMN_ORDER = new Map<string, number>(STAFF_COLUMNS.map((column, index) => [column.key, index]));

/** Problems in reading order: by line, then by the column's place in the template. */
export const byLineAndColumn = (a: ImportProblem, b: ImportProblem): number =>
  a.line - b.line || (COLUMN_ORDER.get(a.field ?? '') ?? -1) - (COLUMN_ORDER.get(b.field ?? '') ?? -1);

/** RFC 4180 quoting, only where a cell needs it. */
const csvCell = (cell: string): string => (/[",\r\n]/u.test(cell) ? `"${cell.replace(/"/gu, '""')}"` : cell);

/**
 * The template people fill in: the Vietnamese headings and one example row, UTF-8 with a BOM so
 * that Excel opens the Vietnamese letters correctly, CRLF line ends as Excel writes them.
 */
export function staffImportTemplate(): Buffer {
  const example = ['CB0001', 'Nguyễn Thị Lan', 'Nữ', '21/03/1985', 'VP', 'Chuyên viên', '15/08/2010'];
  const lines = [STAFF_COLUMNS.map((column) => column.headings[0]), example].map((cells) => cells.map(csvCell).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
