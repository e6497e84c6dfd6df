import { errorStatus } from '../../common/errors/error-codes.js';
import { ImportFileRejected, SHOWN_PROBLEMS } from '../../common/tabular-import/import-problems.js';
import type { ColumnSpec } from '../../common/tabular-import/parse-table.js';
import { translate } from '../../i18n/translate.js';
import { type Locale } from '../../kernel/index.js';
import { wordFinding } from '../../common/validation/plausibility.js';
import {
  APPRAISAL_COLUMNS,
  AWARD_COLUMNS,
  DISCIPLINE_COLUMNS,
  FREEZE_COLUMNS,
  HISTORY_IMPORT_KINDS,
  type HistoryImportKind,
  INITIATIVE_COLUMNS,
} from './history-columns.js';
import { HistoryImportInvalid, historyProblemMessage } from './history-import.problems.js';
import type { HistoryImportResult } from './history-import.service.js';

/** The view models of the history import pages: the form of one kind, and the result of a file. */

const IMPORT_COLUMNS: Record<HistoryImportKind, ReadonlyArray<ColumnSpec<string>>> = {
  awards: AWARD_COLUMNS,
  appraisals: APPRAISAL_COLUMNS,
  initiatives: INITIATIVE_COLUMNS,
  disciplines: DISCIPLINE_COLUMNS,
  freezes: FREEZE_COLUMNS,
};

/** The template's heading of a column, as the user sees it in the file. */
const columnHeading = (kind: HistoryImportKind, field: string): string =>
  IMPORT_COLUMNS[kind].find((column) => column.key === field)?.headings[0] ?? field;

export function importFormView(lang: Locale, kind: HistoryImportKind) {
  return {
    title: translate(lang, 'historyPages.import.title'),
    kind,
    kindLabel: translate(lang, `history.importKinds.${kind}`),
    kinds: HISTORY_IMPORT_KINDS.map((value) => ({
      value,
      label: translate(lang, `history.importKinds.${value}`),
      current: value === kind,
    })),
    columns: IMPORT_COLUMNS[kind].map((column) => ({
      heading: column.headings[0],
      also: column.headings.slice(1).join(', '),
      required: column.required,
    })),
  };
}

export interface ImportResultView {
  title: string;
  kind: HistoryImportKind;
  kindLabel: string;
  result: HistoryImportResult | null;
  /** What is unlikely about the written rows, worded, with their lines. */
  warnings: Array<{ line: number; message: string }>;
  fileError: string | null;
  problems: Array<{ line: number; column: string; message: string }>;
  problemCount: number;
  hiddenProblems: number;
}

function resultView(lang: Locale, kind: HistoryImportKind, outcome: Partial<ImportResultView>): ImportResultView {
  return {
    title: translate(lang, 'import.resultTitle'),
    kind,
    kindLabel: translate(lang, `history.importKinds.${kind}`),
    result: outcome.result ?? null,
    warnings: outcome.warnings ?? [],
    fileError: outcome.fileError ?? null,
    problems: outcome.problems ?? [],
    problemCount: outcome.problemCount ?? 0,
    hiddenProblems: outcome.hiddenProblems ?? 0,
  };
}

export const importSuccessView = (lang: Locale, kind: HistoryImportKind, result: HistoryImportResult): ImportResultView =>
  resultView(lang, kind, { result, warnings: result.warnings.map((w) => ({ line: w.line ?? 0, message: wordFinding(lang, w).message })) });

/** The page for a refused file, with its HTTP status; errors that are not about the file go on up. */
export function importFailureView(error: unknown, lang: Locale, kind: HistoryImportKind): { status: number; view: ImportResultView } {
  if (error instanceof HistoryImportInvalid) {
    const problems = error.problems.slice(0, SHOWN_PROBLEMS).map((problem) => ({
      line: problem.line,
      column: problem.field === undefined ? '' : columnHeading(kind, problem.field),
      message: historyProblemMessage(lang, problem),
    }));
    return {
      status: errorStatus('IMPORT_INVALID') ?? 422,
      view: resultView(lang, kind, {
        problems,
        problemCount: error.problems.length,
        hiddenProblems: error.problems.length - problems.length,
      }),
    };
  }
  if (error instanceof ImportFileRejected) {
    return { status: errorStatus(error.code) ?? 400, view: resultView(lang, kind, { fileError: error.messageIn(lang) }) };
  }
  throw error;
}
