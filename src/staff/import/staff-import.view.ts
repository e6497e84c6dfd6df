import { errorStatus } from '../../common/errors/error-codes.js';
import { translate } from '../../i18n/translate.js';
import { ImportFileRejected, ImportInvalid, problemMessage, SHOWN_PROBLEMS } from '../../common/tabular-import/import-problems.js';
import { STAFF_COLUMNS, type StaffColumn } from './staff-columns.js';
import type { StaffImportResult } from './staff-import.service.js';
import { type Locale } from '../../kernel/index.js';
import { wordFinding } from '../../common/validation/plausibility.js';

/** A problem's field is a column's API name when it is about one column: narrowed, so its label's key is checked. */
const isStaffColumn = (field: string | undefined): field is StaffColumn => STAFF_COLUMNS.some((column) => column.key === field);

export function importFormView(lang: Locale) {
  return {
    title: translate(lang, 'import.title'),
    columns: STAFF_COLUMNS.map((column) => ({
      heading: column.headings[0],
      name: column.key,
      required: column.required,
      help: translate(lang, `import.columnHelp.${column.key}`),
    })),
  };
}

export interface ImportResultView {
  title: string;
  result: StaffImportResult | null;
  /** What is unlikely about the written rows, worded, with their lines. */
  warnings: Array<{ line: number; message: string }>;
  fileError: string | null;
  problemCount: number;
  problems: Array<{ line: number; column: string; message: string }>;
  hiddenProblems: number;
}

const resultView = (lang: Locale, fields: Partial<ImportResultView>): ImportResultView => ({
  title: translate(lang, 'import.resultTitle'),
  result: null,
  warnings: [],
  fileError: null,
  problemCount: 0,
  problems: [],
  hiddenProblems: 0,
  ...fields,
});

export const importSuccessView = (lang: Locale, result: StaffImportResult): ImportResultView =>
  resultView(lang, { result, warnings: result.warnings.map((w) => ({ line: w.line ?? 0, message: wordFinding(lang, w).message })) });

/** The page for a refused file, with its HTTP status; errors that are not about the file go on up. */
export function importFailureView(error: unknown, lang: Locale): { status: number; view: ImportResultView } {
  if (error instanceof ImportInvalid) {
    const problems = error.problems.slice(0, SHOWN_PROBLEMS).map((problem) => ({
      line: problem.line,
      column: isStaffColumn(problem.field) ? translate(lang, `import.columns.${problem.field}`) : (problem.field ?? ''),
      message: problemMessage(lang, problem),
    }));
    const hiddenProblems = error.problems.length - problems.length;
    return {
      status: errorStatus('IMPORT_INVALID') ?? 422,
      view: resultView(lang, { problemCount: error.problems.length, problems, hiddenProblems }),
    };
  }
  if (error instanceof ImportFileRejected) {
    return { status: errorStatus(error.code) ?? 400, view: resultView(lang, { fileError: error.messageIn(lang) }) };
  }
  throw error;
}
