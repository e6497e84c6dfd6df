import { COMMON_ERRORS } from './common.errors.js';

/** The statuses an error code may answer with. */
export type HttpStatus = 400 | 401 | 403 | 404 | 408 | 409 | 410 | 413 | 414 | 415 | 422 | 429 | 431 | 500 | 503;

/** A feature's codes and their statuses, as each `<feature>.errors.ts` declares them. */
export type ErrorStatuses = Readonly<Record<string, HttpStatus>>;

/** Any registered code: the plumbing cannot name the features' codes (see `src/app.errors.ts`). */
export type ErrorCode = string;

/*
 * Why a registry and not dependency injection: the plumbing may not import the features, so the
 * union of every feature's codes is assembled in `src/app.errors.ts` and handed over once, when the
 * application module is built. The exception filter is not the only reader: the page helpers
 * (`submitForm`, `domainFieldErrors`) are plain functions with no injector that also need a code's
 * status. The map is constant for the life of the process, so one registration serves both.
 * The plumbing's own codes are registered from the start (unit specs need no application).
 */
const registered: Record<string, HttpStatus> = { ...COMMON_ERRORS };

/**
 * Adds the maps to the registry. A code declared by two maps, or registered again with another
 * status, is a programming error: it stops the start.
 */
export function registerErrorStatuses(...maps: ErrorStatuses[]): void {
  const declaredBy = new Map<string, number>();
  maps.forEach((map, index) => {
    for (const [code, status] of Object.entries(map)) {
      if (declaredBy.has(code) && declaredBy.get(code) !== index) {
        throw new Error(`Error code ${code} is declared twice`);
      }
      declaredBy.set(code, index);
      if (code in registered && registered[code] !== status) {
        throw new Error(`Error code ${code} is already registered with status ${registered[code]}, not ${status}`);
      }
      registered[code] = status;
    }
  });
}

/** The registered codes and their statuses. */
export const registeredErrorStatuses = (): ErrorStatuses => registered;

/** The status of a registered code, undefined for any other. */
export const errorStatus = (code: string): HttpStatus | undefined => (Object.hasOwn(registered, code) ? registered[code] : undefined);

export type { ErrorDetail } from '../../kernel/index.js';
