/**
 * An emulation campaign (phong trào thi đua): the annual one launched at the start of each year, or a
 * thematic one (chuyên đề) over a period. Registrations and, later, nominations belong to one.
 */
export const CAMPAIGN_KINDS = ['annual', 'thematic'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

/** A campaign as the API and the pages read it. Dates YYYY-MM-DD; moments ISO. */
export interface CampaignView {
  id: string;
  name: string;
  kind: CampaignKind;
  /** The year of the titles it leads to. */
  year: number;
  startsOn: string;
  endsOn: string;
  issuerId: string | null;
  issuerName: string | null;
  /** The document that launched it, as cited. */
  launchDocument: string | null;
  registrationCount: number;
  fileCount: number;
  createdAt: string;
  updatedAt: string;
}

/** One registration (đăng ký thi đua): a person or a unit, in a campaign, for an award. */
export interface RegistrationView {
  id: string;
  campaignId: string;
  campaignName: string;
  year: number;
  /** The subject: a person (`staffId`) or a collective (`unitId`), exactly one. */
  staffId: string | null;
  unitId: string | null;
  subjectCode: string;
  subjectName: string;
  /** The person's unit, or the unit itself. */
  subjectUnitName: string;
  awardType: string;
  awardName: string;
  registeredBy: string | null;
  createdAt: string;
}

/** What a unit's grid saved: registrations added, removed and left as they were. */
export interface UnitRegistrationsResult {
  created: number;
  removed: number;
  unchanged: number;
}
