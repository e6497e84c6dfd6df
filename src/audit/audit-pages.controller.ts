import { Controller, Get, Render } from '@nestjs/common';
import { Roles } from '../common/access/decorators.js';
import { exportLinks } from '../common/export/export-links.js';
import { pagerFor } from '../common/paging/pager.js';
import { QueryOrDefaults } from '../common/views/page-queries.js';
import { PageRequest } from '../common/views/page-request.js';
import { dynamicKey, translate } from '../i18n/translate.js';
import type { AuditEntry } from './audit-entry.entity.js';
import { AuditService } from './audit.service.js';
import { type AuditChange, auditChanges, formatLocalTime } from './audit-view.js';
import { ListAuditQuery } from './dto/list-audit.query.js';
import { type Locale } from '../kernel/index.js';

/** The audit log, newest first, filtered by record type and id (admins only). */
@Controller('audit')
@Roles('admin')
export class AuditPagesController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Render('pages/audit/list')
  async list(@QueryOrDefaults(ListAuditQuery) filter: ListAuditQuery, @PageRequest() { lang }: PageRequest) {
    // The filter form sends empty boxes as '': an empty entity takes its default (none), an empty id filters nothing.
    const page = await this.audit.list(filter);
    const shown = { entity: filter.entity ?? '', entityId: filter.entityId ?? '' };
    return {
      title: translate(lang, 'audit.title'),
      ...shown,
      items: page.items.map((entry) => toRow(entry, lang)),
      exportLinks: exportLinks('/audit', shown),
      pager: pagerFor('/audit', shown, page),
    };
  }
}

interface AuditRow {
  at: string;
  actorName: string;
  entity: string;
  entityId: string;
  /** A link to the record when it has a page. */
  recordHref: string | null;
  action: string;
  changes: AuditChange[];
}

const RECORD_PAGES: Record<string, (id: string) => string> = {
  staff: (id) => `/staff/${id}`,
  units: (id) => `/units/${id}/edit`,
  issuers: (id) => `/issuers/${id}/edit`,
  users: (id) => `/users/${id}/edit`,
};

function toRow(entry: AuditEntry, lang: Locale): AuditRow {
  // The action is stored text (older entries may name actions since renamed): checked at run time.
  const actionKey = dynamicKey(`auditActions.${entry.action}`);
  return {
    at: formatLocalTime(entry.at),
    actorName: entry.actorName,
    entity: entry.entity,
    entityId: entry.entityId,
    recordHref: RECORD_PAGES[entry.entity]?.(entry.entityId) ?? null,
    action: actionKey ? translate(lang, actionKey) : entry.action,
    changes: auditChanges(entry.before, entry.after),
  };
}
