import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { bearer, type TestApp } from '../support/test-app.js';

/*
 * Drafts with lines written straight to the tables, for the issuing specs: the drafting API comes from
 * another branch (decisions.controller.ts); these rows are what it writes (a snapshot per line).
 */

const unique = (): string => randomBytes(4).toString('hex').toUpperCase();

export interface IssuerFixture {
  id: string;
  symbol: string;
  name: string;
}

/** An issuer through the API; its numbering mode (system unless told) written to the table. */
export async function createIssuer(
  t: TestApp,
  overrides: { validFrom?: string; validTo?: string; numberingMode?: 'system' | 'manual'; symbol?: string } = {},
): Promise<IssuerFixture> {
  const symbol = overrides.symbol ?? `S${unique()}`;
  const res = await t
    .http()
    .post('/api/issuers')
    .set(bearer(t.adminToken))
    .send({
      name: `SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH ${symbol}`,
      parentName: 'UBND TỈNH VĨNH PHÚC',
      symbol,
      place: 'Vĩnh Phúc',
      signerTitle: 'GIÁM ĐỐC',
      signerName: 'Nguyễn Văn Bình',
      ...(overrides.validFrom ? { validFrom: overrides.validFrom } : {}),
      ...(overrides.validTo ? { validTo: overrides.validTo } : {}),
    })
    .expect(201);
  const issuer = res.body as IssuerFixture;
  if (overrides.numberingMode === 'manual') {
    await t.dataSource.query(`UPDATE issuers SET numbering_mode = 'manual' WHERE id = $1`, [issuer.id]);
  }
  return issuer;
}

/** `count` staff members of the unit, written in one statement: "Nguyễn Văn A001" …, codes from `prefix`. */
export async function insertStaff(dataSource: DataSource, unitId: string, count: number, prefix = `D${unique()}`): Promise<string[]> {
  const found = (await dataSource.query(
    `INSERT INTO staff (code, full_name, gender, unit_id, position, sort_key, search_text)
     SELECT $2 || lpad(n::text, 4, '0'), 'Nguyễn Văn Ánh ' || lpad(n::text, 4, '0'), 'male', $1, 'Chuyên viên',
            'anh nguyen van ' || lpad(n::text, 4, '0'), 'nguyen van anh ' || lower($2) || lpad(n::text, 4, '0')
       FROM generate_series(1, $3::int) AS n
     RETURNING id`,
    [unitId, prefix, count],
  )) as Array<{ id: string }>;
  return found.map((row) => row.id);
}

export interface DraftInput {
  issuerId: string;
  staffIds: string[];
  awardType?: string;
  year?: number;
  /** Lines written in reverse name order (another physical order of the same people). */
  reverse?: boolean;
}

/** A draft award decision with one eligible line per staff member, snapshots taken from the registry. */
export async function insertDraft(dataSource: DataSource, input: DraftInput): Promise<{ id: string; lineIds: string[] }> {
  const [decision] = (await dataSource.query(
    `INSERT INTO decisions (issuer_id, award_type_code, year, subject, signer_title, signer_name, abstract)
     VALUES ($1, $2, $3::int, 'individual', 'GIÁM ĐỐC', 'Nguyễn Văn Bình', 'Về việc tặng danh hiệu “Lao động tiên tiến” năm ' || $4::text)
     RETURNING id`,
    [input.issuerId, input.awardType ?? 'LDTT', input.year ?? 2025, String(input.year ?? 2025)],
  )) as Array<{ id: string }>;
  const lines = (await dataSource.query(
    `INSERT INTO decision_lines (decision_id, staff_id, full_name, position, unit_name, unit_path, sort_key, verdict)
     SELECT $1, s.id, s.full_name, s.position, u.name, u.path, s.sort_key, 'eligible'
       FROM staff s JOIN units u ON u.id = s.unit_id
      WHERE s.id = ANY($2::uuid[])
      ORDER BY s.sort_key ${input.reverse ? 'DESC' : 'ASC'}
     RETURNING id`,
    [decision.id, input.staffIds],
  )) as Array<{ id: string }>;
  return { id: decision.id, lineIds: lines.map((line) => line.id) };
}
