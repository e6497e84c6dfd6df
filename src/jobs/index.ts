// The job queue as features see it: register a handler per kind, enqueue in a transaction, read an owner's progress.
export { JobsModule } from './jobs.module.js';
export { enqueue, JobsService, type JobContext, type JobHandler, type JobKindOptions, type JobsOptions } from './jobs.service.js';
export { jobProgress, type EnqueueOptions, type JobOwner, type JobPayload, type JobProgress, type JobState } from './job-queue.js';
