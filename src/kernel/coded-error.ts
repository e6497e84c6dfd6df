/** One problem with one input field (or one line of a file), as every error answer lists them. */
export interface ErrorDetail {
  field?: string;
  line?: number;
  message: string;
  constraint?: string;
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
