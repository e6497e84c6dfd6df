/**
 * The plumbing's own codes: situations of any request, whatever the feature (the request cannot be
 * read, who is asking, the database). Each feature declares its own codes in `<feature>.errors.ts`;
 * `src/app.errors.ts` puts them all together.
 */
export const COMMON_ERRORS = {
  /** Fields of the request are not valid; `details` names each one. */
  VALIDATION_FAILED: 400,
  /** The request cannot be read (bad JSON, a path id that is not a UUID, an unreadable upload…). */
  MALFORMED_REQUEST: 400,
  /** The client sent the request too slowly (Node's request and header timeouts). */
  REQUEST_TIMEOUT: 408,
  /** A path parameter is longer than the router accepts. */
  URI_TOO_LONG: 414,
  /** The request line and headers are larger than the server accepts. */
  HEADERS_TOO_LARGE: 431,
  UNAUTHENTICATED: 401,
  /** The user's role does not allow it. */
  FORBIDDEN: 403,
  /** The record exists but lies outside the units the user is assigned to. */
  OUT_OF_SCOPE: 403,
  CSRF_INVALID: 403,
  /** Nothing has the id the path (or the question asked) names; also an unknown route. */
  NOT_FOUND: 404,
  /** An HTTP 409 raised by the framework; our own conflicts have their feature's code. */
  CONFLICT: 409,
  /** A unique index refused a write that raced the feature's own check. */
  UNIQUE_VIOLATION: 409,
  /** A foreign key refused a write: the referenced record is missing or still in use. */
  REFERENCE_VIOLATION: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** An HTTP 422 raised by the framework. */
  UNPROCESSABLE: 422,
  /** Some rows of an imported file are wrong; nothing was written (`details` per line). */
  IMPORT_INVALID: 422,
  /** An HTTP 429 raised by the framework. */
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
  DATABASE_UNAVAILABLE: 503,
} as const;

export type CommonErrorCode = keyof typeof COMMON_ERRORS;
