import { bearer, type TestApp } from '../support/test-app.js';
import { type Rating } from '../../src/kernel/index.js';

/** History seeded through the history API, as an HR officer would enter it (admin token). */

export async function setRating(t: TestApp, kind: 'staff' | 'units', id: string, year: number, rating: Rating): Promise<void> {
  await t.http().put(`/api/${kind}/${id}/appraisals/${year}`).set(bearer(t.adminToken)).send({ rating }).expect(200);
}

export async function setRatings(t: TestApp, staffId: string, ratings: Record<number, Rating>): Promise<void> {
  for (const [year, rating] of Object.entries(ratings)) {
    await setRating(t, 'staff', staffId, Number(year), rating);
  }
}

export async function recordAward(
  t: TestApp,
  award: { awardType: string; year: number; staffId?: string; unitId?: string; basis?: 'regular' | 'ad_hoc' | 'thematic' },
): Promise<{ id: string }> {
  const res = await t.http().post('/api/awards').set(bearer(t.adminToken)).send(award).expect(201);
  return res.body as { id: string };
}

export async function addInitiative(
  t: TestApp,
  staffId: string,
  year: number,
  level: 'grassroots' | 'provincial' | 'national',
  title = `Sáng kiến ${year} ${level}`,
): Promise<void> {
  await t.http().post(`/api/staff/${staffId}/initiatives`).set(bearer(t.adminToken)).send({ year, title, level }).expect(201);
}

export async function addFreeze(t: TestApp, staffId: string, from: string, reason = 'Đang xem xét kỷ luật'): Promise<void> {
  await t.http().post(`/api/staff/${staffId}/freezes`).set(bearer(t.adminToken)).send({ reason, from }).expect(201);
}

export async function addDiscipline(t: TestApp, staffId: string, level: string, from: string, to?: string): Promise<void> {
  await t
    .http()
    .post(`/api/staff/${staffId}/disciplines`)
    .set(bearer(t.adminToken))
    .send({ level, from, ...(to ? { to } : {}) })
    .expect(201);
}
