import { alreadyUsed, DomainError, type KeyedDetail } from '../common/errors/domain-error.js';
import type { ErrorStatuses } from '../common/errors/error-codes.js';

/** Campaigns and registrations (phong trào thi đua, đăng ký thi đua). */
export const CAMPAIGNS_ERRORS = {
  CAMPAIGN_NOT_FOUND: 404,
  /** Another campaign of the year has the same name (any case). */
  CAMPAIGN_NAME_TAKEN: 409,
  REGISTRATION_NOT_FOUND: 404,
  /** The subject is already registered for the award in the campaign (one per subject × campaign × award). */
  REGISTRATION_EXISTS: 409,
  /** A unit's grid named someone who is not an active member of the unit (nor the unit itself). */
  REGISTRATION_NOT_IN_UNIT: 422,
} as const satisfies ErrorStatuses;

export type CampaignsErrorCode = keyof typeof CAMPAIGNS_ERRORS;

export class CampaignNotFound extends DomainError<CampaignsErrorCode> {
  constructor(id: string) {
    super('CAMPAIGN_NOT_FOUND', `No campaign with id ${id}`, undefined, { id });
  }
}

export class CampaignNameTaken extends DomainError<CampaignsErrorCode> {
  constructor(name: string, year: number) {
    super('CAMPAIGN_NAME_TAKEN', `A campaign of ${year} is already named "${name}"`, [alreadyUsed('name', name)], { name, year });
  }
}

export class RegistrationNotFound extends DomainError<CampaignsErrorCode> {
  constructor(id: string) {
    super('REGISTRATION_NOT_FOUND', `No registration with id ${id}`, undefined, { id });
  }
}

export class RegistrationExists extends DomainError<CampaignsErrorCode> {
  constructor(subject: string, award: string, campaign: string, details?: KeyedDetail[]) {
    super('REGISTRATION_EXISTS', `${subject} is already registered for ${award} in "${campaign}"`, details, { subject, award, campaign });
  }
}

export class RegistrationNotInUnit extends DomainError<CampaignsErrorCode> {
  constructor(unit: string, ids: readonly string[], details: KeyedDetail[]) {
    super('REGISTRATION_NOT_IN_UNIT', `Not active members of ${unit}: ${ids.join(', ')}`, details, { unit, count: ids.length });
  }
}
