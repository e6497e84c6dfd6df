import { randomBytes } from 'node:crypto';
import { bearer, type TestApp } from '../support/test-app.js';

/*
 * The council specs' fixtures: staff and approved nominations written straight to the tables (the
 * nominations' own API comes from another branch; these rows are what its approval leaves), councils
 * through the API.
 */

const unique = (): string => randomBytes(4).toString('hex').toUpperCase();

/** Staff members of a unit with the names given, in one statement. */
export async function insertStaff(t: TestApp, unitId: string, names: readonly string[]): Promise<string[]> {
  const found = (await t.dataSource.query(
    `INSERT INTO staff (code, full_name, gender, unit_id, position, sort_key, search_text)
     SELECT $2 || lpad(n::text, 4, '0'), name, 'female', $1, 'Chuyên viên', lower(name), lower(name)
       FROM unnest($3::text[]) WITH ORDINALITY AS u(name, n)
     RETURNING id`,
    [unitId, `C${unique()}`, names],
  )) as Array<{ id: string }>;
  return found.map((row) => row.id);
}

/** Nominations already approved by the unit's manager (submitted by their proposer), one per staff member. */
export async function insertApprovedNominations(
  t: TestApp,
  input: { unitId: string; awardType: string; year?: number; staffIds: readonly string[]; proposedBy: string },
): Promise<string[]> {
  const found = (await t.dataSource.query(
    `INSERT INTO nominations (year, award_type, staff_id, proposed_by_unit_id, achievements, state, version, proposed_by, submitted_by, submitted_at)
     SELECT $1, $2, s, $3, 'Hoàn thành xuất sắc nhiệm vụ', 'approved', 3, $4, $4, now() + n * interval '1 millisecond'
       FROM unnest($5::uuid[]) WITH ORDINALITY AS v(s, n)
     RETURNING id`,
    [input.year ?? 2025, input.awardType, input.unitId, input.proposedBy, input.staffIds],
  )) as Array<{ id: string }>;
  return found.map((row) => row.id);
}

export interface MemberInput {
  name: string;
  position?: string;
  role: 'chair' | 'vice_chair' | 'member' | 'secretary';
  userId?: string;
  staffId?: string;
  from?: string;
}

/** `count` members from `from`: a chair, a vice-chair, a secretary, then members; `overrides[i]` replaces fields of the i-th. */
export function buildMembers(count: number, from: string, overrides: Record<number, Partial<MemberInput>> = {}): MemberInput[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `Thành viên Hội đồng Số ${String(i + 1).padStart(2, '0')}`,
    position: i === 0 ? 'Giám đốc Thư viện tỉnh' : 'Trưởng phòng',
    role: i === 0 ? 'chair' : i === 1 ? 'vice_chair' : i === 2 ? 'secretary' : 'member',
    from,
    ...overrides[i],
  }));
}

export interface CouncilFixture {
  id: string;
  members: Array<{ id: string; name: string; role: string }>;
}

export async function createCouncil(
  t: TestApp,
  token: string,
  body: { unitId: string; name?: string; locality?: string; members: MemberInput[] },
): Promise<CouncilFixture> {
  const res = await t
    .http()
    .post('/api/councils')
    .set(bearer(token))
    .send({ name: 'Hội đồng Thi đua – Khen thưởng Thư viện tỉnh', locality: 'Vĩnh Phúc', ...body })
    .expect(201);
  return res.body as CouncilFixture;
}
