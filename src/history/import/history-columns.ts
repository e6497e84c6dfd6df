/*
 * The columns of the history import files: `POST /api/history/import?kind=<kind>`, multipart field
 * `file`, CSV (UTF-8) or XLSX, read by the shared toolkit (src/common/tabular-import/parse-table.ts).
 * Headings are matched ignoring case, diacritics, spaces, punctuation and notes in brackets;
 * unknown columns (e.g. "STT") are ignored. Values are matched the same way ("Hoàn thành tốt nhiệm
 * vụ", "HTT" and "good" are one rating). Dates: dd/mm/yyyy, yyyy-mm-dd or an Excel date cell.
 * Staff are found by `Mã cán bộ`, units by `Mã đơn vị`; both must be within the user's units.
 * Every row is checked first; one bad row refuses the whole file (422, nothing written).
 * Re-importing a file changes nothing: each kind has a natural key (below); a row whose key is
 * stored already is left alone (awards) or updated only if another column differs (the others).
 *
 * kind=awards — awards already given. Key: type + staff/unit + year + decision number.
 * | Column (API)   | Template heading                  | Also accepted                                      | Required | Written as |
 * | staffCode      | Mã cán bộ                         | Mã CB, Staff code                                  | one of   | an individual award |
 * | unitCode       | Mã đơn vị                         | Mã tập thể, Unit code                              | the two  | a collective award |
 * | awardType      | Danh hiệu, hình thức khen thưởng  | Danh hiệu, Hình thức khen thưởng, Mã khen thưởng   | yes      | code (LDTT), name (Lao động tiên tiến) or short form (LĐTT) |
 * | year           | Năm                               | Năm khen thưởng, Year                              | yes      | 1990–2100 |
 * | decisionNumber | Số quyết định                     | Số QĐ                                              | no       | ≤ 50 characters, e.g. 07/QĐ-SVHTTDL |
 * | decisionDate   | Ngày quyết định                   | Ngày QĐ, Ngày ký                                   | no       | a date |
 * | issuerName     | Cơ quan ban hành                  | Cơ quan quyết định, Issuer                         | no       | ≤ 300 characters |
 * | basis          | Loại khen thưởng                  | Diện khen thưởng, Basis                            | no       | Thường xuyên (default) / Đột xuất / Chuyên đề |
 * A regular award already held for the same type, subject and year (and not revoked) refuses the row (Law 2022 Art. 5).
 *
 * kind=appraisals — yearly ratings. Key: staff/unit + year; a different rating updates the stored one.
 * | staffCode / unitCode | as above                                                                 | one of the two |
 * | year           | Năm                               | Năm đánh giá, Year                                 | yes      | 1990–2100 |
 * | rating         | Xếp loại                          | Kết quả xếp loại, Mức xếp loại, Rating             | yes      | HTXS / HTT / HT / KHT, the full Vietnamese words, or excellent / good / completed / not_completed |
 *
 * kind=initiatives — initiatives and accepted science works. Key: staff + year + title.
 * | staffCode      | Mã cán bộ                         |                                                    | yes      | |
 * | year           | Năm                               | Năm công nhận, Year                                | yes      | 1990–2100 |
 * | title          | Tên sáng kiến, đề tài             | Tên sáng kiến, Sáng kiến, Tên đề tài, Title        | yes      | ≤ 500 characters |
 * | level          | Cấp công nhận                     | Cấp, Phạm vi ảnh hưởng, Level                      | yes      | Cơ sở / Tỉnh / Toàn quốc (or grassroots / provincial / national) |
 * | kind           | Loại                              | Kind                                               | no       | Sáng kiến (default) / Đề tài khoa học |
 *
 * kind=disciplines — disciplinary measures. Key: staff + level + start date; a different end date updates it.
 * | staffCode      | Mã cán bộ                         |                                                    | yes      | |
 * | level          | Hình thức kỷ luật                 | Kỷ luật, Level                                     | yes      | Khiển trách / Cảnh cáo / Hạ bậc lương (Giáng chức) / Cách chức / Buộc thôi việc |
 * | from           | Từ ngày                           | Ngày bắt đầu, Ngày hiệu lực, From                  | yes      | a date |
 * | to             | Đến ngày                          | Ngày kết thúc, To                                  | no       | a date, not before `from` |
 *
 * kind=freezes — pending reviews that freeze awards. Key: staff/unit + reason + start date; a different end date updates it.
 * | staffCode / unitCode | as above                                                                 | one of the two |
 * | reason         | Lý do                             | Nội dung, Reason                                   | yes      | ≤ 500 characters |
 * | from, to       | Từ ngày, Đến ngày                 | as for disciplines                                 | from: yes| |
 */
import type { ColumnSpec } from '../../common/tabular-import/parse-table.js';

export const HISTORY_IMPORT_KINDS = ['awards', 'appraisals', 'initiatives', 'disciplines', 'freezes'] as const;
export type HistoryImportKind = (typeof HISTORY_IMPORT_KINDS)[number];

const STAFF_CODE = { key: 'staffCode', headings: ['Mã cán bộ', 'Mã CB', 'Staff code'] } as const;
const UNIT_CODE = { key: 'unitCode', headings: ['Mã đơn vị', 'Mã tập thể', 'Unit code'], required: false } as const;
const YEAR_HEADINGS = ['Năm', 'Year'];
const FROM = { key: 'from', headings: ['Từ ngày', 'Ngày bắt đầu', 'Ngày hiệu lực', 'From'], required: true } as const;
const TO = { key: 'to', headings: ['Đến ngày', 'Ngày kết thúc', 'To'], required: false } as const;

export type AwardColumn = 'staffCode' | 'unitCode' | 'awardType' | 'year' | 'decisionNumber' | 'decisionDate' | 'issuerName' | 'basis';
export const AWARD_COLUMNS: ReadonlyArray<ColumnSpec<AwardColumn>> = [
  { ...STAFF_CODE, required: false },
  UNIT_CODE,
  {
    key: 'awardType',
    headings: ['Danh hiệu, hình thức khen thưởng', 'Danh hiệu', 'Hình thức khen thưởng', 'Mã khen thưởng', 'Award type'],
    required: true,
  },
  { key: 'year', headings: [...YEAR_HEADINGS, 'Năm khen thưởng'], required: true },
  { key: 'decisionNumber', headings: ['Số quyết định', 'Số QĐ', 'Decision number'], required: false },
  { key: 'decisionDate', headings: ['Ngày quyết định', 'Ngày QĐ', 'Ngày ký', 'Decision date'], required: false },
  { key: 'issuerName', headings: ['Cơ quan ban hành', 'Cơ quan quyết định', 'Issuer'], required: false },
  { key: 'basis', headings: ['Loại khen thưởng', 'Diện khen thưởng', 'Basis'], required: false },
];

export type AppraisalColumn = 'staffCode' | 'unitCode' | 'year' | 'rating';
export const APPRAISAL_COLUMNS: ReadonlyArray<ColumnSpec<AppraisalColumn>> = [
  { ...STAFF_CODE, required: false },
  UNIT_CODE,
  { key: 'year', headings: [...YEAR_HEADINGS, 'Năm đánh giá'], required: true },
  { key: 'rating', headings: ['Xếp loại', 'Kết quả xếp loại', 'Mức xếp loại', 'Rating'], required: true },
];

export type InitiativeColumn = 'staffCode' | 'year' | 'title' | 'level' | 'kind';
export const INITIATIVE_COLUMNS: ReadonlyArray<ColumnSpec<InitiativeColumn>> = [
  { ...STAFF_CODE, required: true },
  { key: 'year', headings: [...YEAR_HEADINGS, 'Năm công nhận'], required: true },
  { key: 'title', headings: ['Tên sáng kiến, đề tài', 'Tên sáng kiến', 'Sáng kiến', 'Tên đề tài', 'Title'], required: true },
  { key: 'level', headings: ['Cấp công nhận', 'Cấp', 'Phạm vi ảnh hưởng', 'Level'], required: true },
  { key: 'kind', headings: ['Loại', 'Kind'], required: false },
];

export type DisciplineColumn = 'staffCode' | 'level' | 'from' | 'to';
export const DISCIPLINE_COLUMNS: ReadonlyArray<ColumnSpec<DisciplineColumn>> = [
  { ...STAFF_CODE, required: true },
  { key: 'level', headings: ['Hình thức kỷ luật', 'Kỷ luật', 'Level'], required: true },
  FROM,
  TO,
];

export type FreezeColumn = 'staffCode' | 'unitCode' | 'reason' | 'from' | 'to';
export const FREEZE_COLUMNS: ReadonlyArray<ColumnSpec<FreezeColumn>> = [
  { ...STAFF_CODE, required: false },
  UNIT_CODE,
  { key: 'reason', headings: ['Lý do', 'Nội dung', 'Reason'], required: true },
  FROM,
  TO,
];

/** One example row per kind, for the downloadable templates (in the order of the columns above). */
export const TEMPLATE_EXAMPLES: Record<HistoryImportKind, string[]> = {
  awards: ['CB0001', '', 'LĐTT', '2024', '07/QĐ-SVHTTDL', '05/01/2025', 'Sở Văn hóa, Thể thao và Du lịch', 'Thường xuyên'],
  appraisals: ['CB0001', '', '2024', 'HTT'],
  initiatives: ['CB0001', '2024', 'Số hoá tài liệu địa chí', 'Cơ sở', 'Sáng kiến'],
  disciplines: ['CB0001', 'Khiển trách', '01/03/2024', '28/02/2025'],
  freezes: ['CB0001', '', 'Đang xem xét kỷ luật', '01/10/2025', ''],
};

const COLUMNS_OF: Record<HistoryImportKind, ReadonlyArray<ColumnSpec<string>>> = {
  awards: AWARD_COLUMNS,
  appraisals: APPRAISAL_COLUMNS,
  initiatives: INITIATIVE_COLUMNS,
  disciplines: DISCIPLINE_COLUMNS,
  freezes: FREEZE_COLUMNS,
};

/** RFC 4180 quoting, only where a cell needs it. */
const csvCell = (cell: string): string => (/[",\r\n]/u.test(cell) ? `"${cell.replace(/"/gu, '""')}"` : cell);

export const historyTemplateFilename = (kind: HistoryImportKind): string => `mau-nhap-${kind}.csv`;

/** The template of a kind: Vietnamese headings and one example row, UTF-8 with a BOM and CRLF, as Excel likes. */
export function historyImportTemplate(kind: HistoryImportKind): Buffer {
  const lines = [COLUMNS_OF[kind].map((column) => column.headings[0]), TEMPLATE_EXAMPLES[kind]].map((cells) =>
    cells.map(csvCell).join(','),
  );
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
