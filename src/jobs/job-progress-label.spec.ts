import { translate } from '../i18n/translate.js';
import { jobDisplayState, jobStateKey } from './job-progress-label.js';

describe('how a page words a job’s progress', () => {
  it('shows a queued job that already failed a try as retrying, not as waiting', () => {
    expect(jobDisplayState({ state: 'queued', attempts: 0 })).toBe('queued');
    expect(jobDisplayState({ state: 'queued', attempts: 2 })).toBe('retrying');
    expect(jobDisplayState({ state: 'running', attempts: 1 })).toBe('running');
    expect(jobDisplayState({ state: 'failed', attempts: 5 })).toBe('failed');
  });

  it('has words for every state in Vietnamese and English', () => {
    expect(translate('vi', jobStateKey({ state: 'queued', attempts: 1 }))).toBe('Chưa tạo được, sẽ thử lại');
    expect(translate('en', jobStateKey({ state: 'done', attempts: 1 }))).toBe('Done');
    expect(translate('vi', 'jobs.attempts', { attempts: 2, maxAttempts: 5 })).toBe('Lần thử 2/5');
  });
});
