import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The media types an attachment may have, judged by its content (src/attachments/media-type.ts keeps the same list). */
export const ATTACHMENT_MEDIA_TYPES_IN_SCHEMA = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'image/png',
  'image/jpeg',
] as const;

const list = (values: readonly string[]): string => values.map((value) => `'${value}'`).join(', ');

/**
 * Campaigns (phong trào thi đua), registrations (đăng ký thi đua) and attachments (issue 10,
 * "Campaigns and registration").
 *
 * - A campaign runs from `starts_on` to `ends_on` and names the year of the titles it leads to (an
 *   annual one that year; a thematic one may span years, and its year is one of them).
 * - A registration is one subject (a person or a unit) × campaign × award; the two unique keys hold
 *   it (NULLs are distinct, so a person's key never meets a unit's).
 * - Attachments hold the bytes in the database, so several instances share them, with their
 *   SHA-256, size and the media type judged from the content. Each has exactly one owner: a campaign
 *   here; a nomination's evidence from `1796153900000-CampaignReferences` (the nominations table is
 *   created at 1796153000000, after this). Deleting one keeps the record (name, size, sha256, who
 *   uploaded and who deleted) and erases the bytes.
 */
export class Campaigns1796152000000 implements MigrationInterface {
  name = 'Campaigns1796152000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE campaigns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(300) NOT NULL CHECK (btrim(name) <> ''),
        kind varchar(20) NOT NULL CHECK (kind IN ('annual', 'thematic')),
        year smallint NOT NULL CHECK (year BETWEEN 1990 AND 2100),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        issuer_id uuid REFERENCES issuers(id),
        -- The document that launched it, as cited ("Kế hoạch số 05/KH-TV ngày 10/01/2026").
        launch_document varchar(500),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT campaigns_period CHECK (ends_on >= starts_on),
        CONSTRAINT campaigns_year_in_period CHECK (year BETWEEN extract(year FROM starts_on) AND extract(year FROM ends_on))
      )`);
    // One name per year, whatever its case: the same campaign entered twice is a 409.
    await q.query(`CREATE UNIQUE INDEX campaigns_year_name_key ON campaigns (year, lower(name))`);
    // The list: newest year first, then by start; the filter by kind reads the same order.
    await q.query(`CREATE INDEX campaigns_list_idx ON campaigns (year DESC, starts_on DESC, id)`);
    await q.query(`CREATE INDEX campaigns_kind_idx ON campaigns (kind, year DESC, starts_on DESC, id)`);
    await q.query(`CREATE INDEX campaigns_issuer_idx ON campaigns (issuer_id) WHERE issuer_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE registrations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        staff_id uuid REFERENCES staff(id),
        unit_id uuid REFERENCES units(id),
        award_type varchar(40) NOT NULL REFERENCES award_types(code),
        registered_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT registrations_subject_check CHECK ((staff_id IS NULL) <> (unit_id IS NULL)),
        CONSTRAINT registrations_staff_key UNIQUE (campaign_id, award_type, staff_id),
        CONSTRAINT registrations_unit_key UNIQUE (campaign_id, award_type, unit_id)
      )`);
    // A campaign's list (oldest first); a subject's registrations (the eligibility criterion, a person's page).
    await q.query(`CREATE INDEX registrations_campaign_idx ON registrations (campaign_id, created_at, id)`);
    await q.query(`CREATE INDEX registrations_staff_idx ON registrations (staff_id, award_type) WHERE staff_id IS NOT NULL`);
    await q.query(`CREATE INDEX registrations_unit_idx ON registrations (unit_id, award_type) WHERE unit_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- The owner, exactly one (a nomination's column is added with its foreign key later).
        campaign_id uuid REFERENCES campaigns(id),
        file_name varchar(255),
        media_type varchar(100) NOT NULL CHECK (media_type IN (${list(ATTACHMENT_MEDIA_TYPES_IN_SCHEMA)})),
        size integer NOT NULL CHECK (size > 0),
        sha256 char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        -- Null once deleted: the record stays, the bytes go.
        content bytea,
        uploaded_by uuid REFERENCES users(id),
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        deleted_by uuid REFERENCES users(id),
        CONSTRAINT attachments_deleted_check CHECK ((deleted_at IS NULL) = (content IS NOT NULL) AND (deleted_at IS NULL) = (deleted_by IS NULL)),
        CONSTRAINT attachments_content_size_check CHECK (content IS NULL OR octet_length(content) = size),
        CONSTRAINT attachments_owner_check CHECK (num_nonnulls(campaign_id) = 1)
      )`);
    await q.query(`
      CREATE INDEX attachments_campaign_idx ON attachments (campaign_id, uploaded_at, id)
        WHERE campaign_id IS NOT NULL AND deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attachments`);
    await q.query(`DROP TABLE registrations`);
    await q.query(`DROP TABLE campaigns`);
  }
}
