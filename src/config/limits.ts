/** What one request may cost: a JSON or form body, an uploaded file. */
export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** The request line and headers together (Node's default, stated): beyond it, 431. */
export const MAX_HEADER_BYTES = 16 * 1024;
/** One path parameter (an id, a code): beyond it, 414. */
export const MAX_PARAM_LENGTH = 200;
