import { type ListSheet, listCellText } from '../common/export/list-sheet.js';
import { translate } from '../i18n/translate.js';
import { type Locale } from '../kernel/index.js';

/**
 * The print page of a list: the same heading and rows as its XLSX. Printed, the header row repeats
 * on every page (`thead`) and the menu is hidden (app.css, `@media print`).
 */
export function printView(sheet: ListSheet, lang: Locale, back: string) {
  return {
    title: translate(lang, 'exports.printTitle', { title: sheet.title }),
    printing: true,
    sheet: {
      organisation: sheet.organisation,
      title: sheet.title,
      filter: sheet.filter,
      dateLine: sheet.dateLine,
      note: sheet.note,
      headers: sheet.columns.map((column) => ({ text: column.header, numeric: isNumeric(column.kind) })),
      rows: sheet.rows.map((row) =>
        row.map((value, index) => ({
          text: listCellText(sheet.columns[index].kind, value),
          numeric: isNumeric(sheet.columns[index].kind),
        })),
      ),
    },
    back,
  };
}

const isNumeric = (kind: string): boolean => kind === 'number' || kind === 'money';
