/** Codes people type for staff and units: unaccented letters, digits, dots, dashes, underscores. */
export const RECORD_CODE_PATTERN = /^[A-Za-z0-9._-]{1,50}$/u;

/** An award type's code: LDTT, CSTD_TINH… */
export const AWARD_TYPE_CODE_PATTERN = /^[A-Z0-9_]{2,40}$/u;
