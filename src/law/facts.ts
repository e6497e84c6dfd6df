import type { AwardBasis, DisciplineLevel, InitiativeLevel, Rating } from '../kernel/index.js';

/**
 * Plain facts the eligibility engine reads. A later step loads them from PostgreSQL; the engine itself
 * never touches a database, so every rule can be unit-tested with hand-built objects.
 *
 * Maternity leave (nghỉ thai sản) counts as time worked (ND 152/2025 Art. 4; principle 5 in
 * domain-rules §2.8). There is deliberately no field for it: a year spent on maternity leave simply
 * carries its normal appraisal, so nothing in a chain of years breaks because of it.
 */

/**
 * An award already given (or given and later revoked).
 * `basis`: regular (thường xuyên / hằng năm), ad-hoc (đột xuất) or thematic (chuyên đề). Ad-hoc and
 * thematic awards never count toward higher ones (ND 152/2025 Art. 4).
 */
export interface AwardFact {
  awardType: string;
  year: number;
  revoked: boolean;
  basis: AwardBasis;
}

export interface InitiativeFact {
  year: number;
  level: InitiativeLevel;
}

/** A discipline period; ISO dates YYYY-MM-DD, `to` null while still running. */
export interface DisciplineFact {
  level: DisciplineLevel;
  from: string;
  to: string | null;
}

/**
 * A period during which no award may be proposed (disciplinary review, investigation, inspection,
 * complaint or denunciation being verified); ISO dates, `to` null while still running.
 */
export interface FreezeFact {
  reason: string;
  from: string;
  to: string | null;
}

export interface StaffFacts {
  staffId: string;
  /** Optional, only used to name members in reasons; falls back to `staffId`. */
  fullName?: string;
  appraisals: Map<number, Rating>;
  awards: AwardFact[];
  initiatives: InitiativeFact[];
  disciplines: DisciplineFact[];
  freezes: FreezeFact[];
}

export interface UnitFacts {
  unitId: string;
  appraisals: Map<number, Rating>;
  awards: AwardFact[];
  freezes: FreezeFact[];
  members: StaffFacts[];
}
