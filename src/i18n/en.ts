import * as layout from './catalogues/layout.js';
import * as auth from './catalogues/auth.js';
import * as staff from './catalogues/staff.js';
import * as units from './catalogues/units.js';
import * as issuers from './catalogues/issuers.js';
import * as users from './catalogues/users.js';
import * as audit from './catalogues/audit.js';
import * as catalogue from './catalogues/catalogue.js';
import * as history from './catalogues/history.js';
import * as unitProfile from './catalogues/unit-profile.js';
import * as eligibility from './catalogues/eligibility.js';
import * as law from './catalogues/law.js';
import * as errors from './catalogues/errors.js';
import * as imports from './catalogues/imports.js';
import * as plausibility from './catalogues/plausibility.js';
import * as bulkEntry from './catalogues/bulk-entry.js';
import * as exportsCatalogue from './catalogues/exports.js';
import * as home from './catalogues/home.js';
import * as jobs from './catalogues/jobs.js';
import * as revocations from './catalogues/revocations.js';
import * as issuing from './catalogues/issuing.js';
import * as decisions from './catalogues/decisions.js';
import * as decisionPages from './catalogues/decision-pages.js';
import * as calendar from './catalogues/calendar.js';
import * as settings from './catalogues/settings.js';
import * as notifications from './catalogues/notifications.js';
import * as postings from './catalogues/postings.js';
import * as nominationPages from './catalogues/nomination-pages.js';
import * as nominations from './catalogues/nominations.js';
import * as upward from './catalogues/upward.js';
import * as councils from './catalogues/councils.js';
import * as campaigns from './catalogues/campaigns.js';
import type { Messages } from './vi.js';

/** English translation of every key in `vi.ts`, merged from the same catalogues. */
export const en: Messages = {
  ...layout.en,
  ...auth.en,
  ...staff.en,
  ...units.en,
  ...issuers.en,
  ...users.en,
  ...audit.en,
  ...catalogue.en,
  ...history.en,
  ...imports.en,
  ...unitProfile.en,
  ...eligibility.en,
  ...law.en,
  ...errors.en,
  ...plausibility.en,
  ...bulkEntry.en,
  ...exportsCatalogue.en,
  ...home.en,
  ...jobs.en,
  ...revocations.en,
  ...issuing.en,
  ...decisions.en,
  ...decisionPages.en,
  ...calendar.en,
  ...settings.en,
  ...notifications.en,
  ...postings.en,
  ...nominationPages.en,
  ...nominations.en,
  ...upward.en,
  ...councils.en,
  ...campaigns.en,
};
