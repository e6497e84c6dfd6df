import { AUTH_ERRORS } from './auth/auth.errors.js';
import { CALENDAR_ERRORS } from './calendar/calendar.errors.js';
import { COUNCILS_ERRORS } from './councils/councils.errors.js';
import { NOMINATIONS_ERRORS } from './nominations/nominations.errors.js';
import { SETTINGS_ERRORS } from './settings/settings.errors.js';
import { POSTINGS_ERRORS } from './postings/postings.errors.js';
import { ATTACHMENTS_ERRORS } from './attachments/attachments.errors.js';
import { CAMPAIGNS_ERRORS } from './campaigns/campaigns.errors.js';
import { NOMINATION_FILES_ERRORS } from './nomination-files/nomination-files.errors.js';
import { CATALOGUE_ERRORS } from './catalogue/catalogue.errors.js';
import { BULK_ERRORS } from './history/bulk.errors.js';
import { COMMON_ERRORS } from './common/errors/common.errors.js';
import { type ErrorStatuses, registerErrorStatuses } from './common/errors/error-codes.js';
import { DECISIONS_ERRORS } from './decisions/decisions.errors.js';
import { DOCUMENTS_ERRORS } from './documents/documents.errors.js';
import { REVOCATIONS_ERRORS } from './decisions/revocations.errors.js';
import { ELIGIBILITY_ERRORS } from './eligibility/eligibility.errors.js';
import { HISTORY_ERRORS } from './history/history.errors.js';
import { IMPORTS_ERRORS } from './imports/imports.errors.js';
import { vi } from './i18n/vi.js';
import { ISSUERS_ERRORS } from './issuers/issuers.errors.js';
import { REWARDS_ERRORS } from './rewards/rewards.errors.js';
import { STAFF_ERRORS } from './staff/staff.errors.js';
import { UNITS_ERRORS } from './units/units.errors.js';
import { USERS_ERRORS } from './users/users.errors.js';
import { UPWARD_ERRORS } from './upward/upward.errors.js';

/**
 * Every error code the service answers with, as the plumbing and each feature declare them in their
 * `*.errors.ts`. Assembled here, above every layer, because the plumbing (the exception filter, the
 * page helpers) may not import the features: `registerAppErrors()` hands the union over once, when
 * the application module is built (why a registry and not injection: `common/errors/error-codes.ts`).
 * A new feature adds its map to this list; a spec fails while any `*.errors.ts` map is missing.
 */
export const APP_ERROR_MAPS = [
  COMMON_ERRORS,
  AUTH_ERRORS,
  USERS_ERRORS,
  UNITS_ERRORS,
  ISSUERS_ERRORS,
  STAFF_ERRORS,
  CATALOGUE_ERRORS,
  HISTORY_ERRORS,
  IMPORTS_ERRORS,
  BULK_ERRORS,
  REWARDS_ERRORS,
  ELIGIBILITY_ERRORS,
  DECISIONS_ERRORS,
  DOCUMENTS_ERRORS,
  REVOCATIONS_ERRORS,
  CALENDAR_ERRORS,
  NOMINATIONS_ERRORS,
  SETTINGS_ERRORS,
  POSTINGS_ERRORS,
  UPWARD_ERRORS,
  COUNCILS_ERRORS,
  ATTACHMENTS_ERRORS,
  CAMPAIGNS_ERRORS,
  NOMINATION_FILES_ERRORS,
] as const;

/** The codes of one map, taken from each map of a union in turn. */
type CodesOf<M> = M extends ErrorStatuses ? keyof M & string : never;

export type AppErrorCode = CodesOf<(typeof APP_ERROR_MAPS)[number]>;

/** A code's message: one text, or one per variant the error names (`errors.AWARD_ALREADY_RECORDED.staff`). */
type ErrorMessage = string | Readonly<Record<string, string>>;

// Every code has a message in Vietnamese (and so in English: `en` is typed by `vi`). Does not compile otherwise.
const _everyCodeHasAMessage: Record<AppErrorCode, ErrorMessage> = vi.errors;

/** Registers every code's status; a code declared twice stops the start. */
export function registerAppErrors(): void {
  registerErrorStatuses(...APP_ERROR_MAPS);
}
