import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What campaigns and attachments say of nominations, which exist from `1796153000000-Nominations`:
 * migrations run in timestamp order, and the campaigns' own range (1796152…) comes before it, so
 * these keys wait for this one.
 *
 * - `nominations.campaign_id` references a campaign (it had no key until campaigns existed).
 * - A nomination's evidence files are attachments owned by it: the owner column, its key and the
 *   index of its list, and the owner check widened to "exactly one of the two".
 */
export class CampaignReferences1796153900000 implements MigrationInterface {
  name = 'CampaignReferences1796153900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE nominations ADD CONSTRAINT nominations_campaign_fkey FOREIGN KEY (campaign_id) REFERENCES campaigns(id)`);
    await q.query(`ALTER TABLE attachments ADD COLUMN nomination_id uuid REFERENCES nominations(id)`);
    await q.query(`ALTER TABLE attachments DROP CONSTRAINT attachments_owner_check`);
    await q.query(`ALTER TABLE attachments ADD CONSTRAINT attachments_owner_check CHECK (num_nonnulls(campaign_id, nomination_id) = 1)`);
    await q.query(`
      CREATE INDEX attachments_nomination_idx ON attachments (nomination_id, uploaded_at, id)
        WHERE nomination_id IS NOT NULL AND deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM attachments WHERE nomination_id IS NOT NULL`);
    await q.query(`DROP INDEX attachments_nomination_idx`);
    await q.query(`ALTER TABLE attachments DROP CONSTRAINT attachments_owner_check`);
    await q.query(`ALTER TABLE attachments DROP COLUMN nomination_id`);
    await q.query(`ALTER TABLE attachments ADD CONSTRAINT attachments_owner_check CHECK (num_nonnulls(campaign_id) = 1)`);
    await q.query(`ALTER TABLE nominations DROP CONSTRAINT nominations_campaign_fkey`);
  }
}
