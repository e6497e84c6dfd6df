import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { xlsxCell } from './cells.js';

/**
 * A list as it leaves the service (issue 8, "Lists out"): the same model is written to XLSX here and
 * rendered as a print page (templates/pages/exports/print.hbs). Every word in it is already in the
 * reader's language; this file only lays it out.
 */

/** How a column's values are written: text always as text, dates as dd/mm/yyyy, money in VND. */
export type ListColumnKind = 'text' | 'number' | 'date' | 'datetime' | 'money';

export interface ListColumn {
  header: string;
  kind: ListColumnKind;
  /** In characters, as Excel counts them. */
  width: number;
}

/** Dates as `YYYY-MM-DD` (the API's form), date-times as Date; numbers and money as numbers. */
export type ListValue = string | number | Date | null;

export interface ListSheet {
  /** The body the list belongs to (the organisation's name: the root unit). */
  organisation: string;
  title: string;
  /** The filter in words, e.g. "Đơn vị: Phòng Phục vụ bạn đọc; tìm: Hùng". */
  filter: string;
  /** "Ngày xuất: 01/12/2026", and the cut when there is one, in the reader's words. */
  dateLine: string;
  /** Set when the list was cut at the bound: the title rows say so. */
  note: string | null;
  /** The sheet's tab (at most 31 characters, no `[]:*?/\`). */
  sheetName: string;
  columns: ListColumn[];
  rows: ListValue[][];
}

/** At most this many rows in one export; past it the list is cut and its title rows say so. */
export const MAX_EXPORT_ROWS = 100_000;

const XLSX_DATE = 'dd/mm/yyyy';
const XLSX_DATETIME = 'dd/mm/yyyy hh:mm';
const XLSX_MONEY = '#,##0 "VND"';
const XLSX_NUMBER = '#,##0';

/** The rows above the header: organisation, title, filter, date (and the cut). */
const HEADING_ROWS = 4;

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A `YYYY-MM-DD` as midnight UTC, which a spreadsheet shows as that day whatever its time zone. */
const dateOnly = (value: string): Date => new Date(`${value}T00:00:00Z`);

/** A Date of an instant as the office's wall clock (Vietnam, UTC+7, no daylight saving) for the spreadsheet. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const wallClock = (at: Date): Date => new Date(at.getTime() + VIETNAM_OFFSET_MS);

const safeSheetName = (name: string): string => name.replace(/[[\]:*?/\\]/gu, ' ').slice(0, 31) || 'Sheet1';

/**
 * The workbook of one list: A4 landscape fitted to the page's width, the heading rows merged across
 * the columns, the header row repeated on every printed page and frozen on screen, column widths,
 * dates as dd/mm/yyyy and money as VND. Text cells are always text, never formulas (cells.ts).
 */
export async function listWorkbook(list: ListSheet): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  // The streaming writer: rows are written as they are added (a 10,000-row list in a fraction of
  // the in-memory workbook's time and memory). Strings inline (`t="inlineStr"`: text, never a
  // formula), which spares the shared-string table's bookkeeping; each column's number format is
  // its style, which every cell of it takes, rather than a style per cell.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  workbook.creator = list.organisation;
  workbook.title = list.title;
  const headerRow = HEADING_ROWS + 1;
  const sheet = workbook.addWorksheet(safeSheetName(list.sheetName), {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C&P / &N' },
    views: [{ state: 'frozen', ySplit: headerRow }],
  });
  sheet.columns = list.columns.map((column) => ({ width: column.width, style: { numFmt: numberFormat(column.kind) } }));
  const lastColumn = Math.max(list.columns.length, 1);
  const heading: [string, Partial<ExcelJS.Font>][] = [
    [list.organisation, { bold: true, size: 12 }],
    [list.title, { bold: true, size: 14 }],
    [list.filter, { italic: true }],
    [list.note ? `${list.dateLine}. ${list.note}` : list.dateLine, list.note ? { bold: true, color: { argb: 'FFB00020' } } : {}],
  ];
  heading.forEach(([text, font], index) => {
    const row = sheet.getRow(index + 1);
    const cell = row.getCell(1);
    const { value, numFmt } = xlsxCell(text);
    cell.value = value;
    cell.numFmt = numFmt ?? 'General';
    cell.font = font;
    if (lastColumn > 1) {
      sheet.mergeCells(index + 1, 1, index + 1, lastColumn);
    }
    row.commit();
  });
  const header = sheet.getRow(headerRow);
  list.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = xlsxCell(column.header).value;
    cell.numFmt = '@';
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();
  // One style object per column, shared by its cells: exceljs recognises an object it has seen and
  // skips working out its style again (the largest cost of a big sheet otherwise).
  const styles = list.columns.map((column) => ({ numFmt: numberFormat(column.kind) }));
  list.rows.forEach((values, rowIndex) => {
    const row = sheet.getRow(headerRow + 1 + rowIndex);
    values.forEach((value, columnIndex) => {
      if (value === null || value === '') {
        return;
      }
      const cell = row.getCell(columnIndex + 1);
      cell.value = cellValue(list.columns[columnIndex].kind, value);
      cell.style = styles[columnIndex];
    });
    row.commit();
  });
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: lastColumn } };
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

function numberFormat(kind: ListColumnKind): string {
  switch (kind) {
    case 'text':
      return '@';
    case 'number':
      return XLSX_NUMBER;
    case 'money':
      return XLSX_MONEY;
    case 'date':
      return XLSX_DATE;
    case 'datetime':
      return XLSX_DATETIME;
  }
}

function cellValue(kind: ListColumnKind, value: string | number | Date): ExcelJS.CellValue {
  if (value instanceof Date) {
    return kind === 'datetime' ? wallClock(value) : value;
  }
  if (typeof value === 'number') {
    return value;
  }
  if (kind === 'date' && /^\d{4}-\d{2}-\d{2}$/u.test(value)) {
    return dateOnly(value);
  }
  // Whatever it begins with (`=`, `+`, `-`, `@`), a shared string: the spreadsheet never evaluates it.
  return xlsxCell(value).value;
}

/** `YYYY-MM-DD` (or a Date) as the pages show it: dd/mm/yyyy. */
export function listDateText(value: string | Date): string {
  const iso = typeof value === 'string' ? value : wallClock(value).toISOString().slice(0, 10);
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** A cell as the print page shows it: dates dd/mm/yyyy, numbers and money with Vietnamese grouping. */
export function listCellText(kind: ListColumnKind, value: ListValue): string {
  if (value === null) {
    return '';
  }
  if (value instanceof Date) {
    const local = wallClock(value).toISOString();
    return kind === 'datetime' ? `${listDateText(value)} ${local.slice(11, 16)}` : listDateText(value);
  }
  if (typeof value === 'number') {
    const grouped = new Intl.NumberFormat('vi-VN').format(value);
    return kind === 'money' ? `${grouped} VND` : grouped;
  }
  return kind === 'date' && /^\d{4}-\d{2}-\d{2}$/u.test(value) ? listDateText(value) : value;
}
