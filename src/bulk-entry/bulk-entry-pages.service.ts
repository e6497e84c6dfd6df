import { Injectable } from '@nestjs/common';
import { CatalogueService } from '../catalogue/index.js';
import type { PageRequest } from '../common/views/page-request.js';
import { BulkEntryService, type GridMemberRow, MAX_GRID_ROWS } from '../history/index.js';
import { translate } from '../i18n/translate.js';
import { unitOptions, UnitsService } from '../units/index.js';
import type { DecisionValues } from './bulk-entry.views.js';
import type { DecisionPageQuery, GridPageQuery } from './dto/bulk-pages.query.js';
import { awardSubjectOf, type Locale, RATINGS, SUBJECT_KINDS } from '../kernel/index.js';

/** The view models of the bulk entry pages: the filter, the tabs and the list of a unit. */
@Injectable()
export class BulkEntryPagesService {
  constructor(
    readonly bulk: BulkEntryService,
    private readonly units: UnitsService,
    private readonly catalogue: CatalogueService,
  ) {}

  /** The page of the same unit, year and subject (what a saved form comes back to). */
  gridAddress(path: string, filter: GridPageQuery): string {
    const params = new URLSearchParams();
    if (filter.unitId) {
      params.set('unitId', filter.unitId);
    }
    params.set('year', String(filter.year));
    params.set('subject', filter.subject);
    if (filter.subUnits) {
      params.set('subUnits', '1');
    }
    return `${path}?${params.toString()}`;
  }

  /** The grid: every member with the rating of the year; `submitted`, when refused, shows the ratings as sent. */
  async appraisalsModel(page: PageRequest, query: GridPageQuery, submitted: ReadonlyMap<string, string> | null) {
    const { lang } = page;
    const base = await this.common(page, query, 'appraisals');
    const grid = query.unitId ? await this.bulk.grid(query.subject, this.gridQuery(query, null), page.user) : null;
    const ratingLabel = (rating: string | null) =>
      rating ? translate(lang, `history.ratings.${rating as (typeof RATINGS)[number]}`) : null;
    const saved = query.saved?.split('-').map(Number);
    return {
      ...base,
      title: translate(lang, 'bulkEntry.appraisalsTitle'),
      flash: saved ? translate(lang, 'bulkEntry.saved', { created: saved[0], updated: saved[1], removed: saved[2] }) : null,
      newRatingHeading: translate(lang, 'bulkEntry.newRating', { year: query.year }),
      fillOptions: RATINGS.map((value) => ({ value, label: ratingLabel(value)!, selected: value === query.fill })),
      alert: null,
      grid: grid && {
        truncated: grid.truncated ? translate(lang, 'bulkEntry.truncated', { max: MAX_GRID_ROWS }) : null,
        count: translate(lang, 'bulkEntry.count', { count: grid.rows.length }),
        rows: grid.rows.map((row) => {
          const chosen = submitted?.get(row.id) ?? row.rating ?? query.fill ?? '';
          return {
            ...this.rowView(row, lang),
            current: ratingLabel(row.rating),
            options: [
              { value: '', label: translate(lang, 'bulkEntry.noRating'), selected: chosen === '' },
              ...RATINGS.map((value) => ({ value, label: ratingLabel(value)!, selected: chosen === value })),
            ],
          };
        }),
      },
    };
  }

  /** The decision form: the list with a box per member (ticked as sent, or all with `all=1`), who already has the award marked. */
  async awardsModel(page: PageRequest, query: DecisionPageQuery, values: DecisionValues | null) {
    const { lang } = page;
    const base = await this.common(page, query, 'awards');
    const awardTypes = (await this.catalogue.list())
      .filter((type) => !type.retired && type.subjects.includes(awardSubjectOf(query.subject)))
      .map((type) => ({ code: type.code, name: type.name, selected: type.code === query.awardType }));
    const awardType = awardTypes.some((type) => type.selected) ? query.awardType! : null;
    const grid = query.unitId ? await this.bulk.grid(query.subject, this.gridQuery(query, awardType), page.user) : null;
    const address = this.gridAddress('/bulk/awards', query) + (awardType ? `&awardType=${encodeURIComponent(awardType)}` : '');
    return {
      ...base,
      title: translate(lang, 'bulkEntry.awardsTitle'),
      flash:
        query.recorded !== undefined ? translate(lang, 'bulkEntry.recorded', { count: query.recorded, number: query.number ?? '' }) : null,
      awardTypes,
      awardType,
      selectAllHref: `${address}&all=1#people`,
      selectNoneHref: `${address}#people`,
      values: {
        decisionNumber: values?.decisionNumber ?? '',
        decisionDate: values?.decisionDate ?? '',
        issuerName: values?.issuerName ?? '',
      },
      alert: null,
      grid: grid && {
        truncated: grid.truncated ? translate(lang, 'bulkEntry.truncated', { max: MAX_GRID_ROWS }) : null,
        count: translate(lang, 'bulkEntry.count', { count: grid.rows.length }),
        rows: grid.rows.map((row) => ({
          ...this.rowView(row, lang),
          selectLabel: translate(lang, 'bulkEntry.select', { name: row.name }),
          checked: !row.hasAward && (values ? values.ids.has(row.id) : query.all === '1'),
          hasAward: row.hasAward,
        })),
      },
    };
  }

  private gridQuery(query: GridPageQuery, awardType: string | null) {
    return { unitId: query.unitId!, withSubUnits: query.subUnits === '1', year: query.year, awardType };
  }

  private rowView(row: GridMemberRow, lang: Locale) {
    return {
      id: row.id,
      code: row.code,
      name: row.name,
      unitName: row.unitName,
      treeClass: `tree-${Math.min(row.depth, 4)}`,
      ratingFor: translate(lang, 'bulkEntry.ratingFor', { name: row.name }),
    };
  }

  /** The filter and the tabs both pages share. */
  private async common(page: PageRequest, query: GridPageQuery, current: 'appraisals' | 'awards') {
    const { lang, user } = page;
    return {
      tabs: (['appraisals', 'awards'] as const).map((tab) => ({
        href: this.gridAddress(`/bulk/${tab}`, query),
        label: translate(lang, tab === 'appraisals' ? 'bulkEntry.appraisalsTitle' : 'bulkEntry.awardsTitle'),
        current: tab === current,
      })),
      filter: {
        unitId: query.unitId ?? '',
        year: String(query.year),
        subject: query.subject,
        subUnits: query.subUnits === '1',
        isUnit: query.subject === 'unit',
      },
      unitOptions: unitOptions(await this.units.list(user)),
      subjects: SUBJECT_KINDS.map((value) => ({
        value,
        label: translate(lang, `bulkEntry.subjects.${value}`),
        selected: value === query.subject,
      })),
    };
  }
}
