import {
  type AwardBasis,
  type AwardKind,
  type AwardSource,
  type DisciplineLevel,
  type InitiativeKind,
  type InitiativeLevel,
  type Rating,
} from '../kernel/index.js';

/** What the API answers for each kind of history record. Dates are YYYY-MM-DD; `from`/`to` as in the API. */

/**
 * A removed record (a correction's soft delete): it counts toward nothing and only admins still
 * see it in the history, with when and why it was removed. Null on a record that counts.
 */
export interface Removal {
  deletedAt: Date | null;
  deletedReason: string | null;
}

export interface AwardRecordView extends Removal {
  id: string;
  awardType: string;
  awardName: string;
  /** 'title' (danh hiệu thi đua) or 'commendation' (hình thức khen thưởng). */
  kind: AwardKind;
  staffId: string | null;
  unitId: string | null;
  year: number;
  basis: AwardBasis;
  decisionNumber: string | null;
  decisionDate: string | null;
  /** The registered issuer that signed the decision, when known. */
  issuerId: string | null;
  /** The issuer as the record names it (the text of the paper, or the registered issuer's name). */
  issuerName: string | null;
  source: AwardSource;
  revoked: boolean;
  revokedAt: Date | null;
  revokedReason: string | null;
  createdAt: Date;
}

export interface AppraisalView extends Removal {
  id: string;
  staffId: string | null;
  unitId: string | null;
  year: number;
  rating: Rating;
}

export interface InitiativeView extends Removal {
  id: string;
  staffId: string;
  year: number;
  title: string;
  level: InitiativeLevel;
  kind: InitiativeKind;
}

export interface DisciplineView extends Removal {
  id: string;
  staffId: string;
  level: DisciplineLevel;
  from: string;
  to: string | null;
}

export interface FreezeView extends Removal {
  id: string;
  staffId: string | null;
  unitId: string | null;
  reason: string;
  from: string;
  to: string | null;
  /** Whether the freeze has no end date yet or ends today or later. */
  active: boolean;
}

/** Everything the staff detail page shows, titles and commendations apart. */
export interface StaffHistory {
  staff: { id: string; code: string; fullName: string; unitId: string; unitName: string };
  titles: AwardRecordView[];
  commendations: AwardRecordView[];
  appraisals: AppraisalView[];
  initiatives: InitiativeView[];
  disciplines: DisciplineView[];
  freezes: FreezeView[];
}

export interface UnitHistory {
  unit: { id: string; code: string; name: string };
  titles: AwardRecordView[];
  commendations: AwardRecordView[];
  appraisals: AppraisalView[];
  freezes: FreezeView[];
}

export function splitByKind(awards: AwardRecordView[]): { titles: AwardRecordView[]; commendations: AwardRecordView[] } {
  return { titles: awards.filter((a) => a.kind === 'title'), commendations: awards.filter((a) => a.kind === 'commendation') };
}
