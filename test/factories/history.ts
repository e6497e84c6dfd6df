import type { TestApp } from '../support/test-app.js';
import { bearer, ENGLISH } from '../support/test-app.js';

export interface AwardInput {
  awardType: string;
  staffId?: string;
  unitId?: string;
  year: number;
  decisionNumber?: string;
  decisionDate?: string;
  issuerName?: string;
  basis?: 'regular' | 'ad_hoc' | 'thematic';
}

export interface AwardRecordBody {
  id: string;
  awardType: string;
  kind: 'title' | 'commendation';
  year: number;
  revoked: boolean;
  staffId: string | null;
  unitId: string | null;
}

/** Records an award through the API (as admin unless a token is given); expects 201. */
export async function createAward(t: TestApp, input: AwardInput, token = t.adminToken): Promise<AwardRecordBody> {
  const res = await t.http().post('/api/awards').set(bearer(token)).send(input).expect(201);
  return res.body as AwardRecordBody;
}

export async function putStaffAppraisal(
  t: TestApp,
  staffId: string,
  year: number,
  rating: string,
  token = t.adminToken,
): Promise<{ id: string }> {
  const res = await t.http().put(`/api/staff/${staffId}/appraisals/${year}`).set(bearer(token)).send({ rating }).expect(200);
  return res.body as { id: string };
}

/**
 * A rating as an older version let it in — a year now refused as implausible (a future 2030, say) —
 * written straight to the table, for the specs of correcting such data.
 */
export async function insertLegacyAppraisal(t: TestApp, staffId: string, year: number, rating: string): Promise<{ id: string }> {
  const [row] = (await t.dataSource.query(`INSERT INTO appraisals (staff_id, year, rating) VALUES ($1, $2, $3) RETURNING id`, [
    staffId,
    year,
    rating,
  ])) as Array<{ id: string }>;
  return row;
}

export async function createInitiative(
  t: TestApp,
  staffId: string,
  input: { year: number; title: string; level: 'grassroots' | 'provincial' | 'national' },
  token = t.adminToken,
): Promise<{ id: string }> {
  const res = await t.http().post(`/api/staff/${staffId}/initiatives`).set(bearer(token)).send(input).expect(201);
  return res.body as { id: string };
}

/** Uploads a history file (CSV text or XLSX bytes) as multipart `file`; returns the raw response. */
export function importHistory(t: TestApp, kind: string, content: string | Buffer, filename = `${kind}.csv`, token = t.adminToken) {
  const body = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  // Problems come back in the language asked for (else the user's, Vietnamese here): the specs read the English texts.
  return t.http().post(`/api/history/import?kind=${kind}`).set(bearer(token)).set(ENGLISH).attach('file', body, filename);
}

/** Rows of a table, for database assertions. */
export async function countRows(
  t: TestApp,
  table: 'award_records' | 'appraisals' | 'initiatives' | 'disciplines' | 'freezes',
): Promise<number> {
  const [{ count }] = (await t.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`)) as Array<{ count: number }>;
  return count;
}
