import { setImmediate as nextTurn } from 'node:timers/promises';
import { IMPORT_LIMITS, IMPORT_SLICE_MS, type ImportLimits } from '../../config/limits.js';
import { ImportLimitExceeded } from './import-problems.js';

/** Text in a cell once spaces are ignored: a record with none is a blank line. */
export const hasText = (cells: readonly string[]): boolean => cells.some((cell) => cell.trim() !== '');

/**
 * What reading one file has cost so far, against `IMPORT_LIMITS`. The readers report each record
 * and cell as they meet it, and the budget refuses the file the moment a bound is passed, so a
 * hostile file costs at most the bound. `pause()` between two pieces of work lets other requests
 * run once a slice is used up, which keeps the service answering while a big file is read.
 */
export class ImportBudget {
  private rows = 0;
  private blankLines = 0;
  private readonly startedAt: number;
  private sliceStartedAt: number;
  /** Time given to other requests: not this file's cost. */
  private yieldedMs = 0;

  constructor(
    readonly limits: ImportLimits = IMPORT_LIMITS,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.startedAt = now();
    this.sliceStartedAt = this.startedAt;
  }

  /**
   * Counts one record: true when it holds text and is kept, false when blank and skipped. The
   * heading row is the one kept record the row limit does not count.
   */
  keep(cells: readonly string[]): boolean {
    if (hasText(cells)) {
      this.rows++;
      if (this.rows > this.limits.rows + 1) {
        throw new ImportLimitExceeded('tooManyRows', { maxRows: this.limits.rows });
      }
      return true;
    }
    this.blankLines++;
    if (this.blankLines > this.limits.blankLines) {
      throw new ImportLimitExceeded('tooManyBlankLines', { maxBlankLines: this.limits.blankLines });
    }
    return false;
  }

  /** A row reaches its `count`-th cell (counting from 1) on the file's line `line`. */
  column(count: number, line: number): void {
    if (count > this.limits.columns) {
      throw new ImportLimitExceeded('tooManyColumns', { line, maxColumns: this.limits.columns });
    }
  }

  /** A cell of `length` characters on the file's line `line`. */
  cell(length: number, line: number): void {
    if (length > this.limits.cellChars) {
      throw new ImportLimitExceeded('cellTooLong', { line, maxChars: this.limits.cellChars });
    }
  }

  /** Between two pieces of work: gives the event loop to other requests once a slice is used up; refuses a file that took too long. */
  async pause(): Promise<void> {
    const now = this.now();
    if (now - this.sliceStartedAt < IMPORT_SLICE_MS) {
      return;
    }
    if (now - this.startedAt - this.yieldedMs > this.limits.parseMs) {
      throw new ImportLimitExceeded('tooSlow', { maxSeconds: this.limits.parseMs / 1000 }, 'UNPROCESSABLE');
    }
    await nextTurn();
    this.sliceStartedAt = this.now();
    this.yieldedMs += this.sliceStartedAt - now;
  }
}
