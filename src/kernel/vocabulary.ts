/**
 * The legal vocabulary every layer speaks, each term once: a runtime list and the type derived from
 * it. Glossary (domain-rules §0): emulation title = danh hiệu thi đua, commendation = hình thức khen
 * thưởng, rating = xếp loại chất lượng, discipline = kỷ luật, initiative = sáng kiến.
 */

/** Annual task-completion rating, best first: HTXS, HTT, HT, KHT. */
export const RATINGS = ['excellent', 'good', 'completed', 'not_completed'] as const;
export type Rating = (typeof RATINGS)[number];

/** Disciplinary measures, lightest first: khiển trách, cảnh cáo, giáng chức / hạ bậc lương, cách chức, buộc thôi việc. */
export const DISCIPLINE_LEVELS = ['reprimand', 'warning', 'demotion', 'removal', 'dismissal'] as const;
export type DisciplineLevel = (typeof DISCIPLINE_LEVELS)[number];

/** Level at which an initiative or science work was recognised, lowest first. */
export const INITIATIVE_LEVELS = ['grassroots', 'provincial', 'national'] as const;
export type InitiativeLevel = (typeof INITIATIVE_LEVELS)[number];

/** An initiative (sáng kiến) or a science work (đề tài khoa học). */
export const INITIATIVE_KINDS = ['initiative', 'science_work'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

/**
 * Why an award was given: regular (thường xuyên, hằng năm), ad hoc (đột xuất) or thematic (chuyên
 * đề). Only regular awards count toward higher ones (ND 152/2025 Art. 4).
 */
export const AWARD_BASES = ['regular', 'ad_hoc', 'thematic'] as const;
export type AwardBasis = (typeof AWARD_BASES)[number];

/** How an award record entered the system: typed in, imported from a file, or issued by a decision here. */
export const AWARD_SOURCES = ['entered', 'imported', 'issued'] as const;
export type AwardSource = (typeof AWARD_SOURCES)[number];

/** The awards the law knows (the catalogue may hold local ones too, without rules). */
export const AWARD_CODES = [
  'LDTT',
  'CSTDCS',
  'CSTD_TINH',
  'CSTD_TOAN_QUOC',
  'TTLDTT',
  'TTLDXS',
  'CO_THI_DUA_TINH',
  'GIAY_KHEN',
  'BANG_KHEN_TINH',
  'BANG_KHEN_TTG',
  'HCLD_HANG_BA',
] as const;
export type AwardCode = (typeof AWARD_CODES)[number];

export const isAwardCode = (code: string): code is AwardCode => (AWARD_CODES as readonly string[]).includes(code);

/** Emulation title or form of commendation. */
export const AWARD_KINDS = ['title', 'commendation'] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];

/** The level of the body that gives an award. */
export const AWARD_LEVELS = ['grassroots', 'provincial', 'national', 'state'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];

/** Who an award goes to, as the law says it: a person (cá nhân) or a collective (tập thể). */
export const AWARD_SUBJECTS = ['individual', 'collective'] as const;
export type AwardSubject = (typeof AWARD_SUBJECTS)[number];

/** Who a record is about, as the tables say it: a row of `staff` or of `units`. */
export const SUBJECT_KINDS = ['staff', 'unit'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** The only mapping between the two subject vocabularies. */
export const subjectKindOf = (subject: AwardSubject): SubjectKind => (subject === 'individual' ? 'staff' : 'unit');
export const awardSubjectOf = (kind: SubjectKind): AwardSubject => (kind === 'staff' ? 'individual' : 'collective');

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

/** Staff are never deleted: leaving is a status. */
export const STAFF_STATUSES = ['active', 'left'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];
