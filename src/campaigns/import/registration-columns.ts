/*
 * The columns of a registration import (CSV UTF-8 or XLSX), for one campaign chosen on the page or
 * in the address. Headings are matched ignoring case, diacritics, spaces and notes in brackets;
 * other columns (STT, Họ và tên) are ignored.
 *
 * | Column (API) | Template heading | Also accepted               | Required        | Written as                                  |
 * |--------------|------------------|-----------------------------|-----------------|---------------------------------------------|
 * | staffCode    | Mã cán bộ        | Mã CB, Staff code           | one of the two  | code of a staff member in the user's units  |
 * | unitCode     | Mã đơn vị        | Unit code                   | one of the two  | code of a unit in the user's units          |
 * | awardType    | Danh hiệu        | Danh hiệu đăng ký, Award    | yes             | code (LDTT), full name or short form (LĐTT) |
 *
 * A row with a staff code registers the person; a row with only a unit code registers the unit as a
 * collective. A registration already there is left as it is (importing a file twice adds nothing).
 */
import { normalizeText } from '../../common/text/vietnamese.js';
import { headingKey, type ColumnSpec, type ParsedTable } from '../../common/tabular-import/parse-table.js';
import { vi } from '../../i18n/vi.js';
import type { RegistrationProblem } from './registration-problems.js';

export type RegistrationColumn = 'staffCode' | 'unitCode' | 'awardType';

export const REGISTRATION_COLUMNS: ReadonlyArray<ColumnSpec<RegistrationColumn>> = [
  { key: 'staffCode', headings: ['Mã cán bộ', 'Mã CB', 'Staff code'], required: false },
  { key: 'unitCode', headings: ['Mã đơn vị', 'Unit code'], required: false },
  { key: 'awardType', headings: ['Danh hiệu', 'Danh hiệu đăng ký', 'Hình thức', 'Award'], required: true },
];

/** A row as written in the file: one subject's code and the award as typed. */
export interface RegistrationRow {
  line: number;
  kind: 'staff' | 'unit';
  code: string;
  award: string;
}

export interface CheckedRegistrationRows {
  rows: RegistrationRow[];
  problems: RegistrationProblem[];
}

/** Checks what needs nothing stored: a subject code (one kind), an award. Codes and awards are looked up by the service. */
export function checkRegistrationRows(table: ParsedTable<RegistrationColumn>): CheckedRegistrationRows {
  const problems: RegistrationProblem[] = [];
  const rows: RegistrationRow[] = [];
  if (!table.columns.has('staffCode') && !table.columns.has('unitCode')) {
    return { rows, problems: [{ line: table.headingLine, key: 'subjectColumn' }] };
  }
  for (const row of table.rows) {
    const staffCode = normalizeText(row.cells.staffCode ?? '');
    const unitCode = normalizeText(row.cells.unitCode ?? '');
    const award = normalizeText(row.cells.awardType ?? '');
    const before = problems.length;
    if (staffCode === '' && unitCode === '') {
      problems.push({ line: row.line, field: 'staffCode', key: 'required' });
    }
    if (award === '') {
      problems.push({ line: row.line, field: 'awardType', key: 'required' });
    }
    if (problems.length === before) {
      // A person's row may name their unit too (as a register lists it): the person is registered.
      rows.push(
        staffCode !== ''
          ? { line: row.line, kind: 'staff', code: staffCode, award }
          : { line: row.line, kind: 'unit', code: unitCode, award },
      );
    }
  }
  return { rows, problems };
}

/** Award types by the ways people write them: code, full name, or the short form (LĐTT, CSTĐCS). */
export function awardMatcher<T extends { code: string; name: string }>(types: readonly T[]): (text: string) => T | undefined {
  const byKey = new Map<string, T>();
  // People write the Vietnamese short forms whatever the language of the page.
  const shortLabels: Record<string, string> = vi.law.awardsShort;
  for (const type of types) {
    for (const word of [type.code, type.name, shortLabels[type.code]]) {
      if (word !== undefined && !byKey.has(headingKey(word))) {
        byKey.set(headingKey(word), type);
      }
    }
  }
  return (text) => byKey.get(headingKey(text));
}

export const REGISTRATION_TEMPLATE_FILENAME = 'mau-dang-ky-thi-dua.csv';

/** RFC 4180 quoting, only where a cell needs it. */
const csvCell = (cell: string): string => (/[",\r\n]/u.test(cell) ? `"${cell.replace(/"/gu, '""')}"` : cell);

/** The template: the Vietnamese headings and two example rows (a person, a unit), UTF-8 with a BOM for Excel, CRLF. */
export function registrationTemplate(): Buffer {
  const lines = [
    ['Mã cán bộ', 'Mã đơn vị', 'Danh hiệu', 'Họ và tên (không bắt buộc)'],
    ['CB0001', '', 'LĐTT', 'Nguyễn Thị Lan'],
    ['', 'PVBD', 'TTLĐTT', ''],
  ];
  return Buffer.from(`\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`, 'utf8');
}
