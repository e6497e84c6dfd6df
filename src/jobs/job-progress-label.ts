import type { MessageKey } from '../i18n/message-key.js';
import type { JobProgress } from './job-queue.js';

/** What a page says of a job: `retrying` is a queued job that already failed a try. */
export type JobDisplayState = 'queued' | 'running' | 'retrying' | 'done' | 'failed';

export const jobDisplayState = (job: Pick<JobProgress, 'state' | 'attempts'>): JobDisplayState =>
  job.state === 'queued' && job.attempts > 0 ? 'retrying' : job.state;

/** The catalogue key of a job's state (jobs.state.*), for `{{t key}}` on the owner's page. */
export const jobStateKey = (job: Pick<JobProgress, 'state' | 'attempts'>): MessageKey => `jobs.state.${jobDisplayState(job)}`;
