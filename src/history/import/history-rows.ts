import { type AwardType, isRetiredFor } from '../../catalogue/index.js';
import { normalizeText } from '../../common/text/vietnamese.js';
import { vi } from '../../i18n/vi.js';
import { parseDateText } from '../../common/tabular-import/import-values.js';
import { headingKey, type ParsedTable, type TableRow } from '../../common/tabular-import/parse-table.js';
import type { AppraisalColumn, AwardColumn, DisciplineColumn, FreezeColumn, InitiativeColumn } from './history-columns.js';
import type { HistoryImportProblem, HistoryProblemKey } from './history-import.problems.js';
import {
  type AwardBasis,
  type DisciplineLevel,
  type InitiativeKind,
  type InitiativeLevel,
  isValidYear,
  type Rating,
  type SubjectKind,
} from '../../kernel/index.js';

/** The staff member or unit a row names, by code; resolved to an id by the service. */
export interface SubjectCode {
  kind: SubjectKind;
  code: string;
}

interface RowBase {
  line: number;
  subject: SubjectCode;
}

export interface AwardImportRow extends RowBase {
  awardType: AwardType;
  year: number;
  basis: AwardBasis;
  decisionNumber: string | null;
  decisionDate: string | null;
  issuerName: string | null;
}

export interface AppraisalImportRow extends RowBase {
  year: number;
  rating: Rating;
}

export interface InitiativeImportRow extends RowBase {
  year: number;
  title: string;
  level: InitiativeLevel;
  kind: InitiativeKind;
}

export interface DisciplineImportRow extends RowBase {
  level: DisciplineLevel;
  from: string;
  to: string | null;
}

export interface FreezeImportRow extends RowBase {
  reason: string;
  from: string;
  to: string | null;
}

export interface CheckedRows<R> {
  rows: R[];
  /** The subject of every row that names one well, valid or not: unknown codes are reported for all rows. */
  subjects: Array<{ line: number; subject: SubjectCode }>;
  problems: HistoryImportProblem[];
}

/** Words people write for each value, compared as headings are (no case, diacritics, punctuation). */
const dictionary = <T extends string>(entries: Record<T, readonly string[]>): Map<string, T> =>
  new Map(
    (Object.entries(entries) as Array<[T, readonly string[]]>).flatMap(([value, words]) =>
      [value, ...words].map((word) => [headingKey(word), value] as const),
    ),
  );

const RATINGS = dictionary<Rating>({
  excellent: ['HTXS', 'Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành xuất sắc', 'Xuất sắc'],
  good: ['HTT', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành tốt', 'Tốt'],
  completed: ['HT', 'Hoàn thành nhiệm vụ', 'Hoàn thành'],
  not_completed: ['KHT', 'Không hoàn thành nhiệm vụ', 'Không hoàn thành'],
});
const BASES = dictionary<AwardBasis>({
  regular: ['Thường xuyên', 'Hằng năm', 'Hàng năm'],
  ad_hoc: ['Đột xuất', 'ad hoc'],
  thematic: ['Chuyên đề', 'Theo chuyên đề'],
});
const INITIATIVE_LEVELS = dictionary<InitiativeLevel>({
  grassroots: ['Cơ sở', 'Cấp cơ sở'],
  provincial: ['Tỉnh', 'Cấp tỉnh'],
  national: ['Toàn quốc', 'Cấp toàn quốc', 'Quốc gia', 'Cấp quốc gia'],
});
const INITIATIVE_KINDS = dictionary<InitiativeKind>({
  initiative: ['Sáng kiến'],
  science_work: ['Đề tài', 'Đề tài khoa học', 'Công trình khoa học', 'Đề tài, công trình khoa học', 'science work'],
});
const DISCIPLINE_LEVELS = dictionary<DisciplineLevel>({
  reprimand: ['Khiển trách'],
  warning: ['Cảnh cáo'],
  demotion: ['Hạ bậc lương', 'Giáng chức', 'Giáng chức, hạ bậc lương', 'Hạ bậc'],
  removal: ['Cách chức'],
  dismissal: ['Buộc thôi việc'],
});

const ALLOWED = {
  rating: 'HTXS, HTT, HT, KHT',
  basis: 'Thường xuyên, Đột xuất, Chuyên đề',
  initiativeLevel: 'Cơ sở, Tỉnh, Toàn quốc',
  initiativeKind: 'Sáng kiến, Đề tài khoa học',
  disciplineLevel: 'Khiển trách, Cảnh cáo, Hạ bậc lương, Cách chức, Buộc thôi việc',
};

const MAX_DECISION_NUMBER = 50;
const MAX_ISSUER = 300;
const MAX_TITLE = 500;

/** Reads one row's cells, pushing a problem for each cell that is wrong. */
class RowReader<K extends string> {
  private readonly before: number;
  /** Set by `subject()` when the row names exactly one staff member or unit. */
  named: SubjectCode | null = null;

  constructor(
    private readonly row: TableRow<K>,
    private readonly problems: HistoryImportProblem[],
  ) {
    this.before = problems.length;
  }

  get line(): number {
    return this.row.line;
  }

  /** True when no cell of this row had a problem. */
  get valid(): boolean {
    return this.problems.length === this.before;
  }

  text(field: K): string {
    return normalizeText(this.row.cells[field] ?? '');
  }

  problem(field: K, key: HistoryProblemKey, params?: HistoryImportProblem['params']): void {
    this.problems.push({ line: this.row.line, field, key, ...(params ? { params } : {}) });
  }

  required(field: K): string {
    const value = this.text(field);
    if (value === '') {
      this.problem(field, 'required');
    }
    return value;
  }

  optional(field: K, max: number): string | null {
    const value = this.text(field);
    if (value.length > max) {
      this.problem(field, 'tooLong', { max });
    }
    return value === '' ? null : value;
  }

  year(field: K): number {
    const value = this.required(field);
    const year = /^\d{4}$/u.test(value) ? Number(value) : Number.NaN;
    if (value !== '' && !isValidYear(year)) {
      this.problem(field, 'year', { value });
    }
    return year;
  }

  date(field: K, required: boolean): string | null {
    const value = required ? this.required(field) : this.text(field);
    if (value === '') {
      return null;
    }
    const date = parseDateText(value);
    if (date === null) {
      this.problem(field, 'date', { value });
    }
    return date;
  }

  choice<T>(field: K, words: ReadonlyMap<string, T>, allowed: string, fallback?: T): T {
    const value = fallback === undefined ? this.required(field) : this.text(field);
    if (value === '') {
      return fallback as T;
    }
    const found = words.get(headingKey(value));
    if (found === undefined) {
      this.problem(field, 'value', { value, allowed });
    }
    return found as T;
  }

  /** Exactly one of staff code and unit code; `unitAllowed` false when the record is only a person's. */
  subject(unitAllowed: boolean): SubjectCode {
    const staffCode = this.text('staffCode' as K);
    const unitCode = unitAllowed ? this.text('unitCode' as K) : '';
    if (staffCode !== '' && unitCode !== '') {
      this.problem('staffCode' as K, 'staffOrUnit');
    } else if (staffCode === '' && unitCode === '') {
      this.problem('staffCode' as K, unitAllowed ? 'staffOrUnit' : 'required');
    } else {
      this.named = staffCode !== '' ? { kind: 'staff', code: staffCode } : { kind: 'unit', code: unitCode };
    }
    return staffCode !== '' ? { kind: 'staff', code: staffCode } : { kind: 'unit', code: unitCode };
  }

  periodEnd(from: string | null, to: string | null): void {
    if (from !== null && to !== null && to < from) {
      this.problem('to' as K, 'periodOrder');
    }
  }
}

/** For kinds open to staff and units: the file needs at least one of the two code columns. */
function subjectColumnProblems<K extends string>(table: ParsedTable<K>): HistoryImportProblem[] {
  return table.columns.has('staffCode' as K) || table.columns.has('unitCode' as K)
    ? []
    : [{ line: table.headingLine, field: 'staffCode', key: 'subjectColumn' }];
}

function checkEach<K extends string, R>(
  table: ParsedTable<K>,
  read: (reader: RowReader<K>) => R,
  fileProblems: HistoryImportProblem[] = [],
): CheckedRows<R> {
  if (fileProblems.length > 0) {
    // Without the columns that name whom a row is about, checking the rows would only repeat it.
    return { rows: [], subjects: [], problems: fileProblems };
  }
  const problems: HistoryImportProblem[] = [];
  const rows: R[] = [];
  const subjects: CheckedRows<R>['subjects'] = [];
  for (const tableRow of table.rows) {
    const reader = new RowReader(tableRow, problems);
    const row = read(reader);
    if (reader.named) {
      subjects.push({ line: reader.line, subject: reader.named });
    }
    if (reader.valid) {
      rows.push(row);
    }
  }
  return { rows, subjects, problems };
}

/** Award types by the ways people write them: code, full name, or the short form (LĐTT, CSTĐCS). */
export function awardTypeMatcher(types: readonly AwardType[]): (text: string) => AwardType | undefined {
  const byKey = new Map<string, AwardType>();
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

export function checkAwardRows(table: ParsedTable<AwardColumn>, types: readonly AwardType[]): CheckedRows<AwardImportRow> {
  const match = awardTypeMatcher(types);
  return checkEach(
    table,
    (r) => {
      const subject = r.subject(true);
      const typeText = r.required('awardType');
      const awardType = typeText === '' ? undefined : match(typeText);
      // Read here only to judge a retired type; the year's own problems are reported below, in column order.
      const yearOfAward = Number(r.text('year'));
      if (typeText !== '' && !awardType) {
        r.problem('awardType', 'unknownAwardType', { value: typeText });
      } else if (awardType && isRetiredFor(awardType, yearOfAward)) {
        r.problem('awardType', 'retiredAwardType', { name: awardType.name });
      } else if (awardType && r.named && !awardType.subjects.includes(subject.kind === 'staff' ? 'individual' : 'collective')) {
        r.problem('awardType', subject.kind === 'staff' ? 'notForIndividual' : 'notForCollective', { name: awardType.name });
      }
      return {
        line: r.line,
        subject,
        awardType: awardType!,
        year: r.year('year'),
        basis: r.choice('basis', BASES, ALLOWED.basis, 'regular'),
        decisionNumber: r.optional('decisionNumber', MAX_DECISION_NUMBER),
        decisionDate: r.date('decisionDate', false),
        issuerName: r.optional('issuerName', MAX_ISSUER),
      };
    },
    subjectColumnProblems(table),
  );
}

export function checkAppraisalRows(table: ParsedTable<AppraisalColumn>): CheckedRows<AppraisalImportRow> {
  return checkEach(
    table,
    (r) => ({ line: r.line, subject: r.subject(true), year: r.year('year'), rating: r.choice('rating', RATINGS, ALLOWED.rating) }),
    subjectColumnProblems(table),
  );
}

export function checkInitiativeRows(table: ParsedTable<InitiativeColumn>): CheckedRows<InitiativeImportRow> {
  return checkEach(table, (r) => {
    const subject = r.subject(false);
    const year = r.year('year');
    const title = r.required('title');
    if (title.length > MAX_TITLE) {
      r.problem('title', 'tooLong', { max: MAX_TITLE });
    }
    const level = r.choice('level', INITIATIVE_LEVELS, ALLOWED.initiativeLevel);
    const kind = r.choice('kind', INITIATIVE_KINDS, ALLOWED.initiativeKind, 'initiative');
    return { line: r.line, subject, year, title, level, kind };
  });
}

export function checkDisciplineRows(table: ParsedTable<DisciplineColumn>): CheckedRows<DisciplineImportRow> {
  return checkEach(table, (r) => {
    const subject = r.subject(false);
    const level = r.choice('level', DISCIPLINE_LEVELS, ALLOWED.disciplineLevel);
    const from = r.date('from', true);
    const to = r.date('to', false);
    r.periodEnd(from, to);
    return { line: r.line, subject, level, from: from!, to };
  });
}

export function checkFreezeRows(table: ParsedTable<FreezeColumn>): CheckedRows<FreezeImportRow> {
  return checkEach(
    table,
    (r) => {
      const subject = r.subject(true);
      const reason = r.required('reason');
      if (reason.length > MAX_TITLE) {
        r.problem('reason', 'tooLong', { max: MAX_TITLE });
      }
      const from = r.date('from', true);
      const to = r.date('to', false);
      r.periodEnd(from, to);
      return { line: r.line, subject, reason, from: from!, to };
    },
    subjectColumnProblems(table),
  );
}
