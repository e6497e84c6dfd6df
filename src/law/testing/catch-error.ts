/** The error thrown by `action`, so a spec can assert its fields (code, date…) with `toMatchObject`. */
export function catchError(action: () => unknown): unknown {
  try {
    action();
  } catch (error: unknown) {
    return error;
  }
  throw new Error('Expected the action to throw');
}
