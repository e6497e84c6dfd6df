import { translate } from '../../src/i18n/translate.js';
import { BASE_SALARY_ROWS } from '../../src/law/money/base-salary.data.js';
import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { AWARD_CODES, type AwardCode } from '../../src/kernel/index.js';

interface AwardTypeBody {
  code: string;
  name: string;
  kind: string;
  subjects: string[];
  coefficients: Record<string, number>;
  verified: Record<string, boolean>;
  level: string;
  authority: string;
  legalBasis: string;
  hasCertificate: boolean;
  isLocal: boolean;
  retired: boolean;
  retiredOn: string | null;
}

describe('award catalogue, base salaries and reward money', () => {
  let t: TestApp;
  let viewer: string;

  beforeAll(async () => {
    t = await createTestApp();
    viewer = (await createUserToken(t, ['viewer'])).token;
  });
  afterAll(async () => {
    await t.close();
  });

  const awardTypes = async (): Promise<AwardTypeBody[]> =>
    (await t.http().get('/api/award-types').set(bearer(viewer)).expect(200)).body as AwardTypeBody[];

  describe('GET /api/award-types (seeded by migration)', () => {
    it('lists the 11 statutory types with the engine’s codes and names', async () => {
      const types = await awardTypes();
      expect(types.map((type) => type.code)).toEqual(AWARD_CODES);
      for (const type of types) {
        expect(type.name).toBe(translate('vi', `law.awards.${type.code as AwardCode}`));
        expect(type.retired).toBe(false);
        expect(type.isLocal).toBe(false);
      }
    });

    it('keeps emulation titles apart from forms of commendation (Law 2022 Art. 19, 20 vs Art. 73–75)', async () => {
      const types = await awardTypes();
      const codesOf = (kind: string): string[] => types.filter((type) => type.kind === kind).map((type) => type.code);
      expect(codesOf('title')).toEqual(['LDTT', 'CSTDCS', 'CSTD_TINH', 'CSTD_TOAN_QUOC', 'TTLDTT', 'TTLDXS', 'CO_THI_DUA_TINH']);
      expect(codesOf('commendation')).toEqual(['GIAY_KHEN', 'BANG_KHEN_TINH', 'BANG_KHEN_TTG', 'HCLD_HANG_BA']);
    });

    it('gives subjects, and coefficients as numbers per subject (ND 152/2025 Art. 50, 51, 54)', async () => {
      const byCode = new Map((await awardTypes()).map((type) => [type.code, type]));
      expect(byCode.get('LDTT')).toMatchObject({
        subjects: ['individual'],
        coefficients: { individual: 0.3 },
        level: 'grassroots',
        authority: 'Giám đốc Sở',
      });
      expect(byCode.get('TTLDTT')).toMatchObject({ subjects: ['collective'], coefficients: { collective: 0.8 } });
      expect(byCode.get('CO_THI_DUA_TINH')?.coefficients).toEqual({ collective: 8 });
      expect(byCode.get('BANG_KHEN_TINH')).toMatchObject({
        subjects: ['individual', 'collective'],
        coefficients: { individual: 1.5, collective: 3 },
      });
      expect(byCode.get('BANG_KHEN_TTG')?.coefficients).toEqual({ individual: 3.5, collective: 7 });
      expect(byCode.get('CSTD_TOAN_QUOC')).toMatchObject({
        coefficients: { individual: 4.5 },
        authority: 'Thủ tướng Chính phủ',
        level: 'national',
      });
      expect(byCode.get('HCLD_HANG_BA')).toMatchObject({ level: 'state', authority: 'Chủ tịch nước' });
      expect(typeof byCode.get('CSTDCS')?.coefficients.individual).toBe('number');
      expect(byCode.get('LDTT')?.legalBasis).toBe('Luật Thi đua, khen thưởng 2022, Điều 24; Nghị định 152/2025/NĐ-CP, Điều 50');
    });

    it('flags the inferred coefficients (Giấy khen and HCLĐ hạng Ba for individuals) as unverified', async () => {
      const byCode = new Map((await awardTypes()).map((type) => [type.code, type]));
      expect(byCode.get('GIAY_KHEN')).toMatchObject({
        coefficients: { individual: 0.3, collective: 0.6 },
        verified: { individual: false, collective: true },
      });
      expect(byCode.get('HCLD_HANG_BA')).toMatchObject({
        coefficients: { individual: 4.5, collective: 9 },
        verified: { individual: false, collective: true },
      });
      const unverified = (await awardTypes()).filter((type) => Object.values(type.verified).includes(false)).map((type) => type.code);
      expect(unverified).toEqual(['GIAY_KHEN', 'HCLD_HANG_BA']);
    });

    it('prints no certificate for LĐTT and TTLĐTT (money only, ND 152/2025 Art. 50) nor for the flag', async () => {
      const types = await awardTypes();
      expect(types.filter((type) => !type.hasCertificate).map((type) => type.code)).toEqual(['LDTT', 'TTLDTT', 'CO_THI_DUA_TINH']);
    });

    it('stores the seed coefficients as exact numerics', async () => {
      const rows = (await t.dataSource.query(`SELECT coefficient_individual::text AS c FROM award_types WHERE code = 'LDTT'`)) as Array<{
        c: string;
      }>;
      expect(rows).toEqual([{ c: '0.30' }]);
    });
  });

  describe('local award types', () => {
    const local = {
      code: 'GIAY_KHEN_GD',
      name: 'Giấy khen của Giám đốc Thư viện',
      kind: 'commendation',
      subjects: ['individual', 'collective'],
      level: 'grassroots',
      authority: 'Giám đốc Thư viện tỉnh',
      coefficients: { individual: 0.15, collective: 0.3 },
      legalBasis: 'Quy chế thi đua, khen thưởng của Thư viện tỉnh',
    };

    it('lets an admin add one, audited; a duplicate code is a 409; other roles get 403', async () => {
      await t.http().post('/api/award-types').set(bearer(viewer)).send(local).expect(403);
      const res = await t.http().post('/api/award-types').set(bearer(t.adminToken)).send(local).expect(201);
      expect(res.body).toMatchObject({
        code: 'GIAY_KHEN_GD',
        isLocal: true,
        retired: false,
        coefficients: { individual: 0.15, collective: 0.3 },
      });
      expect((await awardTypes()).at(-1)?.code).toBe('GIAY_KHEN_GD');
      const dup = await t.http().post('/api/award-types').set(bearer(t.adminToken)).send(local).expect(409);
      expect(dup.body.code).toBe('AWARD_TYPE_CODE_TAKEN');
      const audit = (await t.dataSource.query(
        `SELECT action FROM audit_log WHERE entity = 'award-types' AND entity_id = 'GIAY_KHEN_GD'`,
      )) as unknown[];
      expect(audit).toEqual([{ action: 'create' }]);
    });

    it('refuses a bad code and a coefficient for a subject the type does not go to', async () => {
      const bad = await t
        .http()
        .post('/api/award-types')
        .set(bearer(t.adminToken))
        .send({ ...local, code: 'giay-khen' })
        .expect(400);
      expect(bad.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'code' })]));
      const mismatch = await t
        .http()
        .post('/api/award-types')
        .set(bearer(t.adminToken))
        .send({ ...local, code: 'LOCAL_X', subjects: ['individual'] })
        .expect(400);
      expect(mismatch.body.details).toEqual([expect.objectContaining({ field: 'coefficients.collective' })]);
      expect(await t.dataSource.query(`SELECT code FROM award_types WHERE code = 'LOCAL_X'`)).toEqual([]);
    });

    it('retires a type without deleting it; retiring twice is a 409', async () => {
      await t
        .http()
        .post('/api/award-types')
        .set(bearer(t.adminToken))
        .send({ ...local, code: 'OLD_TYPE', name: 'Loại cũ' })
        .expect(201);
      await t.http().post('/api/award-types/OLD_TYPE/retire').set(bearer(viewer)).expect(403);
      const res = await t.http().post('/api/award-types/OLD_TYPE/retire').set(bearer(t.adminToken)).expect(200);
      expect(res.body).toMatchObject({ code: 'OLD_TYPE', retired: true });
      expect(res.body.retiredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
      expect((await awardTypes()).find((type) => type.code === 'OLD_TYPE')).toMatchObject({ retired: true });
      expect(
        await t.dataSource.query(`SELECT count(*)::int AS n FROM award_types WHERE code = 'OLD_TYPE' AND retired_on IS NOT NULL`),
      ).toEqual([{ n: 1 }]);
      await t.http().post('/api/award-types/OLD_TYPE/retire').set(bearer(t.adminToken)).expect(409);
      await t.http().post('/api/award-types/NO_SUCH/retire').set(bearer(t.adminToken)).expect(404);
      // Old paper decisions are still entered; new years are refused.
      const retiredYear = Number(res.body.retiredOn.slice(0, 4));
      const unit = await createUnit(t, { code: 'U-RETIRED' });
      const staff = await createStaff(t, { unitId: unit.id });
      const award = { awardType: 'OLD_TYPE', staffId: staff.id };
      await t
        .http()
        .post('/api/awards')
        .set(bearer(t.adminToken))
        .send({ ...award, year: retiredYear - 1 })
        .expect(201);
      const refused = await t
        .http()
        .post('/api/awards')
        .set(bearer(t.adminToken))
        .send({ ...award, year: retiredYear })
        .expect(400);
      expect(refused.body.details).toEqual([expect.objectContaining({ field: 'awardType', constraint: 'retiredAwardType' })]);
      const audit = (await t.dataSource.query(
        `SELECT action, before->>'retired' AS was, after->>'retired' AS now FROM audit_log WHERE entity = 'award-types' AND entity_id = 'OLD_TYPE' ORDER BY id`,
      )) as unknown[];
      expect(audit).toEqual([
        { action: 'create', was: null, now: 'false' },
        { action: 'update', was: 'false', now: 'true' },
      ]);
    });
  });

  describe('base salary (mức lương cơ sở)', () => {
    it('is seeded with the same rows as src/rewards/base-salary.data.ts, 2026 marked to confirm', async () => {
      const res = await t.http().get('/api/base-salaries').set(bearer(viewer)).expect(200);
      expect(res.body).toEqual(BASE_SALARY_ROWS.map((row) => ({ ...row })));
      expect(res.body.find((row: { effectiveFrom: string }) => row.effectiveFrom === '2024-07-01')).toMatchObject({
        amount: 2_340_000,
        toConfirm: false,
      });
      expect(res.body.find((row: { effectiveFrom: string }) => row.effectiveFrom === '2026-07-01')).toMatchObject({
        amount: 2_530_000,
        toConfirm: true,
      });
    });

    it('lets an admin add a row (audited); the same effective date twice is a 409', async () => {
      const row = { effectiveFrom: '2030-01-01', amount: 3_000_000, legalBasis: 'Nghị định giả định cho kiểm thử', toConfirm: true };
      await t.http().post('/api/base-salaries').set(bearer(viewer)).send(row).expect(403);
      const res = await t.http().post('/api/base-salaries').set(bearer(t.adminToken)).send(row).expect(201);
      expect(res.body).toEqual(row);
      await t.http().post('/api/base-salaries').set(bearer(t.adminToken)).send(row).expect(409);
      await t
        .http()
        .post('/api/base-salaries')
        .set(bearer(t.adminToken))
        .send({ ...row, effectiveFrom: '2030-02-30' })
        .expect(400);
      expect(await t.dataSource.query(`SELECT amount FROM base_salaries WHERE effective_from = '2030-01-01'`)).toEqual([
        { amount: 3_000_000 },
      ]);
      expect(
        await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'base-salaries' AND entity_id = '2030-01-01'`),
      ).toEqual([{ n: 1 }]);
      const amount = await t
        .http()
        .get('/api/rewards/amount?awardType=CSTDCS&subject=individual&date=2030-06-01')
        .set(bearer(viewer))
        .expect(200);
      expect(amount.body).toMatchObject({ baseSalary: 3_000_000, amount: 3_000_000, baseSalaryToConfirm: true });
    });
  });

  describe('GET /api/rewards/amount — coefficient × base salary on the decision date, rounded up to 10,000 VND (ND 152/2025 Art. 49(1),(2))', () => {
    const amount = (query: string) => t.http().get(`/api/rewards/amount?${query}`).set(bearer(viewer));

    it('LĐTT at 2025-01-01: 0.3 × 2,340,000 = 702,000 → 710,000', async () => {
      const res = await amount('awardType=LDTT&subject=individual&date=2025-01-01').expect(200);
      expect(res.body).toMatchObject({ coefficient: 0.3, baseSalary: 2_340_000, amount: 710_000, baseSalaryToConfirm: false });
      expect(res.body.rounding).toMatchObject({ step: 10_000, mode: 'up' });
      expect(res.body.legalBasis).toMatchObject({
        baseSalary: 'Nghị định 73/2024/NĐ-CP, Điều 3 khoản 2',
        coefficient: 'Nghị định 152/2025/NĐ-CP, Điều 50 khoản 1 điểm d',
      });
    });

    it('TTLĐTT (collective): 0.8 × 2,340,000 = 1,872,000 → 1,880,000', async () => {
      const res = await amount('awardType=TTLDTT&subject=collective&date=2025-12-31').expect(200);
      expect(res.body).toMatchObject({ coefficient: 0.8, baseSalary: 2_340_000, amount: 1_880_000 });
    });

    it('CSTĐ toàn quốc at 2026-08-01: 4.5 × 2,530,000 = 11,385,000 → 11,390,000, base marked to confirm', async () => {
      const res = await amount('awardType=CSTD_TOAN_QUOC&subject=individual&date=2026-08-01').expect(200);
      expect(res.body).toMatchObject({ coefficient: 4.5, baseSalary: 2_530_000, amount: 11_390_000, baseSalaryToConfirm: true });
    });

    it('the base changes on its effective date: Bằng khen tỉnh collective on 2024-06-30 vs 2024-07-01', async () => {
      expect((await amount('awardType=BANG_KHEN_TINH&subject=collective&date=2024-06-30').expect(200)).body).toMatchObject({
        baseSalary: 1_800_000,
        amount: 5_400_000,
      });
      expect((await amount('awardType=BANG_KHEN_TINH&subject=collective&date=2024-07-01').expect(200)).body).toMatchObject({
        baseSalary: 2_340_000,
        amount: 7_020_000,
      });
    });

    it('answers 404 for an unknown type, 400 for a subject the type cannot go to, 422 before the first base salary', async () => {
      expect((await amount('awardType=NO_SUCH&subject=individual&date=2025-01-01').expect(404)).body.code).toBe('NOT_FOUND');
      const wrongSubject = await amount('awardType=LDTT&subject=collective&date=2025-01-01').expect(400);
      expect(wrongSubject.body.details).toEqual([
        expect.objectContaining({ field: 'subject', message: '“Lao động tiên tiến” không tặng cho tập thể.' }),
      ]);
      const tooEarly = await amount('awardType=LDTT&subject=individual&date=2018-06-30').expect(422);
      expect(tooEarly.body.code).toBe('NO_BASE_SALARY_FOR_DATE');
      await amount('awardType=LDTT&subject=individual&date=2025-02-30').expect(400);
      await amount('awardType=LDTT&subject=someone&date=2025-01-01').expect(400);
    });
  });
});
