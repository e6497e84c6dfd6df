import type { AwardType } from './award-type.entity.js';
import { type AwardKind, type AwardLevel, type AwardSubject } from '../kernel/index.js';

/** An award type as the API answers it: coefficients and their verification per subject. */
export interface AwardTypeView {
  code: string;
  name: string;
  kind: AwardKind;
  subjects: AwardSubject[];
  level: AwardLevel;
  authority: string;
  coefficients: Partial<Record<AwardSubject, number>>;
  /** False where the coefficient is inferred, not read in the decree (see `coefficientNote`). */
  verified: Partial<Record<AwardSubject, boolean>>;
  coefficientNote: string | null;
  legalBasis: string;
  moneyBasis: string | null;
  hasCertificate: boolean;
  isLocal: boolean;
  retired: boolean;
  retiredOn: string | null;
  displayOrder: number;
}

export function toAwardTypeView(type: AwardType): AwardTypeView {
  const coefficients: Partial<Record<AwardSubject, number>> = {};
  const verified: Partial<Record<AwardSubject, boolean>> = {};
  if (type.coefficientIndividual !== null) {
    coefficients.individual = type.coefficientIndividual;
    verified.individual = type.coefficientIndividualVerified ?? false;
  }
  if (type.coefficientCollective !== null) {
    coefficients.collective = type.coefficientCollective;
    verified.collective = type.coefficientCollectiveVerified ?? false;
  }
  return {
    code: type.code,
    name: type.name,
    kind: type.kind,
    subjects: type.subjects,
    level: type.level,
    authority: type.authority,
    coefficients,
    verified,
    coefficientNote: type.coefficientNote,
    legalBasis: type.legalBasis,
    moneyBasis: type.moneyBasis,
    hasCertificate: type.hasCertificate,
    isLocal: type.isLocal,
    retired: type.retiredOn !== null,
    retiredOn: type.retiredOn,
    displayOrder: type.displayOrder,
  };
}

/** The coefficient for a subject, or null when the type carries no money for it. */
export function coefficientFor(type: AwardType, subject: AwardSubject): number | null {
  return subject === 'individual' ? type.coefficientIndividual : type.coefficientCollective;
}

export function coefficientVerifiedFor(type: AwardType, subject: AwardSubject): boolean {
  return (subject === 'individual' ? type.coefficientIndividualVerified : type.coefficientCollectiveVerified) ?? false;
}
