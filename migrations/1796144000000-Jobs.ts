import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A job queue kept in PostgreSQL (src/jobs/): work done after a transaction commits, such as
 * rendering an issued decision's documents. A worker in each process claims a queued job with
 * `FOR UPDATE SKIP LOCKED`, runs it outside any transaction, then marks it done, queued again for a
 * retry (later `run_after`), or failed. A running job holds a lease (`locked_until`): when its
 * process dies, another worker takes it again once the lease has passed.
 */
export class Jobs1796144000000 implements MigrationInterface {
  name = 'Jobs1796144000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind varchar(60) NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        state varchar(8) NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        max_attempts integer NOT NULL DEFAULT 5 CHECK (max_attempts > 0),
        run_after timestamptz NOT NULL DEFAULT now(),
        -- The worker running it and until when its claim holds.
        locked_by varchar(100),
        locked_until timestamptz,
        last_error text,
        -- At most one queued job per key: enqueuing the same work twice before it starts is one job.
        dedupe_key varchar(300),
        -- What the job is about (a decision), for the progress the owner's page shows.
        owner_kind varchar(40),
        owner_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        CONSTRAINT jobs_owner_check CHECK ((owner_kind IS NULL) = (owner_id IS NULL)),
        CONSTRAINT jobs_running_check CHECK ((state = 'running') = (locked_until IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX jobs_dedupe_key ON jobs (dedupe_key) WHERE state = 'queued'`);
    await q.query(`CREATE INDEX jobs_claim_idx ON jobs (run_after) WHERE state = 'queued'`);
    await q.query(`CREATE INDEX jobs_lease_idx ON jobs (locked_until) WHERE state = 'running'`);
    await q.query(`CREATE INDEX jobs_owner_idx ON jobs (owner_kind, owner_id, kind, created_at DESC)`);
    await q.query(`CREATE INDEX jobs_finished_idx ON jobs (finished_at) WHERE state IN ('done', 'failed')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE jobs`);
  }
}
