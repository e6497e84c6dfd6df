/**
 * The progress of work done after a transaction (src/jobs/): what a decision's page says while its
 * documents are rendered. Vietnamese first; the English beside it must have the same keys.
 */
export const vi = {
  jobs: {
    state: {
      queued: 'Đang chờ xử lý',
      running: 'Đang tạo',
      retrying: 'Chưa tạo được, sẽ thử lại',
      done: 'Đã tạo xong',
      failed: 'Không tạo được',
    },
    attempts: 'Lần thử {attempts}/{maxAttempts}',
    lastError: 'Lỗi lần gần nhất: {error}',
  },
};

export const en: typeof vi = {
  jobs: {
    state: {
      queued: 'Waiting to be processed',
      running: 'Being made',
      retrying: 'Not made yet, will try again',
      done: 'Done',
      failed: 'Could not be made',
    },
    attempts: 'Attempt {attempts} of {maxAttempts}',
    lastError: 'Last error: {error}',
  },
};
