import { AsyncLocalStorage } from 'node:async_hooks';

interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Called from the first request hook; later code in the same request reads the id. */
export function enterRequestContext(requestId: string): void {
  storage.enterWith({ requestId });
}

export function currentRequestId(): string | null {
  return storage.getStore()?.requestId ?? null;
}
