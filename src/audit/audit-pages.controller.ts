import { Controller, Get, Query, Render, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Roles } from '../common/access/decorators.js';
import { pagerFor } from '../common/paging/pager.js';
import { parseForm } from '../common/views/form.js';
import { withoutEmpty } from '../common/views/form-submission.js';
import { localeFor } from '../common/views/page-context.js';
import { hasTranslation, translate } from '../i18n/translate.js';
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
  async list(@Query() query: Record<string, unknown>, @Req() request: FastifyRequest) {
    const lang = localeFor(request);
    // The filter form sends empty boxes as ''; the query wants them absent.
    const parsed = await parseForm(ListAuditQuery, withoutEmpty(query, ['entity', 'entityId']), lang);
    const filter = parsed.ok ? parsed.value : new ListAuditQuery();
    const page = await this.audit.list(filter);
    const entity = filter.entity ?? '';
    const entityId = filter.entityId ?? '';
    return {
      title: translate(lang, 'audit.title'),
      entity,
      entityId,
      items: page.items.map((entry) => toRow(entry, lang)),
      pager: pagerFor('/audit', { entity, entityId }, page),
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
  const actionKey = `auditActions.${entry.action}`;
  return {
    at: formatLocalTime(entry.at),
    actorName: entry.actorName,
    entity: entry.entity,
    entityId: entry.entityId,
    recordHref: RECORD_PAGES[entry.entity]?.(entry.entityId) ?? null,
    action: hasTranslation(lang, actionKey) ? translate(lang, actionKey) : entry.action,
    changes: auditChanges(entry.before, entry.after),
  };
}
