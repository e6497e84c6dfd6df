import { createStaff, createUnit } from '../factories/index.js';
import { countRows, csrfFrom, signInThroughForm, staffCsv } from '../factories/import.js';
import { ADMIN_PASSWORD, bearer, createTestApp, ENGLISH, type TestApp } from '../support/test-app.js';

/**
 * The reproductions of issue 7 items 5, 15 and 16 (500s for input anyone can type; names with
 * control characters and bidi overrides), each a clear 4xx now, at the shared mechanism: the
 * global validation pipe, the page forms, the JSON parser and the import reader.
 */
describe('hostile input: the reproductions of issue 7', () => {
  let t: TestApp;
  let unit: { id: string; code: string };
  let staff: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    unit = await createUnit(t);
    staff = await createStaff(t, { unitId: unit.id, position: 'Thủ thư' });
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  const api = () => ({ ...bearer(t.adminToken), ...ENGLISH });

  it.each([
    ['NUL', 'Nguyễn\u0000An', 'U+0000'],
    ['ESC', 'Nguyễn\u001b[2JAn', 'U+001B'],
    ['BEL', 'Nguyễn An\u0007', 'U+0007'],
    ['a right-to-left override', 'Nguyễn \u202Ecod.exe', 'U+202E'],
    ['a lone surrogate', 'Nguyễn \ud800An', 'U+D800'],
  ])('a name with %s is refused with 400 naming the field and the character, nothing written', async (_what, fullName, character) => {
    const before = await countRows(t, 'staff');
    const res = await t
      .http()
      .post('/api/staff')
      .set(api())
      .send({ code: 'NV-HOSTILE', fullName, gender: 'male', unitId: unit.id })
      .expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'fullName', constraint: 'unsafeCharacter' }] });
    expect((res.body as { details: Array<{ message: string }> }).details[0].message).toContain(character);
    expect(await countRows(t, 'staff')).toBe(before);
  });

  it('a NUL in a query or a path is a 400, never PostgreSQL 22021', async () => {
    const query = await t.http().get('/api/staff?q=a%00b').set(api()).expect(400);
    expect(query.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'q', constraint: 'unsafeCharacter' }] });
    const path = await t.http().get(`/api/staff/${staff.id}%00`).set(api()).expect(400);
    expect(path.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'id', constraint: 'unsafeCharacter' }] });
  });

  it('a page form refuses a bidi override with the message in Vietnamese, naming the field', async () => {
    const browser = await signInThroughForm(t, 'admin', ADMIN_PASSWORD);
    const form = await browser.get('/staff/new').expect(200);
    const body = new URLSearchParams({
      _csrf: csrfFrom(form.text),
      code: 'NV-BIDI',
      fullName: 'Trần \u202EThị Bình',
      gender: 'female',
      unitId: unit.id,
    }).toString();
    const res = await browser.post('/staff/new').type('form').send(body).expect(400);
    expect(res.text).toContain('fullName: Có ký tự không được phép (U+202E, ở ký tự thứ 6)');
    expect(await countRows(t, 'staff', 'code = $1', ['NV-BIDI'])).toBe(0);
  });

  it('JSON nested 100,000 deep is refused by the body parser with 400, on sign-in too', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    for (const path of ['/api/auth/login', '/api/staff']) {
      const res = await t.http().post(path).set(api()).set('Content-Type', 'application/json').send(deep).expect(400);
      expect(res.body).toMatchObject({ code: 'MALFORMED_REQUEST', details: [{ field: 'body', constraint: 'maxDepth' }] });
    }
    // 32 levels still reach the DTO (and are refused there for what they hold, not for their depth).
    const shallow = JSON.stringify({ fullName: JSON.parse(`${'['.repeat(31)}${']'.repeat(31)}`) as unknown });
    const res = await t.http().patch(`/api/staff/${staff.id}`).set(api()).set('Content-Type', 'application/json').send(shallow).expect(400);
    expect(res.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: expect.arrayContaining([expect.objectContaining({ field: 'fullName', constraint: 'isString' })]) as unknown,
    });
  });

  it('PATCH with an explicit null is a 400 naming the field, where null is not documented', async () => {
    for (const field of ['unitId', 'fullName', 'code', 'gender', 'status']) {
      const res = await t
        .http()
        .patch(`/api/staff/${staff.id}`)
        .set(api())
        .send({ [field]: null })
        .expect(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field, constraint: 'notNull' }] });
    }
  });

  it('…and null clears a field whose null is documented ("not given", as an empty form field)', async () => {
    const res = await t.http().patch(`/api/staff/${staff.id}`).set(api()).send({ position: null }).expect(200);
    expect(res.body).toMatchObject({ id: staff.id, position: null });
  });

  it('an upper-case UUID in the eligibility query and in the history page names the same person', async () => {
    const upper = staff.id.toUpperCase();
    const lower = await t.http().get(`/api/eligibility?staffId=${staff.id}&awardType=LDTT&year=2024`).set(api()).expect(200);
    const shouted = await t.http().get(`/api/eligibility?staffId=${upper}&awardType=LDTT&year=2024`).set(api()).expect(200);
    expect(shouted.body).toEqual(lower.body);
    await t.http().get(`/api/staff/${upper}/history`).set(api()).expect(200);
    const browser = await signInThroughForm(t, 'admin', ADMIN_PASSWORD);
    await browser.get(`/staff/${upper}/history`).expect(200);
  });

  it('an imported file with a control character or bidi override is refused line by line, nothing written', async () => {
    const before = await countRows(t, 'staff');
    const file = staffCsv([
      ['NV-IMP-1', 'Lê Văn Cường', 'Nam', '', unit.code, '', ''],
      ['NV-IMP-2', 'Phạm \u202EThị Dung', 'Nữ', '', unit.code, '', ''],
      ['NV-IMP-3', 'Hoàng Văn Em', 'Nam', '', unit.code, 'Thủ\u001bthư', ''],
    ]);
    const res = await t.http().post('/api/staff/import').set(api()).attach('file', file, 'can-bo.csv').expect(422);
    expect(res.body).toMatchObject({
      code: 'IMPORT_INVALID',
      details: [
        { line: 3, field: 'fullName', constraint: 'unsafeCharacter' },
        { line: 4, field: 'position', constraint: 'unsafeCharacter' },
      ],
    });
    expect(await countRows(t, 'staff')).toBe(before);
  });
});
