import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The home page's chart counts the awards of the last five round years, per year and unit: a range
 * on `year` alone, which the award-record indexes (led by the subject or the award type) do not serve.
 */
export class HomeDashboard1796130600000 implements MigrationInterface {
  name = 'HomeDashboard1796130600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX award_records_year_idx ON award_records (year)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX award_records_year_idx`);
  }
}
