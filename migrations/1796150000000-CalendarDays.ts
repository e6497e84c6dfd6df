import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The working-day calendar (src/calendar/): the public holidays of Labour Code 2019 Art. 112, the
 * days off and the make-up working days (làm bù) announced per year, each with its source and
 * whether it is verified ("chưa xác minh" on the pages when not). A date absent from the table is a
 * working day from Monday to Friday. The years a count may run through are the years with rows.
 *
 * Seeded for 2025–2027 with the rows of `src/law/calendar/announcements.data.ts` (migrations may not
 * import the law; `src/calendar/seed.spec.ts` checks the copy is the same). Admins add and edit
 * later years through `POST /api/calendar/holidays`.
 */
const SEED: ReadonlyArray<[day: string, kind: string, name: string, source: string, verified: boolean]> = [
  ['2025-01-01', 'holiday', 'Tết Dương lịch', 'BLLĐ 2019 Điều 112 khoản 1 điểm a', true],
  [
    '2025-01-27',
    'holiday',
    'Tết Nguyên đán',
    'BLLĐ 2019 Điều 112 khoản 1 điểm b; Văn phòng Chính phủ truyền đạt ý kiến Thủ tướng về lịch nghỉ lễ, Tết năm 2025 (tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html; home.vn; xosobinhdinh.org 03/12/2024)',
    true,
  ],
  [
    '2025-01-28',
    'holiday',
    'Tết Nguyên đán',
    'BLLĐ 2019 Điều 112 khoản 1 điểm b; Văn phòng Chính phủ truyền đạt ý kiến Thủ tướng về lịch nghỉ lễ, Tết năm 2025 (tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html; home.vn; xosobinhdinh.org 03/12/2024)',
    true,
  ],
  [
    '2025-01-29',
    'holiday',
    'Tết Nguyên đán',
    'BLLĐ 2019 Điều 112 khoản 1 điểm b; Văn phòng Chính phủ truyền đạt ý kiến Thủ tướng về lịch nghỉ lễ, Tết năm 2025 (tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html; home.vn; xosobinhdinh.org 03/12/2024)',
    true,
  ],
  [
    '2025-01-30',
    'holiday',
    'Tết Nguyên đán',
    'BLLĐ 2019 Điều 112 khoản 1 điểm b; Văn phòng Chính phủ truyền đạt ý kiến Thủ tướng về lịch nghỉ lễ, Tết năm 2025 (tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html; home.vn; xosobinhdinh.org 03/12/2024)',
    true,
  ],
  [
    '2025-01-31',
    'holiday',
    'Tết Nguyên đán',
    'BLLĐ 2019 Điều 112 khoản 1 điểm b; Văn phòng Chính phủ truyền đạt ý kiến Thủ tướng về lịch nghỉ lễ, Tết năm 2025 (tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html; home.vn; xosobinhdinh.org 03/12/2024)',
    true,
  ],
  [
    '2025-04-07',
    'holiday',
    'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
    'BLLĐ 2019 Điều 112 khoản 1 điểm e; Văn phòng Chính phủ truyền đạt ý kiến Thủ tướng về lịch nghỉ lễ, Tết năm 2025 (tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html; home.vn; xosobinhdinh.org 03/12/2024)',
    true,
  ],
  [
    '2025-04-26',
    'make_up_workday',
    'Làm bù cho ngày 02/5/2025',
    'Văn phòng Chính phủ truyền đạt ý kiến Thủ tướng về lịch nghỉ lễ, Tết năm 2025 (tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html; home.vn; xosobinhdinh.org 03/12/2024)',
    true,
  ],
  ['2025-04-30', 'holiday', 'Ngày Chiến thắng', 'BLLĐ 2019 Điều 112 khoản 1 điểm c', true],
  ['2025-05-01', 'holiday', 'Ngày Quốc tế lao động', 'BLLĐ 2019 Điều 112 khoản 1 điểm d', true],
  [
    '2025-05-02',
    'day_off',
    'Nghỉ hoán đổi (làm bù 26/4/2025)',
    'Văn phòng Chính phủ truyền đạt ý kiến Thủ tướng về lịch nghỉ lễ, Tết năm 2025 (tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html; home.vn; xosobinhdinh.org 03/12/2024)',
    true,
  ],
  [
    '2025-09-01',
    'holiday',
    'Quốc khánh (ngày liền kề)',
    'BLLĐ 2019 Điều 112 khoản 1 điểm đ; Văn phòng Chính phủ truyền đạt ý kiến Thủ tướng về lịch nghỉ lễ, Tết năm 2025 (tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html; home.vn; xosobinhdinh.org 03/12/2024)',
    true,
  ],
  ['2025-09-02', 'holiday', 'Quốc khánh', 'BLLĐ 2019 Điều 112 khoản 1 điểm đ', true],
  ['2026-01-01', 'holiday', 'Tết Dương lịch', 'BLLĐ 2019 Điều 112 khoản 1 điểm a', true],
  [
    '2026-01-02',
    'day_off',
    'Nghỉ hoán đổi (làm bù 10/01/2026)',
    'Công văn 12729/VPCP-KGVX ngày 25/12/2025 (Tết Dương lịch 2026; collector.com.tr, tracuuquyhoach.com)',
    true,
  ],
  [
    '2026-01-10',
    'make_up_workday',
    'Làm bù cho ngày 02/01/2026',
    'Công văn 12729/VPCP-KGVX ngày 25/12/2025 (Tết Dương lịch 2026; collector.com.tr, tracuuquyhoach.com)',
    true,
  ],
  [
    '2026-02-16',
    'holiday',
    'Tết Nguyên đán',
    'BLLĐ 2019 Điều 112 khoản 1 điểm b; Phương án nghỉ Tết Bính Ngọ 2026 được Thủ tướng chốt (congan.com.vn; vietnammedia.vnanet.vn 17/10/2025)',
    true,
  ],
  [
    '2026-02-17',
    'holiday',
    'Tết Nguyên đán',
    'BLLĐ 2019 Điều 112 khoản 1 điểm b; Phương án nghỉ Tết Bính Ngọ 2026 được Thủ tướng chốt (congan.com.vn; vietnammedia.vnanet.vn 17/10/2025)',
    true,
  ],
  [
    '2026-02-18',
    'holiday',
    'Tết Nguyên đán',
    'BLLĐ 2019 Điều 112 khoản 1 điểm b; Phương án nghỉ Tết Bính Ngọ 2026 được Thủ tướng chốt (congan.com.vn; vietnammedia.vnanet.vn 17/10/2025)',
    true,
  ],
  [
    '2026-02-19',
    'holiday',
    'Tết Nguyên đán',
    'BLLĐ 2019 Điều 112 khoản 1 điểm b; Phương án nghỉ Tết Bính Ngọ 2026 được Thủ tướng chốt (congan.com.vn; vietnammedia.vnanet.vn 17/10/2025)',
    true,
  ],
  [
    '2026-02-20',
    'holiday',
    'Tết Nguyên đán',
    'BLLĐ 2019 Điều 112 khoản 1 điểm b; Phương án nghỉ Tết Bính Ngọ 2026 được Thủ tướng chốt (congan.com.vn; vietnammedia.vnanet.vn 17/10/2025)',
    true,
  ],
  ['2026-04-26', 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'BLLĐ 2019 Điều 112 khoản 1 điểm e', true],
  [
    '2026-04-27',
    'day_off',
    'Nghỉ bù Giỗ Tổ Hùng Vương',
    'BLLĐ 2019 Điều 111 khoản 3 (nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần)',
    true,
  ],
  ['2026-04-30', 'holiday', 'Ngày Chiến thắng', 'BLLĐ 2019 Điều 112 khoản 1 điểm c', true],
  ['2026-05-01', 'holiday', 'Ngày Quốc tế lao động', 'BLLĐ 2019 Điều 112 khoản 1 điểm d', true],
  [
    '2026-09-01',
    'holiday',
    'Quốc khánh (ngày liền kề)',
    'BLLĐ 2019 Điều 112 khoản 1 điểm đ; Chưa tìm thấy thông báo chính thức; ngày dự kiến',
    false,
  ],
  ['2026-09-02', 'holiday', 'Quốc khánh', 'BLLĐ 2019 Điều 112 khoản 1 điểm đ', true],
  ['2027-01-01', 'holiday', 'Tết Dương lịch', 'BLLĐ 2019 Điều 112 khoản 1 điểm a', true],
  ['2027-02-05', 'holiday', 'Tết Nguyên đán', 'BLLĐ 2019 Điều 112 khoản 1 điểm b; Chưa tìm thấy thông báo chính thức; ngày dự kiến', false],
  ['2027-02-06', 'holiday', 'Tết Nguyên đán', 'BLLĐ 2019 Điều 112 khoản 1 điểm b; Chưa tìm thấy thông báo chính thức; ngày dự kiến', false],
  ['2027-02-07', 'holiday', 'Tết Nguyên đán', 'BLLĐ 2019 Điều 112 khoản 1 điểm b; Chưa tìm thấy thông báo chính thức; ngày dự kiến', false],
  ['2027-02-08', 'holiday', 'Tết Nguyên đán', 'BLLĐ 2019 Điều 112 khoản 1 điểm b; Chưa tìm thấy thông báo chính thức; ngày dự kiến', false],
  ['2027-02-09', 'holiday', 'Tết Nguyên đán', 'BLLĐ 2019 Điều 112 khoản 1 điểm b; Chưa tìm thấy thông báo chính thức; ngày dự kiến', false],
  [
    '2027-02-10',
    'day_off',
    'Nghỉ bù Tết Nguyên đán',
    'BLLĐ 2019 Điều 111 khoản 3 (nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần); Chưa tìm thấy thông báo chính thức; ngày dự kiến',
    false,
  ],
  [
    '2027-02-11',
    'day_off',
    'Nghỉ bù Tết Nguyên đán',
    'BLLĐ 2019 Điều 111 khoản 3 (nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần); Chưa tìm thấy thông báo chính thức; ngày dự kiến',
    false,
  ],
  ['2027-04-16', 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'BLLĐ 2019 Điều 112 khoản 1 điểm e', true],
  ['2027-04-30', 'holiday', 'Ngày Chiến thắng', 'BLLĐ 2019 Điều 112 khoản 1 điểm c', true],
  ['2027-05-01', 'holiday', 'Ngày Quốc tế lao động', 'BLLĐ 2019 Điều 112 khoản 1 điểm d', true],
  [
    '2027-05-03',
    'day_off',
    'Nghỉ bù Ngày Quốc tế lao động',
    'BLLĐ 2019 Điều 111 khoản 3 (nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần)',
    true,
  ],
  ['2027-09-02', 'holiday', 'Quốc khánh', 'BLLĐ 2019 Điều 112 khoản 1 điểm đ', true],
  [
    '2027-09-03',
    'holiday',
    'Quốc khánh (ngày liền kề)',
    'BLLĐ 2019 Điều 112 khoản 1 điểm đ; Chưa tìm thấy thông báo chính thức; ngày dự kiến',
    false,
  ],
];

export class CalendarDays1796150000000 implements MigrationInterface {
  name = 'CalendarDays1796150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_days (
        day date PRIMARY KEY,
        kind varchar(16) NOT NULL CHECK (kind IN ('holiday', 'day_off', 'make_up_workday')),
        name varchar(200) NOT NULL CHECK (btrim(name) <> ''),
        source varchar(500) NOT NULL CHECK (btrim(source) <> ''),
        verified boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- A make-up working day moves work onto a weekend; on a weekday it would mean nothing.
        CONSTRAINT calendar_days_make_up_weekend CHECK (kind <> 'make_up_workday' OR extract(isodow FROM day) IN (6, 7))
      )`);
    await q.query(
      `INSERT INTO calendar_days (day, kind, name, source, verified)
       SELECT * FROM unnest($1::date[], $2::varchar[], $3::varchar[], $4::varchar[], $5::boolean[])`,
      [SEED.map((r) => r[0]), SEED.map((r) => r[1]), SEED.map((r) => r[2]), SEED.map((r) => r[3]), SEED.map((r) => r[4])],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_days`);
  }
}

/** @internal the seeded rows, for the spec that compares them with the law's table. */
export const CALENDAR_SEED = SEED;
