import { Controller, Get, Render } from '@nestjs/common';
import { Roles } from '../common/access/decorators.js';
import { exportLinks } from '../common/export/export-links.js';
import { pagerFor } from '../common/paging/pager.js';
import { pageDateText } from '../common/validation/page-date.js';
import { QueryOrDefaults } from '../common/views/page-queries.js';
import { PageRequest } from '../common/views/page-request.js';
import { translate } from '../i18n/translate.js';
import { AuditService } from './audit.service.js';
import { readableEntry } from './audit-view.js';
import { ListAuditQuery } from './dto/list-audit.query.js';
import type { Messages } from '../i18n/vi.js';

/** The kinds of record the log names, in the order the page's select offers them. */
const ENTITIES = [
  'staff',
  'appraisals',
  'awards',
  'initiatives',
  'disciplines',
  'freezes',
  'units',
  'issuers',
  'award-types',
  'base-salaries',
  'users',
  'account_policy',
  'decisions',
  'province_settings',
] as const satisfies ReadonlyArray<keyof Messages['auditEntities']>;

/**
 * The audit log as an inspector reads it (admins only): newest first, 50 a page, records named
 * (person, unit, user) instead of ids, fields and values in words; filtered by kind of record,
 * record, user and a range of days.
 */
@Controller('audit')
@Roles('admin')
export class AuditPagesController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Render('pages/audit/list')
  async list(@QueryOrDefaults(ListAuditQuery) filter: ListAuditQuery, @PageRequest() { lang }: PageRequest) {
    // The filter form sends empty boxes as '': an empty field filters nothing.
    const page = await this.audit.list(filter);
    const names = await this.audit.pageNames(page.items);
    const shown = {
      entity: filter.entity ?? '',
      entityId: filter.entityId ?? '',
      actorId: filter.actorId ?? '',
      from: pageDateText(filter.from),
      to: pageDateText(filter.to),
    };
    const actors = await this.audit.actors();
    return {
      title: translate(lang, 'audit.title'),
      ...shown,
      entities: ENTITIES.map((value) => ({ value, label: translate(lang, `auditEntities.${value}`), selected: value === shown.entity })),
      actors: actors.map((actor) => ({ ...actor, selected: actor.id === shown.actorId })),
      items: page.items.map((entry) => readableEntry(entry, names, lang)),
      exportLinks: exportLinks('/audit', shown),
      pager: pagerFor('/audit', shown, page),
    };
  }
}
