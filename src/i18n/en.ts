import * as layout from './catalogues/layout.js';
import * as auth from './catalogues/auth.js';
import * as staff from './catalogues/staff.js';
import * as units from './catalogues/units.js';
import * as issuers from './catalogues/issuers.js';
import * as users from './catalogues/users.js';
import * as audit from './catalogues/audit.js';
import * as catalogue from './catalogues/catalogue.js';
import * as history from './catalogues/history.js';
import * as eligibility from './catalogues/eligibility.js';
import * as law from './catalogues/law.js';
import * as errors from './catalogues/errors.js';
import * as home from './catalogues/home.js';
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
  ...eligibility.en,
  ...law.en,
  ...errors.en,
  ...home.en,
};
