import { type AwardBasis, type AwardKind, type AwardSource, type DisciplineLevel, type InitiativeKind, type InitiativeLevel, type Rating } from '../kernel/index.js';

/** What the API answers for each kind of history record. Dates are YYYY-MM-DD; `from`/`to` as in the API. */

export interface AwardRecordView {
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
  issuerName: string | null;
  source: AwardSource;
  revoked: boolean;
  revokedAt: Date | null;
  revokedReason: string | null;
  createdAt: Date;
}

export interface AppraisalView {
  id: string;
  staffId: string | null;
  unitId: string | null;
  year: number;
  rating: Rating;
}

export interface InitiativeView {
  id: string;
  staffId: string;
  year: number;
  title: string;
  level: InitiativeLevel;
  kind: InitiativeKind;
}

export interface DisciplineView {
  id: string;
  staffId: string;
  level: DisciplineLevel;
  from: string;
  to: string | null;
}

export interface FreezeView {
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

/** SELECT lists that produce the views above straight from SQL (aliases match the view fields). */
export const AWARD_RECORD_COLUMNS = `
  ar.id, ar.award_type_code AS "awardType", t.name AS "awardName", t.kind, ar.staff_id AS "staffId",
  ar.unit_id AS "unitId", ar.year, ar.basis, ar.decision_number AS "decisionNumber",
  ar.decision_date AS "decisionDate", ar.issuer_name AS "issuerName", ar.source,
  ar.revoked_at IS NOT NULL AS revoked, ar.revoked_at AS "revokedAt", ar.revoked_reason AS "revokedReason",
  ar.created_at AS "createdAt"`;
export const AWARD_RECORD_FROM = `award_records ar JOIN award_types t ON t.code = ar.award_type_code`;
/** Newest year first; within a year, as the catalogue orders the types. */
export const AWARD_RECORD_ORDER = `ar.year DESC, t.display_order, ar.created_at`;

export const APPRAISAL_COLUMNS = `a.id, a.staff_id AS "staffId", a.unit_id AS "unitId", a.year, a.rating`;
export const INITIATIVE_COLUMNS = `i.id, i.staff_id AS "staffId", i.year, i.title, i.level, i.kind`;
export const DISCIPLINE_COLUMNS = `d.id, d.staff_id AS "staffId", d.level, d.starts_on AS "from", d.ends_on AS "to"`;
export const FREEZE_COLUMNS = `
  f.id, f.staff_id AS "staffId", f.unit_id AS "unitId", f.reason, f.starts_on AS "from", f.ends_on AS "to",
  (f.ends_on IS NULL OR f.ends_on >= current_date) AS active`;

/** pg returns smallint as a number already; this keeps the year a number whatever the driver does. */
export function withNumericYear<T extends { year: number | string }>(rows: T[]): T[] {
  return rows.map((row) => ({ ...row, year: Number(row.year) }));
}

export function splitByKind(awards: AwardRecordView[]): { titles: AwardRecordView[]; commendations: AwardRecordView[] } {
  return { titles: awards.filter((a) => a.kind === 'title'), commendations: awards.filter((a) => a.kind === 'commendation') };
}
