import type request from 'supertest';
import { createStaff, createUnit } from '../factories/index.js';
import { csrfFrom, signInThroughForm } from '../factories/import.js';
import { ADMIN_PASSWORD, bearer, createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The pages' one date field (issue 8, item 1): typed dd/mm/yyyy (or yyyy-mm-dd), stored YYYY-MM-DD,
 * shown dd/mm/yyyy; a day that does not exist is said to be so beside the field; a text input that
 * keeps "/" on a phone, never the browser's date picker. The JSON API keeps YYYY-MM-DD only.
 */
describe('date fields on the pages', () => {
  let t: TestApp;
  let admin: request.Agent;
  let unit: { id: string };

  /** Posts a page form with the token of the page it came from. */
  const submit = async (pagePath: string, action: string, fields: Record<string, string>): Promise<request.Response> => {
    const page = await admin.get(pagePath).expect(200);
    return admin
      .post(action)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), ...fields });
  };

  const staffForm = (code: string, dateOfBirth: string) => ({
    code,
    fullName: 'Lê Thị Ngày',
    gender: 'female',
    dateOfBirth,
    unitId: unit.id,
    position: '',
    startedOn: ' 1/9/2012 ',
  });

  const storedDates = async (code: string) =>
    (await t.dataSource.query(`SELECT date_of_birth::text AS "dateOfBirth", started_on::text AS "startedOn" FROM staff WHERE code = $1`, [
      code,
    ])) as Array<{ dateOfBirth: string | null; startedOn: string | null }>;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInThroughForm(t, 'admin', ADMIN_PASSWORD);
    unit = await createUnit(t, { name: 'Thư viện tỉnh', code: 'TV-DATES' });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  }, 60_000);

  it('offers text inputs with "/" on a phone keyboard, not the date picker, on the staff, history and issuer forms', async () => {
    const person = await createStaff(t, { unitId: unit.id, fullName: 'Phan Văn Lịch' });
    const pages = [
      { path: '/staff/new', ids: ['dateOfBirth', 'startedOn'] },
      { path: `/staff/${person.id}/edit`, ids: ['dateOfBirth', 'startedOn', 'leftOn'] },
      { path: `/staff/${person.id}/history`, ids: ['award-decisionDate', 'discipline-from', 'discipline-to', 'freeze-from', 'freeze-to'] },
      { path: '/issuers', ids: ['validFrom', 'validTo'] },
    ];
    for (const { path, ids } of pages) {
      const html = (await admin.get(path).expect(200)).text;
      expect(html).not.toContain('type="date"');
      expect(html).not.toMatch(/inputmode="numeric"[^>]*placeholder="\d{4}-/u);
      for (const id of ids) {
        expect(html).toMatch(
          new RegExp(
            `<input id="${id}" name="\\w+" type="text" inputmode="text" autocomplete="off" value="[^"]*" placeholder="dd/mm/yyyy"`,
            'u',
          ),
        );
      }
      expect(html).toContain('ngày/tháng/năm, ví dụ 21/03/1985');
    }
  });

  it('saves 15/08/1990 typed in the staff form as 1990-08-15 (spaces and one-digit parts too)', async () => {
    const res = await submit('/staff/new', '/staff/new', staffForm('DATE-OK', '15/08/1990'));
    expect(res.status).toBe(303);
    expect(await storedDates('DATE-OK')).toEqual([{ dateOfBirth: '1990-08-15', startedOn: '2012-09-01' }]);
  });

  it('still takes yyyy-mm-dd', async () => {
    expect((await submit('/staff/new', '/staff/new', staffForm('DATE-ISO', '1990-08-15'))).status).toBe(303);
    expect(await storedDates('DATE-ISO')).toEqual([{ dateOfBirth: '1990-08-15', startedOn: '2012-09-01' }]);
  });

  it('re-renders 31/02/2025 as typed with "this day does not exist" beside the field, and writes nothing', async () => {
    const res = await submit('/staff/new', '/staff/new', staffForm('DATE-31-02', '31/02/2025'));
    expect(res.status).toBe(400);
    expect(res.text).toContain('<p class="field-error" id="dateOfBirth-error">31/02/2025: tháng 2 năm 2025 không có ngày 31.</p>');
    expect(res.text).toMatch(
      /<input id="dateOfBirth" name="dateOfBirth" [^>]*value="31\/02\/2025"[^>]*aria-invalid="true" aria-describedby="dateOfBirth-error">/u,
    );
    expect(res.text).toContain('Vui lòng sửa các lỗi được đánh dấu bên dưới.');
    expect(await storedDates('DATE-31-02')).toEqual([]);
  });

  it('says a wrong form (a 2-digit year) is a wrong form, not a missing day', async () => {
    const res = await submit('/staff/new', '/staff/new', staffForm('DATE-90', '15/08/90'));
    expect(res.status).toBe(400);
    expect(res.text).toContain(
      '<p class="field-error" id="dateOfBirth-error">Ngày “15/08/90” không đúng dạng: ghi ngày/tháng/năm, ví dụ 15/08/1990 (năm đủ 4 chữ số).</p>',
    );
    expect(await storedDates('DATE-90')).toEqual([]);
  });

  it('pre-fills the edit form with 02/02/1993 for a person born 1993-02-02, and saves it back unchanged', async () => {
    const person = await createStaff(t, { unitId: unit.id, code: 'DATE-EDIT', fullName: 'Đỗ Thị Hai', dateOfBirth: '1993-02-02' });
    const form = (await admin.get(`/staff/${person.id}/edit`).expect(200)).text;
    expect(form).toMatch(/<input id="dateOfBirth" name="dateOfBirth" [^>]*value="02\/02\/1993"/u);
    const res = await submit(`/staff/${person.id}/edit`, `/staff/${person.id}/edit`, {
      code: 'DATE-EDIT',
      fullName: 'Đỗ Thị Hai',
      gender: person.gender,
      dateOfBirth: '02/02/1993',
      unitId: unit.id,
      position: '',
      startedOn: '',
      status: 'active',
      leftOn: '',
    });
    expect(res.status).toBe(303);
    expect(await storedDates('DATE-EDIT')).toEqual([{ dateOfBirth: '1993-02-02', startedOn: null }]);
  });

  it('reads dd/mm/yyyy in the history forms, and refuses 31/04 beside the field of that form', async () => {
    const person = await createStaff(t, { unitId: unit.id, fullName: 'Vũ Văn Kỷ' });
    const refused = await submit(`/staff/${person.id}/history`, `/staff/${person.id}/history/disciplines`, {
      level: 'reprimand',
      from: '31/04/2024',
      to: '',
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('<p class="field-error" id="discipline-from-error">31/04/2024: tháng 4 năm 2024 không có ngày 31.</p>');
    const saved = await submit(`/staff/${person.id}/history`, `/staff/${person.id}/history/disciplines`, {
      level: 'reprimand',
      from: '01/03/2024',
      to: '29/02/2028',
    });
    expect(saved.status).toBe(303);
    expect(
      await t.dataSource.query('SELECT starts_on::text AS "from", ends_on::text AS "to" FROM disciplines WHERE staff_id = $1', [person.id]),
    ).toEqual([{ from: '2024-03-01', to: '2028-02-29' }]);
  });

  it('reads dd/mm/yyyy in the issuer form and shows it back dd/mm/yyyy in its edit form', async () => {
    const res = await submit('/issuers', '/issuers', {
      name: 'UBND huyện Ngày Tháng',
      parentName: '',
      symbol: 'UBNDNT',
      place: 'Vĩnh Yên',
      signerTitle: 'Chủ tịch',
      signerName: 'Nguyễn Văn Ký',
      validFrom: '01/01/1997',
      validTo: '30/06/2025',
      successorId: '',
    });
    expect(res.status).toBe(303);
    const [issuer] = (await t.dataSource.query(
      `SELECT id, valid_from::text AS "validFrom", valid_to::text AS "validTo" FROM issuers WHERE symbol = 'UBNDNT'`,
    )) as Array<{ id: string; validFrom: string; validTo: string }>;
    expect(issuer).toMatchObject({ validFrom: '1997-01-01', validTo: '2025-06-30' });
    const form = (await admin.get(`/issuers/${issuer.id}/edit`).expect(200)).text;
    expect(form).toMatch(/<input id="validFrom" name="validFrom" [^>]*value="01\/01\/1997"/u);
    expect(form).toMatch(/<input id="validTo" name="validTo" [^>]*value="30\/06\/2025"/u);
  });

  it('keeps the JSON API on YYYY-MM-DD only', async () => {
    const refused = await t
      .http()
      .post('/api/staff')
      .set(bearer(t.adminToken))
      .send({ code: 'DATE-API', fullName: 'API', gender: 'male', unitId: unit.id, dateOfBirth: '15/08/1990' });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await storedDates('DATE-API')).toEqual([]);
  });
});
