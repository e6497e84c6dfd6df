import { IsIn } from 'class-validator';
import { HISTORY_IMPORT_KINDS, type HistoryImportKind } from '../import/history-columns.js';

/** `?kind=awards|appraisals|initiatives|disciplines|freezes`: which history the file holds. */
export class HistoryImportQuery {
  @IsIn(HISTORY_IMPORT_KINDS)
  kind!: HistoryImportKind;
}
