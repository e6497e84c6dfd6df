import type { HistoryImportKind } from '../import/history-columns.js';
import { HistoryImportQuery } from './history-import.query.js';

/** `?kind=…` on the import page and its template link: a missing or unknown kind shows the awards. */
export class HistoryImportPageQuery extends HistoryImportQuery {
  override kind: HistoryImportKind = 'awards';
}
