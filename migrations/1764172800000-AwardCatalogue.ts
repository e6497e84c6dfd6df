import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The award catalogue (emulation titles and forms of commendation) and the dated base-salary table.
 * Seeds are literal SQL: a migration must give the same result whatever the application code
 * becomes later. Sources: domain-rules §2, §3 (criteria, authority) and §3.5 (money).
 */
export class AwardCatalogue1764172800000 implements MigrationInterface {
  name = 'AwardCatalogue1764172800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE award_types (
        code varchar(40) PRIMARY KEY CHECK (code ~ '^[A-Z0-9_]{2,40}$'),
        name varchar(300) NOT NULL,
        -- 'title' = danh hiệu thi đua, 'commendation' = hình thức khen thưởng: users confuse them.
        kind varchar(12) NOT NULL CHECK (kind IN ('title', 'commendation')),
        subjects text[] NOT NULL CHECK (
          cardinality(subjects) BETWEEN 1 AND 2 AND subjects <@ ARRAY['individual', 'collective']::text[]
        ),
        level varchar(12) NOT NULL CHECK (level IN ('grassroots', 'provincial', 'national', 'state')),
        -- Who decides (Vietnamese, as written on decisions).
        authority varchar(200) NOT NULL,
        -- Money = coefficient × base salary (ND 152/2025 Art. 49–54); null when the type has no money for that subject.
        coefficient_individual numeric(5, 2) CHECK (coefficient_individual >= 0),
        coefficient_collective numeric(5, 2) CHECK (coefficient_collective >= 0),
        -- False where domain-rules tags the figure [I] (inferred, not read in the decree).
        coefficient_individual_verified boolean,
        coefficient_collective_verified boolean,
        coefficient_note text,
        legal_basis text NOT NULL,
        money_basis text,
        -- Whether a certificate is printed (ND 152 Art. 50, 54: LĐTT and TTLĐTT carry money only).
        has_certificate boolean NOT NULL DEFAULT true,
        -- Added by an administrator for local use (not in the Law).
        is_local boolean NOT NULL DEFAULT false,
        -- Types are retired, never deleted: old records keep pointing at them.
        retired_on date,
        display_order integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT award_types_individual_coefficient_check CHECK (
          (coefficient_individual IS NULL OR 'individual' = ANY (subjects))
          AND ((coefficient_individual IS NULL) = (coefficient_individual_verified IS NULL))
        ),
        CONSTRAINT award_types_collective_coefficient_check CHECK (
          (coefficient_collective IS NULL OR 'collective' = ANY (subjects))
          AND ((coefficient_collective IS NULL) = (coefficient_collective_verified IS NULL))
        )
      )`);
    await q.query(`CREATE INDEX award_types_order_idx ON award_types (display_order, code)`);

    const law = 'Luật Thi đua, khen thưởng 2022';
    const nd152 = 'Nghị định 152/2025/NĐ-CP';
    await q.query(
      `INSERT INTO award_types (code, name, kind, subjects, level, authority,
         coefficient_individual, coefficient_collective, coefficient_individual_verified, coefficient_collective_verified,
         coefficient_note, legal_basis, money_basis, has_certificate, display_order)
       VALUES
        ('LDTT', 'Lao động tiên tiến', 'title', ARRAY['individual'], 'grassroots', 'Giám đốc Sở',
         0.3, NULL, true, NULL, NULL,
         '${law}, Điều 24; ${nd152}, Điều 50', '${nd152}, Điều 50 khoản 1 điểm d', false, 10),
        ('CSTDCS', 'Chiến sĩ thi đua cơ sở', 'title', ARRAY['individual'], 'grassroots', 'Giám đốc Sở',
         1.0, NULL, true, NULL, NULL,
         '${law}, Điều 23; ${nd152}, Điều 50', '${nd152}, Điều 50 khoản 1 điểm c', true, 20),
        ('CSTD_TINH', 'Chiến sĩ thi đua cấp tỉnh', 'title', ARRAY['individual'], 'provincial', 'Chủ tịch UBND tỉnh',
         3.0, NULL, true, NULL, NULL,
         '${law}, Điều 22; ${nd152}, Điều 50', '${nd152}, Điều 50 khoản 1 điểm b', true, 30),
        ('CSTD_TOAN_QUOC', 'Chiến sĩ thi đua toàn quốc', 'title', ARRAY['individual'], 'national', 'Thủ tướng Chính phủ',
         4.5, NULL, true, NULL, NULL,
         '${law}, Điều 21; ${nd152}, Điều 50', '${nd152}, Điều 50 khoản 1', true, 40),
        ('TTLDTT', 'Tập thể lao động tiên tiến', 'title', ARRAY['collective'], 'grassroots', 'Giám đốc Sở',
         NULL, 0.8, NULL, true, NULL,
         '${law}, Điều 28; ${nd152}, Điều 50', '${nd152}, Điều 50 khoản 2 điểm b', false, 50),
        ('TTLDXS', 'Tập thể lao động xuất sắc', 'title', ARRAY['collective'], 'provincial', 'Chủ tịch UBND tỉnh',
         NULL, 1.5, NULL, true, NULL,
         '${law}, Điều 27; ${nd152}, Điều 50', '${nd152}, Điều 50 khoản 2 điểm a', true, 60),
        -- A flag (cờ) with money: nothing for the system to print.
        ('CO_THI_DUA_TINH', 'Cờ thi đua của Ủy ban nhân dân tỉnh', 'title', ARRAY['collective'], 'provincial', 'Chủ tịch UBND tỉnh',
         NULL, 8.0, NULL, true, NULL,
         '${law}, Điều 26; ${nd152}, Điều 50', '${nd152}, Điều 50 khoản 2', false, 70),
        ('GIAY_KHEN', 'Giấy khen', 'commendation', ARRAY['individual', 'collective'], 'grassroots', 'Giám đốc Sở',
         0.3, 0.6, false, true,
         'Mức 0,3 cho cá nhân là suy luận (mức theo Nghị định 91/2017/NĐ-CP, bằng một nửa mức tập thể); chưa đọc được trong Nghị định 152/2025/NĐ-CP, Điều 54 — cần xác minh.',
         '${law}, Điều 75; ${nd152}, Điều 54', '${nd152}, Điều 54', true, 80),
        ('BANG_KHEN_TINH', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'commendation', ARRAY['individual', 'collective'], 'provincial', 'Chủ tịch UBND tỉnh',
         1.5, 3.0, true, true, NULL,
         '${law}, Điều 74; ${nd152}, Điều 54', '${nd152}, Điều 54', true, 90),
        ('BANG_KHEN_TTG', 'Bằng khen của Thủ tướng Chính phủ', 'commendation', ARRAY['individual', 'collective'], 'national', 'Thủ tướng Chính phủ',
         3.5, 7.0, true, true, NULL,
         '${law}, Điều 73; ${nd152}, Điều 54', '${nd152}, Điều 54', true, 100),
        ('HCLD_HANG_BA', 'Huân chương Lao động hạng Ba', 'commendation', ARRAY['individual', 'collective'], 'state', 'Chủ tịch nước',
         4.5, 9.0, false, true,
         'Mức 4,5 cho cá nhân là suy luận (mức theo Nghị định 91/2017/NĐ-CP và 98/2023/NĐ-CP, bằng một nửa mức tập thể); cần xác minh Nghị định 152/2025/NĐ-CP, Điều 51.',
         '${law}, Điều 44; ${nd152}, Điều 51', '${nd152}, Điều 51', true, 110)`,
    );

    await q.query(`
      CREATE TABLE base_salaries (
        -- Mức lương cơ sở in force from this day until the next row's day.
        effective_from date PRIMARY KEY,
        amount integer NOT NULL CHECK (amount > 0),
        legal_basis text NOT NULL,
        -- True while the source is unverified (shown as "chưa xác minh").
        to_confirm boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Copied from src/rewards/base-salary.data.ts; the e2e spec checks the two agree.
    await q.query(`
      INSERT INTO base_salaries (effective_from, amount, legal_basis, to_confirm) VALUES
        ('2018-07-01', 1390000, 'Nghị định 72/2018/NĐ-CP', false),
        ('2019-07-01', 1490000, 'Nghị định 38/2019/NĐ-CP', false),
        ('2023-07-01', 1800000, 'Nghị định 24/2023/NĐ-CP', false),
        ('2024-07-01', 2340000, 'Nghị định 73/2024/NĐ-CP, Điều 3 khoản 2', false),
        ('2026-07-01', 2530000, 'Nghị định 161/2026/NĐ-CP', true)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE base_salaries`);
    await q.query(`DROP TABLE award_types`);
  }
}
