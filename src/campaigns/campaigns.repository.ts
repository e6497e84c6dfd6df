import type { EntityManager } from 'typeorm';
import { execute, one, row, rows, sql } from '../database/sql.js';
import type { CampaignKind, CampaignView } from './campaign.types.js';

/** A campaign's own columns, as written. */
export interface CampaignFields {
  name: string;
  kind: CampaignKind;
  year: number;
  startsOn: string;
  endsOn: string;
  issuerId: string | null;
  launchDocument: string | null;
}

const COLUMNS = sql`
  c.id, c.name, c.kind, c.year::int AS year, to_char(c.starts_on, 'YYYY-MM-DD') AS "startsOn",
  to_char(c.ends_on, 'YYYY-MM-DD') AS "endsOn", c.issuer_id AS "issuerId", i.name AS "issuerName",
  c.launch_document AS "launchDocument",
  (SELECT count(*)::int FROM registrations r WHERE r.campaign_id = c.id) AS "registrationCount",
  (SELECT count(*)::int FROM attachments a WHERE a.campaign_id = c.id AND a.deleted_at IS NULL) AS "fileCount",
  c.created_at AS "createdAt", c.updated_at AS "updatedAt"`;
const FROM = sql`campaigns c LEFT JOIN issuers i ON i.id = c.issuer_id`;

const iso = (value: unknown): string => new Date(value as string).toISOString();
const toView = (found: CampaignView): CampaignView => ({ ...found, createdAt: iso(found.createdAt), updatedAt: iso(found.updatedAt) });

export async function campaignById(manager: EntityManager, id: string): Promise<CampaignView | undefined> {
  const found = await row<CampaignView>(manager, sql`SELECT ${COLUMNS} FROM ${FROM} WHERE c.id = ${id}::uuid`);
  return found && toView(found);
}

/** The campaign's row locked, before a change or before a file is added to it (the files' limits are counted under it). */
export async function lockCampaign(manager: EntityManager, id: string): Promise<CampaignView | undefined> {
  const locked = await row<{ id: string }>(manager, sql`SELECT id FROM campaigns WHERE id = ${id}::uuid FOR UPDATE`);
  return locked && campaignById(manager, id);
}

/** A campaign of the same name (any case) in the year, other than `exceptId`. */
export async function sameNameInYear(manager: EntityManager, name: string, year: number, exceptId: string | null): Promise<boolean> {
  const found = await row<{ id: string }>(
    manager,
    sql`SELECT id FROM campaigns WHERE year = ${year}::int AND lower(name) = lower(${name})
          AND (${exceptId}::uuid IS NULL OR id <> ${exceptId}::uuid)`,
  );
  return found !== undefined;
}

export async function issuerExists(manager: EntityManager, id: string): Promise<boolean> {
  return (await row<{ id: string }>(manager, sql`SELECT id FROM issuers WHERE id = ${id}::uuid`)) !== undefined;
}

export async function insertCampaign(manager: EntityManager, fields: CampaignFields, createdBy: string): Promise<string> {
  const inserted = await one<{ id: string }>(
    manager,
    sql`INSERT INTO campaigns (name, kind, year, starts_on, ends_on, issuer_id, launch_document, created_by)
        VALUES (${fields.name}, ${fields.kind}, ${fields.year}::int, ${fields.startsOn}::date, ${fields.endsOn}::date,
                ${fields.issuerId}::uuid, ${fields.launchDocument}, ${createdBy}::uuid)
        RETURNING id`,
  );
  return inserted.id;
}

export async function updateCampaign(manager: EntityManager, id: string, fields: CampaignFields): Promise<void> {
  await execute(
    manager,
    sql`UPDATE campaigns SET name = ${fields.name}, kind = ${fields.kind}, year = ${fields.year}::int,
               starts_on = ${fields.startsOn}::date, ends_on = ${fields.endsOn}::date, issuer_id = ${fields.issuerId}::uuid,
               launch_document = ${fields.launchDocument}, updated_at = now()
         WHERE id = ${id}::uuid`,
  );
}

export interface CampaignFilter {
  year: number | null;
  kind: CampaignKind | null;
}

/** A page of campaigns, newest year first (campaigns_list_idx, or campaigns_kind_idx with a kind). */
export async function campaignPage(
  manager: EntityManager,
  filter: CampaignFilter,
  page: { limit: number; offset: number },
): Promise<{ items: CampaignView[]; total: number }> {
  const where = sql`(${filter.year}::int IS NULL OR c.year = ${filter.year}::int) AND (${filter.kind}::text IS NULL OR c.kind = ${filter.kind}::text)`;
  const items = await rows<CampaignView>(
    manager,
    sql`SELECT ${COLUMNS} FROM ${FROM} WHERE ${where} ORDER BY c.year DESC, c.starts_on DESC, c.id LIMIT ${page.limit}::int OFFSET ${page.offset}::int`,
  );
  const { total } = await one<{ total: number }>(manager, sql`SELECT count(*)::int AS total FROM campaigns c WHERE ${where}`);
  return { items: items.map(toView), total };
}

/** Every campaign, newest first, for the choices of a form (a few per year). */
export async function campaignChoices(manager: EntityManager): Promise<Array<{ id: string; name: string; year: number }>> {
  return rows(manager, sql`SELECT id, name, year::int AS year FROM campaigns ORDER BY year DESC, starts_on DESC, id LIMIT 500`);
}
