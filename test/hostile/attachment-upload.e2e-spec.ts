import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import { createCampaign, docxBytes, insertNomination } from '../factories/campaigns.js';
import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { pdfBytes } from '../factories/revocations.js';
import { minimalXlsx, zipFile } from '../factories/zip.js';
import { type RawResponse, rawRequest } from '../support/raw-http.js';
import { bearer, createTestApp, ENGLISH, type TestApp } from '../support/test-app.js';

const MB = 1024 * 1024;

/**
 * The hostile-input suite for the uploads of attachments (a campaign's documents, a nomination's
 * evidence) and of the registration import: whatever is sent, a 4xx in the one error shape, nothing
 * written, and the service keeps answering. (The route-wide suite sends them JSON and forms; this
 * sends files.)
 */
describe('hostile input: attachment uploads and the registration import', () => {
  let t: TestApp;
  let server: Server;
  let tables: string[];
  let targets: string[];
  let importPath: string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    server = t.app.getHttpServer();
    const unit = await createUnit(t);
    const staff = await createStaff(t, { unitId: unit.id });
    const user = await createUserToken(t, ['hr_officer'], [unit.id]);
    const campaign = await createCampaign(t);
    const nomination = await insertNomination(t, { staffId: staff.id, unitId: unit.id, proposedBy: user.id });
    targets = [`/api/campaigns/${campaign.id}/files`, `/api/nominations/${nomination}/files`];
    importPath = `/api/campaigns/${campaign.id}/registrations/import`;
    const found = (await t.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)) as Array<{
      tablename: string;
    }>;
    tables = found.map((row) => row.tablename).filter((name) => !['login_failures', 'login_throttle', 'migrations'].includes(name));
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  async function counts(): Promise<string> {
    const sql = tables.map((name) => `SELECT '${name}' AS name, count(*)::int AS n FROM "${name}"`).join(' UNION ALL ');
    return ((await t.dataSource.query(sql)) as Array<{ name: string; n: number }>).map((row) => `${row.name}=${row.n}`).join(' ');
  }

  const inErrorShape = (status: number, body: unknown, requestId: unknown): boolean => {
    const problem = body as Record<string, unknown>;
    return (
      problem.statusCode === status &&
      typeof problem.code === 'string' &&
      typeof problem.message === 'string' &&
      problem.requestId === requestId &&
      Object.keys(problem).every((key) => ['statusCode', 'code', 'message', 'details', 'requestId'].includes(key))
    );
  };

  const uploads: Array<{ what: string; file: () => Buffer; name: string; status: number; code: string }> = [
    {
      what: 'a Windows program named .pdf',
      file: () => Buffer.from('MZ\u0090\u0000\u0003', 'latin1'),
      name: 'ke-hoach.pdf',
      status: 415,
      code: 'ATTACHMENT_TYPE_REFUSED',
    },
    {
      what: 'an HTML page named .png',
      file: () => Buffer.from('<script>alert(1)</script>', 'utf8'),
      name: 'anh.png',
      status: 415,
      code: 'ATTACHMENT_TYPE_REFUSED',
    },
    {
      what: 'an SVG image',
      file: () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>', 'utf8'),
      name: 'anh.svg',
      status: 415,
      code: 'ATTACHMENT_TYPE_REFUSED',
    },
    { what: 'a workbook named .docx', file: () => minimalXlsx({}), name: 'mau.docx', status: 415, code: 'ATTACHMENT_TYPE_REFUSED' },
    {
      what: 'a DOCX whose directory declares a 3.9 GB part',
      file: () =>
        zipFile([
          { name: '[Content_Types].xml', data: Buffer.from('<x/>') },
          { name: 'word/document.xml', data: Buffer.from('<x/>'), size: 0xfffffff0 },
        ]),
      name: 'bom.docx',
      status: 415,
      code: 'ATTACHMENT_TYPE_REFUSED',
    },
    {
      what: 'a zip cut off before its directory',
      file: () => docxBytes().subarray(0, 60),
      name: 'cut.docx',
      status: 415,
      code: 'ATTACHMENT_TYPE_REFUSED',
    },
    {
      what: 'a PDF header after a byte of junk',
      file: () => Buffer.from(' %PDF-1.7\n', 'latin1'),
      name: 'qd.pdf',
      status: 415,
      code: 'ATTACHMENT_TYPE_REFUSED',
    },
    { what: 'an empty file', file: () => Buffer.alloc(0), name: 'rong.pdf', status: 400, code: 'ATTACHMENT_EMPTY' },
    {
      what: 'a 21 MB PDF (past the 20 MB upload limit)',
      file: () => Buffer.concat([pdfBytes(), Buffer.alloc(21 * MB, ' ')]),
      name: 'lon.pdf',
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    },
  ];

  it.each(uploads.map((upload) => [upload.what, upload] as const))(
    'refuses %s with a clear 4xx, writing nothing',
    async (_what, upload) => {
      for (const target of targets) {
        const before = await counts();
        const res = await t.http().post(target).set(bearer(t.adminToken)).set(ENGLISH).attach('file', upload.file(), upload.name);
        expect({ target, status: res.status, code: (res.body as { code?: string }).code }).toEqual({
          target,
          status: upload.status,
          code: upload.code,
        });
        expect(inErrorShape(upload.status, res.body, res.headers['x-request-id'])).toBe(true);
        expect(await counts()).toBe(before);
      }
      await t.http().get('/health').expect(200);
    },
  );

  it('refuses what is not an upload of one file in "file": JSON, no file, another field, a cut-off body, no boundary', async () => {
    const boundary = 'hostile-boundary';
    const part = (field: string, content: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="qd.pdf"\r\nContent-Type: application/pdf\r\n\r\n${content}`;
    const multipart = `multipart/form-data; boundary=${boundary}`;
    const cases: Array<{ what: string; type: string; body: string; status: number }> = [
      { what: 'JSON', type: 'application/json', body: '{"file":"%PDF-1.7"}', status: 415 },
      { what: 'no part at all', type: multipart, body: `--${boundary}--\r\n`, status: 400 },
      { what: 'the PDF in another field', type: multipart, body: `${part('document', '%PDF-1.7 x')}\r\n--${boundary}--\r\n`, status: 400 },
      { what: 'a body cut off in the middle of the file', type: multipart, body: part('file', '%PDF-1.7 and then noth'), status: 400 },
      { what: 'a multipart without a boundary', type: 'multipart/form-data', body: part('file', '%PDF-1.7'), status: 400 },
    ];
    const failures: string[] = [];
    for (const path of [...targets, importPath]) {
      for (const hostile of cases) {
        const before = await counts();
        const res: RawResponse = await rawRequest(server, {
          method: 'POST',
          path,
          headers: { ...bearer(t.adminToken), 'content-type': hostile.type, accept: 'application/json' },
          body: hostile.body,
        });
        if (res.status !== hostile.status || !inErrorShape(res.status, res.json, res.headers['x-request-id'])) {
          failures.push(`${path} ${hostile.what}: ${res.status} ${res.text.slice(0, 160)}`);
        }
        if ((await counts()) !== before) {
          failures.push(`${path} ${hostile.what}: wrote rows`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('keeps a file name with control and direction characters only without them, and the bytes exactly', async () => {
    for (const target of targets) {
      const bytes = pdfBytes('bidi');
      const res = await t.http().post(target).set(bearer(t.adminToken)).attach('file', bytes, 'Báo\u202Ecáo\u0007 01.pdf').expect(201);
      expect(res.body).toMatchObject({ fileName: 'Báocáo 01.pdf', sha256: createHash('sha256').update(bytes).digest('hex') });
      const [stored] = (await t.dataSource.query(`SELECT content FROM attachments WHERE id = $1`, [res.body.id])) as Array<{
        content: Buffer;
      }>;
      expect(Buffer.compare(stored.content, bytes)).toBe(0);
    }
  });

  it('the registration import refuses a file that is not a table, not UTF-8, an old .xls, or a cell with a control character', async () => {
    const cases: Array<{ what: string; file: Buffer; name: string; status: number }> = [
      { what: 'a PDF', file: pdfBytes(), name: 'dang-ky.pdf', status: 415 },
      {
        what: 'Windows-1258 text',
        file: Buffer.from([0x4d, 0xe3, 0x20, 0x63, 0xe1, 0x6e, 0x20, 0x62, 0xd9, 0x0d, 0x0a]),
        name: 'dang-ky.csv',
        status: 400,
      },
      { what: 'an Excel 97 file', file: Buffer.from('d0cf11e0a1b11ae1', 'hex'), name: 'dang-ky.xls', status: 415 },
      {
        what: 'a cell with an escape',
        file: Buffer.from('Mã cán bộ,Danh hiệu\r\nA\u001b[31m,LĐTT\r\n', 'utf8'),
        name: 'dang-ky.csv',
        status: 422,
      },
      {
        what: 'a file without a subject column',
        file: Buffer.from('Họ và tên,Danh hiệu\r\nAn,LĐTT\r\n', 'utf8'),
        name: 'dang-ky.csv',
        status: 422,
      },
    ];
    for (const hostile of cases) {
      const before = await counts();
      const res = await t.http().post(importPath).set(bearer(t.adminToken)).set(ENGLISH).attach('file', hostile.file, hostile.name);
      expect({ what: hostile.what, status: res.status }).toEqual({ what: hostile.what, status: hostile.status });
      expect(inErrorShape(hostile.status, res.body, res.headers['x-request-id'])).toBe(true);
      expect(await counts()).toBe(before);
    }
  });
});
