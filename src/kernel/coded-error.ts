/**
 * One problem with one input field (or one line of a file), as an error carries it. A problem found
 * by the service names a message of the catalogues (`key`, filled with `params`) so the reader gets
 * it in their language; one worded by a library (class-validator) brings its own `message`. The
 * error filter and the pages turn either into the text they show.
 */
export interface ErrorDetail {
  field?: string;
  line?: number;
  /** A stable name of the problem (`isNotEmpty`, `duplicate`, `unknownUnit`…), also on the API. */
  constraint?: string;
  /** Ready text, when a library worded the problem; services give `key` instead. */
  message?: string;
  /** A dotted key of the i18n catalogues (`fieldErrors.duplicate`). */
  key?: string;
  params?: ErrorParams;
}

export type ErrorParams = Record<string, string | number>;

/**
 * What every layer throws for a situation a person can act on: a stable code naming exactly that
 * situation, the values that describe it, and a plain English message for logs. Knows nothing of
 * HTTP: the error filter maps codes to statuses and translates them for the reader.
 */
export class CodedError<C extends string = string> extends Error {
  constructor(
    readonly code: C,
    message: string,
    readonly params: ErrorParams = {},
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}
