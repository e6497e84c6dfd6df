import { Foundation1764086400000 } from './1764086400000-Foundation.js';
import { AwardCatalogue1764172800000 } from './1764172800000-AwardCatalogue.js';
import { History1764259200000 } from './1764259200000-History.js';
import { LoginThrottle1796111278614 } from './1796111278614-LoginThrottle.js';
import { Accounts1796121379730 } from './1796121379730-Accounts.js';
import { ListIndexes1796121390000 } from './1796121390000-ListIndexes.js';
import { IssuerValidity1796121560634 } from './1796121560634-IssuerValidity.js';
import { EligibilityResults1796122393663 } from './1796122393663-EligibilityResults.js';
import { Corrections1796130100000 } from './1796130100000-Corrections.js';
import { CaseInsensitiveCodes1796130200000 } from './1796130200000-CaseInsensitiveCodes.js';
import { HomeDashboard1796130600000 } from './1796130600000-HomeDashboard.js';
import { AuditFilterIndexes1796130700000 } from './1796130700000-AuditFilterIndexes.js';
import { Decisions1796140000000 } from './1796140000000-Decisions.js';
import { Jobs1796144000000 } from './1796144000000-Jobs.js';
import { StoredDocuments1796144100000 } from './1796144100000-StoredDocuments.js';
import { IssuedDecisionRefusalParams1796142000000 } from './1796142000000-IssuedDecisionRefusalParams.js';
import { CalendarDays1796150000000 } from './1796150000000-CalendarDays.js';
import { Nominations1796153000000 } from './1796153000000-Nominations.js';
import { ProvinceSettings1796151000000 } from './1796151000000-ProvinceSettings.js';
import { Notifications1796154000000 } from './1796154000000-Notifications.js';
import { Postings1796156000000 } from './1796156000000-Postings.js';
import { UpwardDossiers1796157000000 } from './1796157000000-UpwardDossiers.js';
import { Councils1796155000000 } from './1796155000000-Councils.js';
import { Campaigns1796152000000 } from './1796152000000-Campaigns.js';
import { CampaignReferences1796153900000 } from './1796153900000-CampaignReferences.js';

/** Every migration, in order. Listed explicitly: ESM builds have no glob loading. */
export const MIGRATIONS = [
  Foundation1764086400000,
  AwardCatalogue1764172800000,
  History1764259200000,
  LoginThrottle1796111278614,
  Accounts1796121379730,
  ListIndexes1796121390000,
  IssuerValidity1796121560634,
  EligibilityResults1796122393663,
  Corrections1796130100000,
  CaseInsensitiveCodes1796130200000,
  HomeDashboard1796130600000,
  AuditFilterIndexes1796130700000,
  Decisions1796140000000,
  Jobs1796144000000,
  StoredDocuments1796144100000,
  IssuedDecisionRefusalParams1796142000000,
  CalendarDays1796150000000,
  ProvinceSettings1796151000000,
  Campaigns1796152000000,
  Nominations1796153000000,
  CampaignReferences1796153900000,
  Notifications1796154000000,
  Councils1796155000000,
  Postings1796156000000,
  UpwardDossiers1796157000000,
];
