// Ten years of emulation history for every staff member and unit of the bench data, for the
// eligibility cases of `npm run bench`. Set-based: each kind of record is one INSERT … SELECT over
// generate_series, with pseudo-random but deterministic choices (hashtext of the code and year), so
// both databases get the same rows and runs are comparable.
import type { DataSource } from 'typeorm';

export const HISTORY_YEARS = { first: 2016, last: 2025 } as const;

/** A number 0–99 derived from a record's key: the same on every run and on both databases. */
const pick = (key: string): string => `(abs(hashtext(${key})) % 100)`;

export interface BenchHistory {
  appraisals: number;
  awards: number;
  initiatives: number;
  disciplines: number;
  freezes: number;
}

export async function seedBenchHistory(dataSource: DataSource): Promise<BenchHistory> {
  const { first, last } = HISTORY_YEARS;
  const years = `generate_series(${first}, ${last}) AS y`;
  // Ratings from the year the person started: 20 % excellent, 60 % good, 15 % completed, 5 % not completed.
  await dataSource.query(`
    INSERT INTO appraisals (staff_id, year, rating)
    SELECT s.id, y, CASE WHEN p < 20 THEN 'excellent' WHEN p < 80 THEN 'good' WHEN p < 95 THEN 'completed' ELSE 'not_completed' END
      FROM staff s CROSS JOIN ${years}
      CROSS JOIN LATERAL (SELECT ${pick(`s.code || ':' || y`)} AS p) r
     WHERE s.started_on IS NULL OR extract(year FROM s.started_on) <= y`);
  await dataSource.query(`
    INSERT INTO appraisals (unit_id, year, rating)
    SELECT u.id, y, CASE WHEN p < 40 THEN 'excellent' WHEN p < 90 THEN 'good' ELSE 'completed' END
      FROM units u CROSS JOIN ${years} CROSS JOIN LATERAL (SELECT ${pick(`u.code || ':' || y`)} AS p) r`);

  // Titles of past rounds as decided: LĐTT for good or better, CSTĐCS for most excellent years and a
  // few good ones with an initiative; the proposal year (the last) is mostly still open.
  await dataSource.query(`
    INSERT INTO award_records (award_type_code, staff_id, year, source)
    SELECT 'LDTT', a.staff_id, a.year, 'imported' FROM appraisals a JOIN staff s ON s.id = a.staff_id
     WHERE a.rating IN ('excellent', 'good') AND (a.year < ${last} OR ${pick(`s.code || ':ldtt'`)} < 5)`);
  await dataSource.query(`
    INSERT INTO award_records (award_type_code, staff_id, year, source)
    SELECT 'CSTDCS', a.staff_id, a.year, 'imported' FROM appraisals a JOIN staff s ON s.id = a.staff_id
     WHERE a.year < ${last} AND (a.rating = 'excellent' AND ${pick(`s.code || ':cs:' || a.year`)} < 80
        OR a.rating = 'good' AND ${pick(`s.code || ':cs:' || a.year`)} < 10)`);
  // Provincial titles after 3 CSTĐCS in a row, Bằng khen tỉnh after 2: a quarter of those who could.
  await dataSource.query(`
    INSERT INTO award_records (award_type_code, staff_id, year, source)
    SELECT 'CSTD_TINH', c.staff_id, c.year, 'imported' FROM award_records c JOIN staff s ON s.id = c.staff_id
     WHERE c.award_type_code = 'CSTDCS' AND ${pick(`s.code || ':tinh:' || c.year`)} < 25
       AND EXISTS (SELECT 1 FROM award_records p WHERE p.award_type_code = 'CSTDCS' AND p.staff_id = c.staff_id AND p.year = c.year - 1)
       AND EXISTS (SELECT 1 FROM award_records p WHERE p.award_type_code = 'CSTDCS' AND p.staff_id = c.staff_id AND p.year = c.year - 2)`);
  await dataSource.query(`
    INSERT INTO award_records (award_type_code, staff_id, year, source)
    SELECT 'BANG_KHEN_TINH', c.staff_id, c.year, 'imported' FROM award_records c JOIN staff s ON s.id = c.staff_id
     WHERE c.award_type_code = 'CSTDCS' AND ${pick(`s.code || ':bkt:' || c.year`)} < 25
       AND EXISTS (SELECT 1 FROM award_records p WHERE p.award_type_code = 'CSTDCS' AND p.staff_id = c.staff_id AND p.year = c.year - 1)`);
  await dataSource.query(`
    INSERT INTO award_records (award_type_code, staff_id, year, source)
    SELECT 'BANG_KHEN_TTG', b.staff_id, b.year, 'imported' FROM award_records b JOIN staff s ON s.id = b.staff_id
     WHERE b.award_type_code = 'BANG_KHEN_TINH' AND b.year < ${last - 3} AND ${pick(`s.code || ':ttg:' || b.year`)} < 10`);
  // Ad-hoc Giấy khen (they never count toward higher awards) and collective titles.
  await dataSource.query(`
    INSERT INTO award_records (award_type_code, staff_id, year, basis, source)
    SELECT 'GIAY_KHEN', s.id, y, 'ad_hoc', 'imported' FROM staff s CROSS JOIN ${years}
     WHERE ${pick(`s.code || ':gk:' || y`)} < 5`);
  await dataSource.query(`
    INSERT INTO award_records (award_type_code, unit_id, year, source)
    SELECT CASE WHEN a.rating = 'excellent' THEN 'TTLDXS' ELSE 'TTLDTT' END, a.unit_id, a.year, 'imported'
      FROM appraisals a WHERE a.unit_id IS NOT NULL AND a.year < ${last} AND a.rating IN ('excellent', 'good')`);
  // One award in a hundred revoked.
  await dataSource.query(`
    UPDATE award_records SET revoked_at = now(), revoked_reason = 'Thu hồi (dữ liệu thử)'
     WHERE ${pick(`id::text`)} = 0`);

  await dataSource.query(`
    INSERT INTO initiatives (staff_id, year, title, level)
    SELECT s.id, y, 'Sáng kiến năm ' || y, CASE WHEN p < 1 THEN 'national' WHEN p < 6 THEN 'provincial' ELSE 'grassroots' END
      FROM staff s CROSS JOIN ${years} CROSS JOIN LATERAL (SELECT ${pick(`s.code || ':sk:' || y`)} AS p) r
     WHERE p < 30`);
  await dataSource.query(`
    INSERT INTO disciplines (staff_id, level, starts_on, ends_on)
    SELECT s.id, CASE WHEN p % 2 = 0 THEN 'reprimand' ELSE 'warning' END,
           make_date(${first} + p % 10, 1 + p % 12, 1), make_date(${first} + p % 10, 1 + p % 12, 1) + 364
      FROM staff s CROSS JOIN LATERAL (SELECT ${pick(`s.code || ':kl'`)} AS p) r
     WHERE ${pick(`s.code || ':kl?'`)} < 2`);
  await dataSource.query(`
    INSERT INTO freezes (staff_id, reason, starts_on)
    SELECT s.id, 'Đang xác minh đơn (dữ liệu thử)', make_date(${last}, 1 + ${pick(`s.code`)} % 12, 1)
      FROM staff s WHERE ${pick(`s.code || ':treo'`)} = 0`);
  await dataSource.query('ANALYZE');

  const count = async (table: string): Promise<number> =>
    ((await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as Array<{ n: number }>)[0].n;
  return {
    appraisals: await count('appraisals'),
    awards: await count('award_records'),
    initiatives: await count('initiatives'),
    disciplines: await count('disciplines'),
    freezes: await count('freezes'),
  };
}
