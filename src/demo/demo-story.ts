import { DEMO_ISSUERS, DEMO_ROOT_UNIT_CODE, DEMO_STAFF, DEMO_UNITS, type DemoIssuerRole, type DemoStaff } from './demo-data.js';
import { type AwardCode, type DisciplineLevel, type InitiativeLevel, type Rating } from '../kernel/index.js';

/**
 * Five years of the library's history, ending with the round year R (the year whose titles are
 * being prepared): appraisal ratings for R-4…R, the titles and commendations decided for R-4…R-1
 * (in January or February of the next year, as the library's 2023 conference announced those of
 * 2022), initiatives, a discipline and a freeze. Everything is relative to R, so the eligibility
 * pages on the first start show, for R:
 *
 * - LĐTT (Law 06/2022 Art. 24): most staff eligible; near misses rated only "completed", or rated
 *   "good" while a complaint about them is being verified (a freeze, ND 152/2025 Art. 4); a refusal
 *   for the driver, reprimanded in R and rated "completed".
 * - CSTĐCS (Art. 23): eligible when rated "excellent" or with an initiative of R; near misses rated
 *   "good" without an initiative; refusals where LĐTT itself fails.
 * - Bằng khen của Chủ tịch UBND tỉnh (Art. 74(1)(d)): eligible after two CSTĐCS in a row (R-2, R-1);
 *   a near miss whose CSTĐCS are not consecutive.
 * - TTLĐTT (Art. 28): departments eligible; Hành chính – Tổng hợp a near miss (4 of 6 members meet
 *   LĐTT, under 70 %); Tin học và Thư viện số refused (rated "completed", and half its members too).
 *
 * Awards of past years follow the same rules (the unit spec checks each one with the engine), and
 * each names the issuer in force on its decision date: Vĩnh Phúc's until 30/6/2025, Phú Thọ's after.
 */

export interface StoryRating {
  code: string;
  year: number;
  rating: Rating;
}

export interface StoryInitiative {
  staffCode: string;
  year: number;
  title: string;
  level: InitiativeLevel;
}

export interface StoryDiscipline {
  staffCode: string;
  level: DisciplineLevel;
  from: string;
  to: string | null;
}

export interface StoryFreeze {
  staffCode: string;
  reason: string;
  from: string;
  to: string | null;
}

export interface StoryAward {
  awardType: AwardCode;
  /** A staff code or a unit code: exactly one is set. */
  staffCode?: string;
  unitCode?: string;
  year: number;
  decisionNumber: string;
  decisionDate: string;
  /** The demo issuer (DEMO_ISSUERS key) in force on the decision date. */
  issuerKey: string;
}

export interface DemoStory {
  roundYear: number;
  /** R-4 … R. */
  years: number[];
  staffRatings: StoryRating[];
  unitRatings: StoryRating[];
  initiatives: StoryInitiative[];
  disciplines: StoryDiscipline[];
  freezes: StoryFreeze[];
  awards: StoryAward[];
}

/**
 * Ratings per person for R-4 … R, one letter a year: E excellent (hoàn thành xuất sắc), G good (hoàn
 * thành tốt), C completed (hoàn thành), N not completed. Everyone not listed is "GGGGG".
 */
const STAFF_RATINGS: Record<string, string> = {
  'Nguyễn Thị Thanh Huyền': 'EEEEE', // the director: CSTĐCS every year, Bằng khen for R-3
  'Trần Văn Dũng': 'GEEGE', // CSTĐCS — not consecutive up to R-1: Bằng khen near miss
  'Lê Thị Minh Nguyệt': 'GGEEE', // CSTĐCS: Bằng khen eligible
  'Bùi Thị Hạnh': 'GGGGE',
  'Nguyễn Thị Hồng Nhung': 'GGGCC', // "completed" in R: LĐTT near miss, CSTĐCS refused
  'Hoàng Văn Tuấn': 'GGGGC', // reprimanded in R: LĐTT refused
  'Ngô Thị Thu Trang': 'EGEGE',
  'Trần Thị Bích Ngọc': 'GEEEG', // CSTĐCS R-3 … R-1: Bằng khen eligible
  'Tạ Văn Bình': 'GGGGE',
  'Nguyễn Thị Thu Hà': 'GEGEG',
  'Vũ Thị Hằng': 'GGEGG',
  'Trần Quang Huy': 'GGGEG',
  'Lê Thị Ngọc Anh': 'GGGGC',
  'Hoàng Đức Thịnh': 'GGGGC',
  'Nguyễn Thị Kim Oanh': 'GGGGC',
};

const LETTER: Record<string, Rating> = { E: 'excellent', G: 'good', C: 'completed', N: 'not_completed' };

/** Unit ratings for R-4 … R, as above; the library itself and each department. */
const UNIT_RATINGS: Record<string, string> = {
  [DEMO_ROOT_UNIT_CODE]: 'GGEEE',
  'TVVP-HCTH': 'GGGGG', // R: 4 of 6 members meet LĐTT — TTLĐTT near miss
  'TVVP-NV': 'GEGEE',
  'TVVP-PVBD': 'GGEEG',
  'TVVP-TTPT': 'GGGGG',
  'TVVP-TTTM': 'GGGGG',
  'TVVP-TH': 'GGGGC', // R: "completed", and only 3 of 6 members meet LĐTT — TTLĐTT refused
};

/** Initiatives recognised at grassroots level (sáng kiến cấp cơ sở), by offset from R. */
const INITIATIVES: { name: string; offset: number; title: string }[] = [
  { name: 'Ngô Thị Thu Trang', offset: -4, title: 'Quy trình biên mục tập trung theo chuẩn MARC 21' },
  { name: 'Nguyễn Thị Thanh Huyền', offset: -3, title: 'Đề án phát triển văn hóa đọc trong cộng đồng' },
  { name: 'Nguyễn Thị Thu Hà', offset: -3, title: 'Ngày hội đọc sách cho học sinh tiểu học' },
  { name: 'Nguyễn Thị Thanh Huyền', offset: -1, title: 'Mô hình thư viện lưu động phục vụ vùng nông thôn' },
  { name: 'Lê Thị Minh Nguyệt', offset: -1, title: 'Giới thiệu sách mới bằng mã QR' },
  // "Good" in R, but this initiative makes him a CSTĐCS candidate (Law Art. 23: excellent OR an initiative).
  { name: 'Đặng Văn Khánh', offset: 0, title: 'Số hóa tài liệu địa chí bằng phần mềm mã nguồn mở' },
];

/** Awards decided by hand on top of the yearly titles the rules give (below). */
const EXTRA_AWARDS: { awardType: AwardCode; name?: string; unitCode?: string; offset: number }[] = [
  // The 2023 conference announced a Giấy khen of the department and a Bằng khen of the province's chairman.
  { awardType: 'GIAY_KHEN', unitCode: 'TVVP-TTPT', offset: -4 },
  { awardType: 'GIAY_KHEN', name: 'Nguyễn Thị Thu Hà', offset: -4 },
  // Two CSTĐCS in a row: Law Art. 74(1)(d).
  { awardType: 'BANG_KHEN_TINH', name: 'Nguyễn Thị Thanh Huyền', offset: -3 },
  // Excellent, every member at least "completed", ≥ 70 % LĐTT, a CSTĐCS among them: Law Art. 27.
  { awardType: 'TTLDXS', unitCode: 'TVVP-PVBD', offset: -2 },
  { awardType: 'TTLDXS', unitCode: DEMO_ROOT_UNIT_CODE, offset: -2 },
  { awardType: 'TTLDXS', unitCode: DEMO_ROOT_UNIT_CODE, offset: -1 },
];

/** Who signs what (Law Art. 80): the department the annual titles and its Giấy khen; the committee TTLĐXS and Bằng khen. */
const SIGNED_BY: Partial<Record<AwardCode, DemoIssuerRole>> = { TTLDXS: 'committee', BANG_KHEN_TINH: 'committee' };

/** Each decision of a year, its number and the day it was signed in the next year. */
const DECISIONS: Partial<Record<AwardCode, { number: number; monthDay: string }>> = {
  LDTT: { number: 5, monthDay: '01-08' },
  CSTDCS: { number: 6, monthDay: '01-08' },
  TTLDTT: { number: 7, monthDay: '01-08' },
  GIAY_KHEN: { number: 8, monthDay: '01-08' },
  TTLDXS: { number: 215, monthDay: '02-20' },
  BANG_KHEN_TINH: { number: 216, monthDay: '02-20' },
};

const codeOf = (name: string): string => {
  const person = DEMO_STAFF.find((s) => s.fullName === name);
  if (!person) {
    throw new Error(`No demo staff member named ${name}`);
  }
  return person.code;
};

/** In service at some point of the year (as the eligibility lists count members). */
export const inServiceDuring = (person: DemoStaff, year: number): boolean =>
  person.startedOn <= `${year}-12-31` && (person.leftOn === undefined || person.leftOn >= `${year}-01-01`);

/** In service the whole year to its end: only they are proposed for that year's titles. */
const inServiceAtYearEnd = (person: DemoStaff, year: number): boolean =>
  person.startedOn <= `${year}-12-31` && (person.leftOn === undefined || person.leftOn >= `${year}-12-31`);

const overlapsYear = (period: { from: string; to: string | null }, year: number): boolean =>
  period.from <= `${year}-12-31` && (period.to === null || period.to >= `${year}-01-01`);

const pad = (n: number): string => String(n).padStart(2, '0');

/** The demo issuer of that role in force on the date (Vĩnh Phúc's before the merger, Phú Thọ's after). */
export function issuerOn(role: DemoIssuerRole, date: string): string {
  const issuer = DEMO_ISSUERS.find(
    (i) => i.role === role && (i.validFrom === undefined || i.validFrom <= date) && (i.validTo === undefined || date <= i.validTo),
  );
  if (!issuer) {
    throw new Error(`No demo ${role} in force on ${date}`);
  }
  return issuer.key;
}

export function demoStory(roundYear: number): DemoStory {
  const R = roundYear;
  const years = [R - 4, R - 3, R - 2, R - 1, R];
  const letterAt = (pattern: string, year: number): Rating => LETTER[pattern[year - (R - 4)]];

  const staffRatings = DEMO_STAFF.flatMap((person) =>
    years
      .filter((year) => inServiceDuring(person, year))
      .map((year) => ({ code: person.code, year, rating: letterAt(STAFF_RATINGS[person.fullName] ?? 'GGGGG', year) })),
  );
  const unitRatings = DEMO_UNITS.flatMap((unit) =>
    years.map((year) => ({ code: unit.code, year, rating: letterAt(UNIT_RATINGS[unit.code], year) })),
  );
  const initiatives = INITIATIVES.map(({ name, offset, title }) => ({
    staffCode: codeOf(name),
    year: R + offset,
    title,
    level: 'grassroots' as const,
  }));
  const disciplines: StoryDiscipline[] = [
    // Khiển trách for twelve months: the LĐTT of R is out of reach (ND 152/2025 Art. 4).
    { staffCode: codeOf('Hoàng Văn Tuấn'), level: 'reprimand', from: `${R}-04-10`, to: `${R + 1}-04-09` },
  ];
  const freezes: StoryFreeze[] = [
    { staffCode: codeOf('Lê Thị Hoa'), reason: 'Đang xác minh nội dung đơn phản ánh', from: `${R}-09-15`, to: null },
  ];

  const rating = (code: string, year: number): Rating | undefined => staffRatings.find((r) => r.code === code && r.year === year)?.rating;
  const blocked = (code: string, year: number): boolean =>
    disciplines.some((d) => d.staffCode === code && overlapsYear(d, year)) ||
    freezes.some((f) => f.staffCode === code && overlapsYear(f, year));
  const ldtt = (person: DemoStaff, year: number): boolean =>
    inServiceAtYearEnd(person, year) && ['excellent', 'good'].includes(rating(person.code, year) ?? '') && !blocked(person.code, year);
  const cstdcs = (person: DemoStaff, year: number): boolean =>
    ldtt(person, year) &&
    (rating(person.code, year) === 'excellent' || initiatives.some((i) => i.staffCode === person.code && i.year === year));

  const decision = (awardType: AwardCode, year: number): Pick<StoryAward, 'decisionNumber' | 'decisionDate' | 'issuerKey'> => {
    const { number, monthDay } = DECISIONS[awardType]!;
    const decisionDate = `${year + 1}-${monthDay}`;
    const issuerKey = issuerOn(SIGNED_BY[awardType] ?? 'department', decisionDate);
    const symbol = DEMO_ISSUERS.find((i) => i.key === issuerKey)!.symbol;
    return { decisionNumber: `${pad(number)}/QĐ-${symbol}`, decisionDate, issuerKey };
  };

  const awards: StoryAward[] = [];
  const pastYears = years.slice(0, -1);
  for (const year of pastYears) {
    for (const person of DEMO_STAFF) {
      if (ldtt(person, year)) {
        awards.push({ awardType: 'LDTT', staffCode: person.code, year, ...decision('LDTT', year) });
      }
      if (cstdcs(person, year)) {
        awards.push({ awardType: 'CSTDCS', staffCode: person.code, year, ...decision('CSTDCS', year) });
      }
    }
    for (const unit of DEMO_UNITS.slice(1)) {
      const members = DEMO_STAFF.filter((person) => person.unitCode === unit.code && inServiceDuring(person, year));
      const meeting = members.filter((person) => ldtt(person, year)).length;
      const rated = ['excellent', 'good'].includes(letterAt(UNIT_RATINGS[unit.code], year));
      const higher = EXTRA_AWARDS.some((a) => a.awardType === 'TTLDXS' && a.unitCode === unit.code && R + a.offset === year);
      if (rated && meeting * 10 >= members.length * 7 && !higher) {
        awards.push({ awardType: 'TTLDTT', unitCode: unit.code, year, ...decision('TTLDTT', year) });
      }
    }
  }
  for (const extra of EXTRA_AWARDS) {
    const year = R + extra.offset;
    awards.push({
      awardType: extra.awardType,
      ...(extra.name ? { staffCode: codeOf(extra.name) } : { unitCode: extra.unitCode }),
      year,
      ...decision(extra.awardType, year),
    });
  }
  return { roundYear: R, years, staffRatings, unitRatings, initiatives, disciplines, freezes, awards };
}
