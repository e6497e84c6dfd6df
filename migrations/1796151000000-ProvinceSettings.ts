import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The province settings as dated data (src/settings/): one row per key and period, with its value
 * (jsonb; `null` says "none" for the per-award keys), its source and whether it is verified. A period
 * runs from `effective_from` to `effective_to` inclusive (null: open); the periods of one key never
 * overlap (the trigger below refuses it even for a write around the service), and at most one is open.
 *
 * Seeded from 1900-01-01 (the first date the service accepts), open-ended, with the values the code
 * applied to every date before settings were editable: `defaultSettingEntries` of
 * `src/law/provinces/settings-in-force.ts` (migrations may not import the law;
 * `src/settings/seed.spec.ts` checks this copy is the same).
 */
const SEED: ReadonlyArray<[key: string, value: unknown, verified: boolean, source: string]> = [
  [
    'provinceName',
    'Mặc định (theo Luật, Nghị định; tiêu chí chi tiết và thời hạn theo ví dụ tỉnh Bắc Ninh)',
    false,
    'Tên hiển thị; thay bằng tỉnh của đơn vị khi có quy định',
  ],
  [
    'councilQuorum',
    { numerator: 2, denominator: 3 },
    false,
    'Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 8 (Hội đồng cấp tỉnh); áp dụng cho Hội đồng của đơn vị là suy luận, cần xác nhận quy chế của đơn vị',
  ],
  [
    'councilAwardsAttendance',
    { numerator: 80, denominator: 100 },
    false,
    'Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 8 (Hội đồng cấp tỉnh); áp dụng cho Hội đồng của đơn vị là suy luận, cần xác nhận quy chế của đơn vị',
  ],
  [
    'councilThresholdPercent.CSTD_TINH',
    90,
    false,
    'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7; chưa tìm thấy điều khoản tương ứng trong Nghị định 152/2025/NĐ-CP',
  ],
  [
    'councilThresholdPercent.CSTD_TOAN_QUOC',
    90,
    false,
    'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7; chưa tìm thấy điều khoản tương ứng trong Nghị định 152/2025/NĐ-CP',
  ],
  [
    'councilThresholdPercent.CSTDCS',
    80,
    false,
    'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7; chưa tìm thấy điều khoản tương ứng trong Nghị định 152/2025/NĐ-CP',
  ],
  [
    'councilThresholdPercent.CO_THI_DUA_TINH',
    80,
    false,
    'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7; chưa tìm thấy điều khoản tương ứng trong Nghị định 152/2025/NĐ-CP',
  ],
  ['inUnitPostingWorkingDays', 5, false, 'Thực tiễn công khai trong đơn vị; không tìm thấy thời hạn do pháp luật quy định'],
  ['stateLevelPostingWorkingDays', 10, true, 'Nghị định 152/2025/NĐ-CP, Điều 44 khoản 2 (công khai ít nhất 10 ngày làm việc)'],
  ['deadlines.annualDossier', { day: 10, month: 12 }, true, 'Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 6 (ví dụ; tỉnh khác cần thay)'],
  [
    'deadlines.educationSectorDossier',
    { day: 10, month: 7 },
    true,
    'Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 6 (ví dụ; tỉnh khác cần thay)',
  ],
  [
    'deadlines.disciplineList',
    { day: 10, month: 12 },
    true,
    'Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 6 (ví dụ; tỉnh khác cần thay)',
  ],
  ['reminderDaysBefore', 7, false, 'Thực tiễn nhắc việc (một tuần trước hạn); không có quy định'],
  [
    'moneyRounding',
    { step: 10000, mode: 'up' },
    false,
    'Nghị định 152/2025/NĐ-CP, Điều 49 khoản 2 (cần bộ phận tài chính xác nhận cách chi trả)',
  ],
  [
    'registrationRequired',
    false,
    false,
    'Thực tiễn đăng ký thi đua đầu năm; chưa xác định điều khoản của Luật 2022 coi đăng ký là điều kiện xét danh hiệu',
  ],
  [
    'delegatedCriteria.CO_THI_DUA_TINH',
    {
      unit: [
        {
          code: 'leads_emulation_cluster',
          kind: 'needs_confirmation',
          params: { statements: ['leads_emulation_cluster'] },
          legalBasis: 'Luật Thi đua, khen thưởng 2022, Điều 26; Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 3 khoản 1',
        },
      ],
    },
    true,
    'Luật Thi đua, khen thưởng 2022, Điều 26; Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 3 khoản 1',
  ],
  [
    'delegatedCriteria.BANG_KHEN_TINH',
    {
      unit: [
        {
          code: 'excellent_or_ttldxs_2_consecutive',
          kind: 'consecutive_ratings',
          params: { minimum: 'excellent', years: 2, orTitle: 'TTLDXS' },
          legalBasis: 'Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 3 khoản 3 điểm c',
        },
        {
          code: 'democracy_welfare_thrift',
          kind: 'needs_confirmation',
          params: { statements: ['democracy_welfare_thrift'] },
          legalBasis: 'Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 3 khoản 3 điểm c',
        },
      ],
    },
    true,
    'Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 3 khoản 3 điểm c',
  ],
];

export class ProvinceSettings1796151000000 implements MigrationInterface {
  name = 'ProvinceSettings1796151000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE province_settings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key varchar(80) NOT NULL CHECK (key ~ '^[A-Za-z][A-Za-z0-9_.]*$'),
        effective_from date NOT NULL,
        effective_to date,
        value jsonb NOT NULL,
        verified boolean NOT NULL DEFAULT false,
        source varchar(500) NOT NULL CHECK (btrim(source) <> ''),
        updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT province_settings_period CHECK (effective_to IS NULL OR effective_to >= effective_from),
        CONSTRAINT province_settings_key_from UNIQUE (key, effective_from)
      )`);
    await q.query(`CREATE UNIQUE INDEX province_settings_one_open ON province_settings (key) WHERE effective_to IS NULL`);
    // The read of the settings in force on a date filters on the period only.
    await q.query(`CREATE INDEX province_settings_in_force ON province_settings (effective_from, effective_to)`);
    // No exclusion constraint: it needs btree_gist, which the embedded database does not load.
    await q.query(`
      CREATE FUNCTION province_settings_refuse_overlap() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (
          SELECT 1 FROM province_settings p
           WHERE p.key = NEW.key AND p.id <> NEW.id
             AND p.effective_from <= coalesce(NEW.effective_to, 'infinity'::date)
             AND NEW.effective_from <= coalesce(p.effective_to, 'infinity'::date)
        ) THEN
          RAISE EXCEPTION 'province setting % overlaps another period from %', NEW.key, NEW.effective_from
            USING ERRCODE = 'P0001', HINT = 'PROVINCE_SETTING_OVERLAP',
            DETAIL = json_build_object('key', NEW.key, 'from', to_char(NEW.effective_from, 'YYYY-MM-DD'))::text;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER province_settings_no_overlap AFTER INSERT OR UPDATE ON province_settings
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION province_settings_refuse_overlap()`);
    await q.query(
      `INSERT INTO province_settings (key, effective_from, value, verified, source)
       SELECT key, DATE '1900-01-01', value, verified, source
       FROM unnest($1::varchar[], $2::jsonb[], $3::boolean[], $4::varchar[]) AS s(key, value, verified, source)`,
      [SEED.map((r) => r[0]), SEED.map((r) => JSON.stringify(r[1])), SEED.map((r) => r[2]), SEED.map((r) => r[3])],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE province_settings`);
    await q.query(`DROP FUNCTION province_settings_refuse_overlap()`);
  }
}

/** @internal the seeded rows, for the spec that compares them with the law's defaults. */
export const PROVINCE_SETTINGS_SEED = SEED;
