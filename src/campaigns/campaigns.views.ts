import type { AttachmentView } from '../attachments/index.js';
import { attachmentRows } from '../common/uploads/attachment-rows.js';
import { pageDateText } from '../common/validation/page-date.js';
import { translate } from '../i18n/translate.js';
import { type IssuerView } from '../issuers/index.js';
import { type AuthUser, hasAnyRole, isAwardCode, type Locale } from '../kernel/index.js';
import { CAMPAIGN_KINDS, type CampaignView, type RegistrationView } from './campaign.types.js';
import type { UnitGrid } from './registrations.service.js';
import { registrationKey } from './registrations.service.js';

/** Who changes campaigns and their documents: HR officers and admins. */
export const mayEditCampaigns = (user: AuthUser): boolean => hasAnyRole(user, ['hr_officer']);
/** Who registers people and units (within their units): HR officers, managers and admins. */
export const mayRegister = (user: AuthUser): boolean => hasAnyRole(user, ['hr_officer', 'manager']);

/** The fields of the campaign form, as typed. */
export interface CampaignFormValues {
  name: string;
  kind: string;
  year: string;
  startsOn: string;
  endsOn: string;
  issuerId: string;
  launchDocument: string;
}

export const CAMPAIGN_FORM_FIELDS = ['name', 'kind', 'year', 'startsOn', 'endsOn', 'issuerId', 'launchDocument'] as const;

export const emptyCampaignForm = (year: number): CampaignFormValues => ({
  name: '',
  kind: 'annual',
  year: String(year),
  startsOn: '',
  endsOn: '',
  issuerId: '',
  launchDocument: '',
});

export const campaignFormValues = (campaign: CampaignView): CampaignFormValues => ({
  name: campaign.name,
  kind: campaign.kind,
  year: String(campaign.year),
  startsOn: pageDateText(campaign.startsOn),
  endsOn: pageDateText(campaign.endsOn),
  issuerId: campaign.issuerId ?? '',
  launchDocument: campaign.launchDocument ?? '',
});

const period = (campaign: CampaignView): string => `${pageDateText(campaign.startsOn)} – ${pageDateText(campaign.endsOn)}`;

export function campaignRows(campaigns: readonly CampaignView[], lang: Locale) {
  return campaigns.map((campaign) => ({
    href: `/campaigns/${campaign.id}`,
    name: campaign.name,
    kind: translate(lang, `campaigns.kinds.${campaign.kind}`),
    year: campaign.year,
    period: period(campaign),
    registrationCount: campaign.registrationCount,
    fileCount: campaign.fileCount,
  }));
}

export function kindOptions(lang: Locale, selected: string | null | undefined) {
  return CAMPAIGN_KINDS.map((value) => ({ value, label: translate(lang, `campaigns.kinds.${value}`), selected: value === selected }));
}

export function issuerOptions(issuers: readonly IssuerView[], selected: string) {
  return issuers.map((issuer) => ({ id: issuer.id, name: issuer.name, selected: issuer.id === selected }));
}

/** What the campaign's page says of it, as label and value pairs. */
export function campaignFacts(campaign: CampaignView, lang: Locale) {
  return [
    { label: translate(lang, 'campaigns.kind'), value: translate(lang, `campaigns.kinds.${campaign.kind}`) },
    { label: translate(lang, 'campaigns.year'), value: String(campaign.year) },
    { label: translate(lang, 'campaigns.period'), value: period(campaign) },
    { label: translate(lang, 'campaigns.issuer'), value: campaign.issuerName ?? '—' },
    { label: translate(lang, 'campaigns.launchDocument'), value: campaign.launchDocument ?? '—' },
  ];
}

export function documentsModel(campaign: CampaignView, files: readonly AttachmentView[], canEdit: boolean, lang: Locale) {
  const base = `/campaigns/${campaign.id}/files`;
  return {
    canEdit,
    uploadAction: base,
    emptyText: translate(lang, 'attachments.none'),
    files: attachmentRows(files, lang, (file) => ({ href: `${base}/${file.id}`, deleteAction: `${base}/${file.id}/delete` })),
  };
}

export function registrationRows(campaignId: string, registrations: readonly RegistrationView[], canRemove: boolean, lang: Locale) {
  return registrations.map((registration) => ({
    name: registration.subjectName,
    code: registration.subjectCode,
    collective: registration.unitId !== null,
    unitName: registration.subjectUnitName,
    award: registration.awardName,
    registeredAt: pageDateText(registration.createdAt.slice(0, 10)),
    removeAction: canRemove ? `/campaigns/${campaignId}/registrations/${registration.id}/delete` : null,
    removeLabel: translate(lang, 'campaigns.removeRegistrationOf', { name: registration.subjectName, award: registration.awardName }),
  }));
}

/** The grid's view: one row per member and one for the unit, a box per title column, ticked as registered or as sent. */
export function gridModel(grid: UnitGrid, lang: Locale, sent: ReadonlySet<string> | null) {
  const ticked = sent ?? grid.registered;
  const box = (staffId: string | null, unitId: string | null, code: string, name: string, awardName: string) => {
    const value = registrationKey({ staffId, unitId, awardType: code });
    return {
      value,
      checked: ticked.has(value),
      awardName,
      label: translate(lang, 'campaigns.grid.registerFor', { name, award: awardName }),
    };
  };
  return {
    unitId: grid.unit.id,
    unitName: grid.unit.name,
    awardTypes: [...grid.staffAwards, ...grid.unitAwards]
      .map((type) => type.code)
      .filter((code, index, all) => all.indexOf(code) === index),
    staffColumns: grid.staffAwards.map((type) => ({
      code: type.code,
      name: type.name,
      short: isAwardCode(type.code) ? translate(lang, `law.awardsShort.${type.code}`) : type.name,
    })),
    truncated: grid.truncated,
    members: grid.members.map((member) => ({
      code: member.code,
      name: member.fullName,
      position: member.position ?? '',
      boxes: grid.staffAwards.map((type) => box(member.id, null, type.code, member.fullName, type.name)),
    })),
    unitBoxes: grid.unitAwards.map((type) => box(null, grid.unit.id, type.code, grid.unit.name, type.name)),
    collectiveOf: translate(lang, 'campaigns.grid.collectiveOf', { unit: grid.unit.name }),
  };
}

/** `saved=` of the campaign's page, worded; null when absent or unknown. */
export function savedMessage(lang: Locale, saved: string | undefined): string | null {
  switch (saved) {
    case 'created':
    case 'updated':
    case 'file':
    case 'fileDeleted':
    case 'registrationDeleted':
      return translate(lang, `campaigns.saved.${saved}`);
    default:
      return null;
  }
}
