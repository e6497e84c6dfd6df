import { LUNAR_HOLIDAYS } from './lunar.data.js';

/**
 * The days off and make-up working days of each year, for officials (cán bộ, công chức, viên chức):
 * the public holidays of Labour Code 2019 (Bộ luật Lao động 45/2019/QH14) Art. 112(1), placed on the
 * days the Prime Minister chose (announced by the Ministry of Home Affairs, before 2025 by MOLISA), the
 * compensatory day of Art. 111(3) when a holiday falls on a weekend, and the swaps (hoán đổi) that move a
 * working day onto a Saturday. The single source of these rows: the `calendar_days` migration seeds
 * them from here.
 *
 * `verified` is per row: true when the row is the statute itself or an announcement read in a source
 * named in `source`; false (shown "chưa xác minh") when the day is provisional until the year's
 * announcement is found. Sources are the press reports of the announcements (the announcement texts
 * themselves were not in reach); each names the official text where the report does.
 */
export type CalendarDayKind = 'holiday' | 'day_off' | 'make_up_workday';

export interface CalendarDay {
  /** YYYY-MM-DD. */
  date: string;
  kind: CalendarDayKind;
  name: string;
  source: string;
  verified: boolean;
}

const ART_112 = 'BLLĐ 2019 Điều 112 khoản 1';
const ART_111 = 'BLLĐ 2019 Điều 111 khoản 3 (nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần)';

const SOURCE_2025 =
  'Văn phòng Chính phủ truyền đạt ý kiến Thủ tướng về lịch nghỉ lễ, Tết năm 2025 (tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html; home.vn; xosobinhdinh.org 03/12/2024)';
const SOURCE_2026_NEW_YEAR = 'Công văn 12729/VPCP-KGVX ngày 25/12/2025 (Tết Dương lịch 2026; collector.com.tr, tracuuquyhoach.com)';
const SOURCE_2026_TET = 'Phương án nghỉ Tết Bính Ngọ 2026 được Thủ tướng chốt (congan.com.vn; vietnammedia.vnanet.vn 17/10/2025)';
const NOT_FOUND = 'Chưa tìm thấy thông báo chính thức; ngày dự kiến';

const tetDay = (year: number): string => LUNAR_HOLIDAYS[year]!.tet;
const hungKings = (year: number): string => LUNAR_HOLIDAYS[year]!.hungKings;

const row = (date: string, kind: CalendarDayKind, name: string, source: string, verified = true): CalendarDay => ({
  date,
  kind,
  name,
  source,
  verified,
});

const tet = (dates: string[], source: string, verified = true): CalendarDay[] =>
  dates.map((date) => row(date, 'holiday', 'Tết Nguyên đán', `${ART_112} điểm b; ${source}`, verified));

export const ANNOUNCED_DAYS: readonly CalendarDay[] = [
  // 2025 (Ất Tỵ, mùng 1 = 29/1): off 25/1–2/2 with the weekends; 30/4–4/5 by moving Fri 2/5 to Sat 26/4;
  // Quốc khánh 30/8–2/9 (1/9 is the day beside 2/9).
  row('2025-01-01', 'holiday', 'Tết Dương lịch', `${ART_112} điểm a`),
  ...tet(['2025-01-27', '2025-01-28', tetDay(2025), '2025-01-30', '2025-01-31'], SOURCE_2025),
  row(hungKings(2025), 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', `${ART_112} điểm e; ${SOURCE_2025}`),
  row('2025-04-26', 'make_up_workday', 'Làm bù cho ngày 02/5/2025', SOURCE_2025),
  row('2025-04-30', 'holiday', 'Ngày Chiến thắng', `${ART_112} điểm c`),
  row('2025-05-01', 'holiday', 'Ngày Quốc tế lao động', `${ART_112} điểm d`),
  row('2025-05-02', 'day_off', 'Nghỉ hoán đổi (làm bù 26/4/2025)', SOURCE_2025),
  row('2025-09-01', 'holiday', 'Quốc khánh (ngày liền kề)', `${ART_112} điểm đ; ${SOURCE_2025}`),
  row('2025-09-02', 'holiday', 'Quốc khánh', `${ART_112} điểm đ`),

  // 2026 (Bính Ngọ, mùng 1 = 17/2): 1/1–4/1 by moving Fri 2/1 to Sat 10/1; Tết 16/2–20/2 (9 days with the
  // weekends); Giỗ Tổ on Sunday 26/4, so Monday 27/4 off; 30/4–1/5 Thu–Fri.
  row('2026-01-01', 'holiday', 'Tết Dương lịch', `${ART_112} điểm a`),
  row('2026-01-02', 'day_off', 'Nghỉ hoán đổi (làm bù 10/01/2026)', SOURCE_2026_NEW_YEAR),
  row('2026-01-10', 'make_up_workday', 'Làm bù cho ngày 02/01/2026', SOURCE_2026_NEW_YEAR),
  ...tet(['2026-02-16', tetDay(2026), '2026-02-18', '2026-02-19', '2026-02-20'], SOURCE_2026_TET),
  row(hungKings(2026), 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', `${ART_112} điểm e`),
  row('2026-04-27', 'day_off', 'Nghỉ bù Giỗ Tổ Hùng Vương', ART_111),
  row('2026-04-30', 'holiday', 'Ngày Chiến thắng', `${ART_112} điểm c`),
  row('2026-05-01', 'holiday', 'Ngày Quốc tế lao động', `${ART_112} điểm d`),
  // Which day beside 2/9 (Wed) and any swap: a proposal of 5 days was reported, the decision not found.
  row('2026-09-01', 'holiday', 'Quốc khánh (ngày liền kề)', `${ART_112} điểm đ; ${NOT_FOUND}`, false),
  row('2026-09-02', 'holiday', 'Quốc khánh', `${ART_112} điểm đ`),

  // 2027 (Đinh Mùi, mùng 1 = Sat 6/2): no announcement found. The statute's days are certain; where
  // the Prime Minister chooses (Tết's 5 days, the day beside 2/9), the days are provisional.
  row('2027-01-01', 'holiday', 'Tết Dương lịch', `${ART_112} điểm a`),
  // Provisional: 29 Chạp to mùng 4, mùng 1–2 on the weekend, so two days off after them (Art. 111(3)).
  ...tet(['2027-02-05', tetDay(2027), '2027-02-07', '2027-02-08', '2027-02-09'], NOT_FOUND, false),
  row('2027-02-10', 'day_off', 'Nghỉ bù Tết Nguyên đán', `${ART_111}; ${NOT_FOUND}`, false),
  row('2027-02-11', 'day_off', 'Nghỉ bù Tết Nguyên đán', `${ART_111}; ${NOT_FOUND}`, false),
  row(hungKings(2027), 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', `${ART_112} điểm e`),
  row('2027-04-30', 'holiday', 'Ngày Chiến thắng', `${ART_112} điểm c`),
  row('2027-05-01', 'holiday', 'Ngày Quốc tế lao động', `${ART_112} điểm d`),
  row('2027-05-03', 'day_off', 'Nghỉ bù Ngày Quốc tế lao động', ART_111),
  row('2027-09-02', 'holiday', 'Quốc khánh', `${ART_112} điểm đ`),
  row('2027-09-03', 'holiday', 'Quốc khánh (ngày liền kề)', `${ART_112} điểm đ; ${NOT_FOUND}`, false),
];

/** The years the table above covers: counting working days beyond them is refused, not guessed. */
export const ANNOUNCED_YEARS: readonly number[] = [2025, 2026, 2027];
