// The job queue as features see it: register a handler per kind, enqueue in a transaction, read an owner's progress.
//
//   constructor(private readonly jobs: JobsService) {}
//   onModuleInit() { this.jobs.register('decision.render', (payload, { signal }) => this.render(payload.decisionId, signal)); }
//   … in the issuing transaction:
//   await this.jobs.enqueue(manager, 'decision.render', { decisionId }, { owner: { kind: 'decision', id: decisionId }, dedupeKey: `decision.render:${decisionId}` });
//   … on the decision's page: await this.jobs.progress({ kind: 'decision', id }) → [{ kind, state, attempts, lastError, … }]
//
// Handlers run after the commit, outside any transaction, and must be idempotent (a job may run again).
export { JobsModule } from './jobs.module.js';
export {
  enqueue,
  enqueueMany,
  JobsService,
  type JobContext,
  type JobHandler,
  type JobKindOptions,
  type JobsOptions,
} from './jobs.service.js';
export {
  jobProgress,
  type EnqueueOptions,
  type JobOwner,
  type JobPayload,
  type JobProgress,
  type JobState,
  type JobToEnqueue,
} from './job-queue.js';
export { jobDisplayState, jobStateKey, type JobDisplayState } from './job-progress-label.js';
