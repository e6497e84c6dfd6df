import type { Response, Test } from 'supertest';
import { createUnit } from '../factories/index.js';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';

/** Every 4xx answers this shape, with nothing else but optional details. */
function expectProblem(res: Response, statusCode: number, code: string): void {
  expect(res.status).toBe(statusCode);
  expect(res.headers['content-type']).toMatch(/^application\/json/u);
  expect(res.body).toEqual({
    statusCode,
    code,
    message: expect.any(String),
    requestId: expect.any(String),
    ...((res.body as { details?: unknown }).details === undefined ? {} : { details: expect.any(Array) }),
  });
  expect((res.body as { requestId: string }).requestId).toBe(res.headers['x-request-id']);
}

describe('bad input answers 4xx in one shape and writes nothing', () => {
  let t: TestApp;
  let unitId: string;
  let valid: Record<string, unknown>;

  const countRows = async (): Promise<{ staff: number; audit: number }> => {
    const [row] = (await t.dataSource.query(
      'SELECT (SELECT count(*) FROM staff)::int AS staff, (SELECT count(*) FROM audit_log)::int AS audit',
    )) as Array<{ staff: number; audit: number }>;
    return row;
  };
  const postStaff = (body: unknown): Test =>
    t
      .http()
      .post('/api/staff')
      .set(bearer(t.adminToken))
      .send(body as object);

  /** Runs the request and checks that no staff row and no audit entry was written. */
  async function writesNothing(send: () => Promise<Response>): Promise<Response> {
    const before = await countRows();
    const res = await send();
    expect(await countRows()).toEqual(before);
    return res;
  }

  beforeAll(async () => {
    t = await createTestApp();
    unitId = (await createUnit(t, { name: 'Phòng Phục vụ bạn đọc', code: 'ERR-PV' })).id;
    valid = { code: 'ERR-1', fullName: 'Nguyễn Văn An', gender: 'male', unitId };
  });
  afterAll(async () => {
    await t.close();
  });

  it('accepts the valid body the other cases start from', async () => {
    // Proves the cases below fail for the reason they name, not because the base body is wrong.
    await postStaff({ ...valid, code: 'ERR-OK' }).expect(201);
  });

  it('answers 400 for malformed JSON', async () => {
    const res = await writesNothing(() =>
      t.http().post('/api/staff').set(bearer(t.adminToken)).set('Content-Type', 'application/json').send('{"code": "ERR-2", "fullName": '),
    );
    expectProblem(res, 400, 'MALFORMED_REQUEST');
  });

  it('answers 400 for an unknown field, naming it', async () => {
    const res = await writesNothing(() => postStaff({ ...valid, salary: 1000 }));
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect((res.body as { details: Array<{ field: string }> }).details.map((d) => d.field)).toContain('salary');
  });

  it.each([
    ['a number for fullName', { fullName: 12345 }, 'fullName'],
    ['an array for code', { code: ['ERR-3'] }, 'code'],
    ['an object for gender', { gender: { male: true } }, 'gender'],
    ['a gender outside the list', { gender: 'other' }, 'gender'],
    ['a unitId that is not a UUID', { unitId: 'phong-1' }, 'unitId'],
  ])('answers 400 for %s', async (_name, override, field) => {
    const res = await writesNothing(() => postStaff({ ...valid, ...override }));
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect((res.body as { details: Array<{ field: string }> }).details.map((d) => d.field)).toContain(field);
  });

  it('answers 400 for a name of 201 characters and accepts 200', async () => {
    const res = await writesNothing(() => postStaff({ ...valid, fullName: 'A'.repeat(201) }));
    expectProblem(res, 400, 'VALIDATION_FAILED');
    await postStaff({ ...valid, code: 'ERR-200', fullName: 'A'.repeat(200) }).expect(201);
  });

  it.each(['2023-02-30', '2023-13-01', '12/04/1985', '1985-4-12'])('answers 400 for the date %s', async (dateOfBirth) => {
    const res = await writesNothing(() => postStaff({ ...valid, dateOfBirth }));
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect((res.body as { details: Array<{ field: string }> }).details.map((d) => d.field)).toContain('dateOfBirth');
  });

  it('answers 413 for a body over 1 MB', async () => {
    const res = await writesNothing(() => postStaff({ ...valid, position: 'x'.repeat(1024 * 1024 + 10) }));
    expectProblem(res, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('answers 400, not 500, for an id that is not a UUID', async () => {
    expectProblem(await t.http().get('/api/staff/not-a-uuid').set(bearer(t.adminToken)), 400, 'MALFORMED_REQUEST');
    const res = await writesNothing(() => t.http().patch('/api/staff/1%27%20OR%201=1').set(bearer(t.adminToken)).send({ fullName: 'X' }));
    expectProblem(res, 400, 'MALFORMED_REQUEST');
  });

  it('answers 400 for a PATCH with a wrong type, leaving the record as it was', async () => {
    const created = (await postStaff({ ...valid, code: 'ERR-PATCH' }).expect(201)).body as { id: string };
    const res = await writesNothing(() => t.http().patch(`/api/staff/${created.id}`).set(bearer(t.adminToken)).send({ status: 'deleted' }));
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(await t.dataSource.query('SELECT status FROM staff WHERE id = $1', [created.id])).toEqual([{ status: 'active' }]);
  });

  it('answers 404 in the same shape for an unknown route under /api', async () => {
    expectProblem(await t.http().get('/api/no-such-thing').set(bearer(t.adminToken)), 404, 'NOT_FOUND');
    expectProblem(await t.http().post('/api/no-such-thing').send({}), 404, 'NOT_FOUND');
  });

  it('answers 401 in the same shape without a token', async () => {
    const res = await writesNothing(() => t.http().post('/api/staff').send(valid));
    expectProblem(res, 401, 'UNAUTHENTICATED');
  });
});
