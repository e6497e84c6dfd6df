import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService, type ListAuditQuery, readableEntry } from '../audit/index.js';
import { type AwardTypeView, CatalogueService } from '../catalogue/index.js';
import { type ListColumn, type ListSheet, listDateText, type ListValue, MAX_EXPORT_ROWS } from '../common/export/list-sheet.js';
import { pageDateText } from '../common/validation/page-date.js';
import { type CandidateView, EligibilityService, type ListCandidatesQuery, reasonText } from '../eligibility/index.js';
import { type AwardRecordView, HistoryService } from '../history/index.js';
import { dynamicKey, type MessageKey, translate } from '../i18n/translate.js';
import { DEFAULT_PROVINCE_RULES } from '../law/index.js';
import { baseSalaryOn } from '../law/money/base-salary.js';
import { rewardAmount } from '../law/money/reward-amount.js';
import { type RewardAmountView, RewardsService } from '../rewards/index.js';
import { type ListStaffQuery, StaffService } from '../staff/index.js';
import { UnitsService } from '../units/index.js';
import { organisationName } from './exports.repository.js';
import { type AuthUser, type AwardSubject, type Locale } from '../kernel/index.js';

/** A list ready to write (XLSX) or print, and the name its file takes (without extension). */
export interface ExportedList {
  sheet: ListSheet;
  fileName: string;
}

/** Above this a text cell would be refused by Excel (32,767 characters); the audit's changes are cut there. */
const MAX_CELL_TEXT = 32_000;

const column = (lang: Locale, key: keyof typeof COLUMN_KEYS, kind: ListColumn['kind'], width: number): ListColumn => ({
  header: translate(lang, COLUMN_KEYS[key]),
  kind,
  width,
});

const COLUMN_KEYS = {
  no: 'exports.columns.no',
  code: 'exports.columns.code',
  staffCode: 'exports.columns.staffCode',
  fullName: 'exports.columns.fullName',
  name: 'exports.columns.name',
  gender: 'exports.columns.gender',
  dateOfBirth: 'exports.columns.dateOfBirth',
  unit: 'exports.columns.unit',
  position: 'exports.columns.position',
  startedOn: 'exports.columns.startedOn',
  status: 'exports.columns.status',
  leftOn: 'exports.columns.leftOn',
  result: 'exports.columns.result',
  missing: 'exports.columns.missing',
  legalBasis: 'exports.columns.legalBasis',
  money: 'exports.columns.money',
  at: 'exports.columns.at',
  actor: 'exports.columns.actor',
  entity: 'exports.columns.entity',
  entityId: 'exports.columns.entityId',
  record: 'exports.columns.record',
  action: 'exports.columns.action',
  changes: 'exports.columns.changes',
  kind: 'exports.columns.kind',
  year: 'exports.columns.year',
  content: 'exports.columns.content',
  decisionNumber: 'exports.columns.decisionNumber',
  decisionDate: 'exports.columns.decisionDate',
  issuer: 'exports.columns.issuer',
  from: 'exports.columns.from',
  to: 'exports.columns.to',
  note: 'exports.columns.note',
} as const satisfies Record<string, MessageKey>;

/** Today in Vietnam (UTC+7), as YYYY-MM-DD. */
const todayInVietnam = (): string => new Date(Date.now() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);

/**
 * Every list of the service as a sheet (issue 8): the same query, authorisation and scope as the
 * list it exports (each reads through that list's own service), all its rows up to
 * {@link MAX_EXPORT_ROWS} in one read (never a query per row), with a heading naming the body, the
 * list, the filter in words and the date.
 */
@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly staff: StaffService,
    private readonly eligibility: EligibilityService,
    private readonly audit: AuditService,
    private readonly history: HistoryService,
    private readonly rewards: RewardsService,
    private readonly catalogue: CatalogueService,
    private readonly units: UnitsService,
  ) {}

  async staffList(query: ListStaffQuery, user: AuthUser, lang: Locale, limit = MAX_EXPORT_ROWS): Promise<ExportedList> {
    const page = await this.staff.list({ ...query, page: 1, pageSize: limit }, user);
    const filter: string[] = [];
    if (query.q) {
      filter.push(translate(lang, 'exports.staff.search', { q: query.q }));
    }
    if (query.unitId) {
      filter.push(translate(lang, 'exports.staff.unit', { unit: await this.unitName(query.unitId, user) }));
    }
    if (query.status) {
      filter.push(translate(lang, 'exports.staff.status', { status: translate(lang, `staffStatus.${query.status}`) }));
    }
    const title = translate(lang, 'exports.staff.title');
    const columns = [
      column(lang, 'no', 'number', 6),
      column(lang, 'staffCode', 'text', 14),
      column(lang, 'fullName', 'text', 28),
      column(lang, 'gender', 'text', 9),
      column(lang, 'dateOfBirth', 'date', 12),
      column(lang, 'unit', 'text', 32),
      column(lang, 'position', 'text', 22),
      column(lang, 'startedOn', 'date', 13),
      column(lang, 'status', 'text', 14),
      column(lang, 'leftOn', 'date', 12),
    ];
    const rows = page.items.map((s, index): ListValue[] => [
      index + 1,
      s.code,
      s.fullName,
      translate(lang, `gender.${s.gender}`),
      s.dateOfBirth,
      s.unitName,
      s.position,
      s.startedOn,
      translate(lang, `staffStatus.${s.status}`),
      s.leftOn,
    ]);
    return this.list(lang, { title, sheetName: translate(lang, 'exports.staff.sheet'), filter, columns, rows, total: page.total });
  }

  async candidates(query: ListCandidatesQuery, user: AuthUser, lang: Locale, limit = MAX_EXPORT_ROWS): Promise<ExportedList> {
    const page = await this.eligibility.candidates({ ...query, page: 1, pageSize: limit }, user);
    const award = translate(lang, `law.awards.${page.awardType}`);
    const isStaff = page.subject === 'individual';
    const money = await this.moneyOf(page.awardType, page.subject, user);
    const filter = [translate(lang, 'exports.candidates.award', { award, year: page.year })];
    if (query.unitId) {
      filter.push(translate(lang, 'exports.candidates.unit', { unit: await this.unitName(query.unitId, user) }));
    }
    if (query.filter && query.filter !== 'all') {
      filter.push(translate(lang, 'exports.candidates.shown', { filter: translate(lang, `eligibility.filters.${query.filter}`) }));
    }
    if (query.asOf) {
      filter.push(translate(lang, 'exports.candidates.asOf', { date: listDateText(query.asOf) }));
    }
    filter.push(
      money
        ? translate(lang, 'exports.candidates.money', {
            coefficient: new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(money.coefficient),
            base: new Intl.NumberFormat('vi-VN').format(money.baseSalary),
            basis: money.legalBasis.baseSalary,
          })
        : translate(lang, 'exports.candidates.noMoney'),
    );
    const columns = [
      column(lang, 'no', 'number', 6),
      column(lang, 'code', 'text', 14),
      column(lang, isStaff ? 'fullName' : 'name', 'text', 30),
      ...(isStaff ? [column(lang, 'unit', 'text', 28)] : []),
      column(lang, 'result', 'text', 18),
      column(lang, 'missing', 'text', 60),
      column(lang, 'legalBasis', 'text', 30),
      ...(money ? [column(lang, 'money', 'money', 16)] : []),
    ];
    const rows = page.items.map((item, index): ListValue[] => [
      index + 1,
      item.code,
      item.name,
      ...(isStaff ? [item.unitName] : []),
      translate(lang, `eligibility.status.${item.status}`),
      ...openCriteria(item, lang),
      ...(money ? [item.eligible ? money.amount : null] : []),
    ]);
    return this.list(lang, {
      title: translate(lang, 'exports.candidates.title', { award, year: page.year }),
      sheetName: translate(lang, 'exports.candidates.sheet'),
      filter,
      columns,
      rows,
      total: page.total,
      fixedFilter: true,
    });
  }

  async auditLog(query: ListAuditQuery, lang: Locale, limit = MAX_EXPORT_ROWS): Promise<ExportedList> {
    const page = await this.audit.list({ ...query, page: 1, pageSize: limit });
    // Named as the page names them (one query per kind of record, whatever the number of rows).
    const names = await this.audit.pageNames(page.items);
    const entries = page.items.map((entry) => readableEntry(entry, names, lang));
    const filter: string[] = [];
    if (query.entity) {
      const entityKey = dynamicKey(`auditEntities.${query.entity}`);
      filter.push(translate(lang, 'exports.audit.entity', { entity: entityKey ? translate(lang, entityKey) : query.entity }));
    }
    if (query.entityId) {
      filter.push(translate(lang, 'exports.audit.entityId', { id: entries[0]?.recordName ?? query.entityId }));
    }
    if (query.actorId) {
      const actor = (await this.audit.actors()).find((a) => a.id === query.actorId);
      filter.push(translate(lang, 'exports.audit.actor', { name: actor?.label ?? query.actorId }));
    }
    if (query.from || query.to) {
      filter.push(translate(lang, 'exports.audit.days', { from: pageDateText(query.from) || '…', to: pageDateText(query.to) || '…' }));
    }
    const columns = [
      column(lang, 'at', 'datetime', 17),
      column(lang, 'actor', 'text', 24),
      column(lang, 'entity', 'text', 18),
      column(lang, 'record', 'text', 36),
      column(lang, 'action', 'text', 20),
      column(lang, 'changes', 'text', 80),
    ];
    const rows = page.items.map((entry, index): ListValue[] => {
      const shown = entries[index];
      const changes = shown.changes.map((change) => `${change.label}: ${change.before ?? '—'} → ${change.after ?? '—'}`).join('; ');
      return [entry.at, shown.actorName, shown.entityLabel, shown.recordName, shown.action, changes.slice(0, MAX_CELL_TEXT)];
    });
    return this.list(lang, {
      title: translate(lang, 'exports.audit.title'),
      sheetName: translate(lang, 'exports.audit.sheet'),
      filter,
      columns,
      rows,
      total: page.total,
    });
  }

  async staffHistory(id: string, user: AuthUser, lang: Locale): Promise<ExportedList> {
    const history = await this.history.forStaff(id, user);
    const { staff } = history;
    const pricing = await this.pricing();
    const rows: HistoryRow[] = [
      ...history.titles.map((award) => awardRow(award, 'title', 'individual', pricing, lang)),
      ...history.commendations.map((award) => awardRow(award, 'commendation', 'individual', pricing, lang)),
      ...history.appraisals.map((a) => plainRow('appraisal', a.year, translate(lang, `history.ratings.${a.rating}`), lang)),
      ...history.initiatives.map((i) =>
        plainRow('initiative', i.year, `${i.title} (${translate(lang, `history.initiativeLevels.${i.level}`)})`, lang),
      ),
      ...history.disciplines.map((d) => ({
        ...plainRow('discipline', Number(d.from.slice(0, 4)), translate(lang, `history.disciplineLevels.${d.level}`), lang),
        from: d.from,
        to: d.to,
      })),
      ...history.freezes.map((f) => freezeRow(f, lang)),
    ];
    return this.historyList(lang, {
      title: translate(lang, 'exports.history.staffTitle', { name: staff.fullName, code: staff.code }),
      filter: [translate(lang, 'exports.history.staffFilter', { name: staff.fullName, code: staff.code, unit: staff.unitName })],
      rows,
    });
  }

  async unitHistory(id: string, user: AuthUser, lang: Locale): Promise<ExportedList> {
    const history = await this.history.forUnit(id, user);
    const { unit } = history;
    const pricing = await this.pricing();
    const rows: HistoryRow[] = [
      ...history.titles.map((award) => awardRow(award, 'title', 'collective', pricing, lang)),
      ...history.commendations.map((award) => awardRow(award, 'commendation', 'collective', pricing, lang)),
      ...history.appraisals.map((a) => plainRow('appraisal', a.year, translate(lang, `history.ratings.${a.rating}`), lang)),
      ...history.freezes.map((f) => freezeRow(f, lang)),
    ];
    return this.historyList(lang, {
      title: translate(lang, 'exports.history.unitTitle', { name: unit.name, code: unit.code }),
      filter: [translate(lang, 'exports.history.unitFilter', { name: unit.name, code: unit.code })],
      rows,
    });
  }

  private historyList(lang: Locale, list: { title: string; filter: string[]; rows: HistoryRow[] }): Promise<ExportedList> {
    const columns = [
      column(lang, 'no', 'number', 6),
      column(lang, 'kind', 'text', 22),
      column(lang, 'year', 'number', 7),
      column(lang, 'content', 'text', 40),
      column(lang, 'decisionNumber', 'text', 16),
      column(lang, 'decisionDate', 'date', 13),
      column(lang, 'issuer', 'text', 30),
      column(lang, 'from', 'date', 12),
      column(lang, 'to', 'date', 12),
      column(lang, 'money', 'money', 15),
      column(lang, 'note', 'text', 28),
    ];
    const rows = list.rows.map((row, index): ListValue[] => [
      index + 1,
      row.kind,
      row.year,
      row.content,
      row.decisionNumber,
      row.decisionDate,
      row.issuer,
      row.from,
      row.to,
      row.money,
      row.note,
    ]);
    return this.list(lang, {
      title: list.title,
      sheetName: translate(lang, 'exports.history.sheet'),
      filter: list.filter,
      columns,
      rows,
      total: rows.length,
      fixedFilter: true,
    });
  }

  private async list(
    lang: Locale,
    list: {
      title: string;
      sheetName: string;
      filter: string[];
      columns: ListColumn[];
      rows: ListValue[][];
      total: number;
      fixedFilter?: boolean;
    },
  ): Promise<ExportedList> {
    const organisation = (await organisationName(this.dataSource.manager)) ?? translate(lang, 'exports.organisationUnknown');
    const today = todayInVietnam();
    const cut = list.total > list.rows.length;
    return {
      sheet: {
        organisation,
        title: list.title,
        filter:
          list.filter.length === 0
            ? translate(lang, 'exports.noFilter')
            : list.fixedFilter
              ? list.filter.join('; ')
              : translate(lang, 'exports.filter', { filter: list.filter.join('; ') }),
        dateLine: translate(lang, 'exports.exportedOn', { date: listDateText(today) }),
        note: cut ? translate(lang, 'exports.cut', { shown: number(list.rows.length), total: number(list.total) }) : null,
        sheetName: list.sheetName,
        columns: list.columns,
        rows: list.rows,
      },
      fileName: `${list.title} ${today}`,
    };
  }

  /** The unit a filter names, as its name; one outside the user's units is refused as the list would refuse it. */
  private async unitName(id: string, user: AuthUser): Promise<string> {
    return (await this.units.get(id, user)).name;
  }

  /** The money the award carries today for the subject; null when it carries none or no base salary applies. */
  private async moneyOf(awardType: string, subject: AwardSubject, user: AuthUser): Promise<RewardAmountView | null> {
    try {
      return await this.rewards.amount({ awardType, subject, date: todayInVietnam() }, user);
    } catch {
      return null;
    }
  }

  /** What prices a history's awards: the catalogue's coefficients and the base-salary table, read once. */
  private async pricing(): Promise<Pricing> {
    const types = new Map((await this.catalogue.list()).map((type) => [type.code, type]));
    return { types, baseSalaries: await this.rewards.listBaseSalaries() };
  }
}

interface Pricing {
  types: Map<string, AwardTypeView>;
  baseSalaries: Awaited<ReturnType<RewardsService['listBaseSalaries']>>;
}

interface HistoryRow {
  kind: string;
  year: number;
  content: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  issuer: string | null;
  from: string | null;
  to: string | null;
  money: number | null;
  note: string | null;
}

type HistoryKind = 'title' | 'commendation' | 'appraisal' | 'initiative' | 'discipline' | 'freeze';

const plainRow = (kind: HistoryKind, year: number, content: string, lang: Locale): HistoryRow => ({
  kind: translate(lang, `exports.history.${kind}`),
  year,
  content,
  decisionNumber: null,
  decisionDate: null,
  issuer: null,
  from: null,
  to: null,
  money: null,
  note: null,
});

function freezeRow(freeze: { reason: string; from: string; to: string | null; active: boolean }, lang: Locale): HistoryRow {
  return {
    ...plainRow('freeze', Number(freeze.from.slice(0, 4)), freeze.reason, lang),
    from: freeze.from,
    to: freeze.to,
    note: freeze.active ? translate(lang, 'exports.history.active') : null,
  };
}

/** An award record with the money it carried: coefficient × the base salary on its decision date (ND 152/2025 Art. 49). */
function awardRow(
  award: AwardRecordView,
  kind: 'title' | 'commendation',
  subject: AwardSubject,
  pricing: Pricing,
  lang: Locale,
): HistoryRow {
  const notes = [translate(lang, `history.sources.${award.source}`)];
  if (award.revoked) {
    notes.push(
      award.revokedReason
        ? `${translate(lang, 'exports.history.revoked')}: ${award.revokedReason}`
        : translate(lang, 'exports.history.revoked'),
    );
  }
  return {
    ...plainRow(kind, award.year, award.awardName, lang),
    decisionNumber: award.decisionNumber,
    decisionDate: award.decisionDate,
    issuer: award.issuerName,
    money: award.revoked ? null : moneyOn(pricing, award.awardType, subject, award.decisionDate),
    note: notes.join('; '),
  };
}

function moneyOn(pricing: Pricing, awardType: string, subject: AwardSubject, date: string | null): number | null {
  const coefficient = pricing.types.get(awardType)?.coefficients[subject];
  if (coefficient === undefined || date === null) {
    return null;
  }
  try {
    return rewardAmount(coefficient, baseSalaryOn(pricing.baseSalaries, date).amount, DEFAULT_PROVINCE_RULES.moneyRounding.value);
  } catch {
    // Before the first base salary of the table: the money is not known here.
    return null;
  }
}

/** The criteria still open (not met, or waiting for a confirmation), worded, and their legal bases. */
function openCriteria(item: CandidateView, lang: Locale): [string, string] {
  const open = item.criteria.filter((criterion) => criterion.met !== true);
  return [
    open.map((criterion) => reasonText(criterion.reason, lang)).join('; '),
    [...new Set(open.map((criterion) => criterion.legalBasis))].join('; '),
  ];
}

const number = (value: number): string => new Intl.NumberFormat('vi-VN').format(value);
