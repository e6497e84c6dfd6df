import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import { createStaff, createUnit } from '../factories/index.js';
import { createIssuedDecision, createIssuer, pdfBytes } from '../factories/revocations.js';
import { type RawResponse, rawRequest } from '../support/raw-http.js';
import { bearer, createTestApp, ENGLISH, type TestApp } from '../support/test-app.js';

const MB = 1024 * 1024;

/**
 * The hostile-input suite for the signed copy of a decision (the only upload of the decisions) and
 * for the JSON routes of revocations, corrections and recoveries given a real issued decision (the
 * route-wide suite reaches them with random ids, which stop at the 404): whatever is sent, a 4xx in
 * the one error shape, nothing written, and the service keeps answering.
 */
describe('hostile input: signed copies, revocations, corrections, recoveries', () => {
  let t: TestApp;
  let server: Server;
  let decisionId: string;
  let lineId: string;
  let tables: string[];

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    server = t.app.getHttpServer();
    const issuer = await createIssuer(t);
    const unit = await createUnit(t);
    const staff = await createStaff(t, { unitId: unit.id, fullName: 'Nguyễn Thị Hoa' });
    const decision = await createIssuedDecision(t, {
      issuerId: issuer.id,
      symbol: issuer.symbol,
      number: 1,
      signedOn: '2026-01-05',
      staff: [{ id: staff.id, fullName: 'Nguyễn Thị Hoa' }],
    });
    decisionId = decision.id;
    lineId = decision.lines[0].id;
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
      what: 'a PNG named .pdf',
      file: () => Buffer.from('\u0089PNG\r\n\u001a\n0000', 'latin1'),
      name: 'qd.pdf',
      status: 415,
      code: 'DECISION_SIGNED_COPY_NOT_PDF',
    },
    {
      what: 'a Word file named .pdf',
      file: () => Buffer.from('PK\u0003\u0004word/document.xml', 'latin1'),
      name: 'qd.pdf',
      status: 415,
      code: 'DECISION_SIGNED_COPY_NOT_PDF',
    },
    {
      what: 'a PDF header after a byte of junk',
      file: () => Buffer.from(' %PDF-1.7\n', 'latin1'),
      name: 'qd.pdf',
      status: 415,
      code: 'DECISION_SIGNED_COPY_NOT_PDF',
    },
    { what: 'an empty file', file: () => Buffer.alloc(0), name: 'rong.pdf', status: 400, code: 'DECISION_SIGNED_COPY_EMPTY' },
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
      const before = await counts();
      const res = await t
        .http()
        .post(`/api/decisions/${decisionId}/signed-copy`)
        .set(bearer(t.adminToken))
        .set(ENGLISH)
        .attach('file', upload.file(), upload.name);
      expect({ status: res.status, code: (res.body as { code?: string }).code }).toEqual({ status: upload.status, code: upload.code });
      expect(inErrorShape(upload.status, res.body, res.headers['x-request-id'])).toBe(true);
      expect(await counts()).toBe(before);
      await t.http().get('/health').expect(200);
    },
  );

  it('refuses what is not an upload of one file in "file": JSON, no file, another field, a cut-off body', async () => {
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
    for (const hostile of cases) {
      const before = await counts();
      const res: RawResponse = await rawRequest(server, {
        method: 'POST',
        path: `/api/decisions/${decisionId}/signed-copy`,
        headers: { ...bearer(t.adminToken), 'content-type': hostile.type, accept: 'application/json' },
        body: hostile.body,
      });
      if (res.status !== hostile.status || !inErrorShape(res.status, res.json, res.headers['x-request-id'])) {
        failures.push(`${hostile.what}: ${res.status} ${res.text.slice(0, 160)}`);
      }
      if ((await counts()) !== before) {
        failures.push(`${hostile.what}: wrote rows`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('accepts a signed PDF just under the limit (19.5 MB), stored whole with its sha256', async () => {
    const big = Buffer.concat([pdfBytes('large scan'), Buffer.alloc(19.5 * MB, '0')]);
    const res = await t
      .http()
      .post(`/api/decisions/${decisionId}/signed-copy`)
      .set(bearer(t.adminToken))
      .attach('file', big, 'scan.pdf')
      .expect(201);
    expect(res.body).toMatchObject({ size: big.length, sha256: createHash('sha256').update(big).digest('hex') });
  });

  it('keeps a file name with control and direction characters only without them, and the bytes exactly', async () => {
    const res = await t
      .http()
      .post(`/api/decisions/${decisionId}/signed-copy`)
      .set(bearer(t.adminToken))
      .attach('file', pdfBytes('bidi'), 'Quyết\u202Eđịnh\u0007 01.pdf')
      .expect(201);
    expect(res.body.fileName).toBe('Quyếtđịnh 01.pdf');
    const [stored] = (await t.dataSource.query(`SELECT content, size FROM decision_signed_copies WHERE id = $1`, [res.body.id])) as Array<{
      content: Buffer;
      size: number;
    }>;
    expect(Buffer.compare(stored.content, pdfBytes('bidi'))).toBe(0);
    expect(stored.size).toBe(pdfBytes('bidi').length);
  });

  it('the JSON routes given a real decision and line: unsafe text and values of the wrong kind are 400s, nothing written', async () => {
    const routes = [
      `/api/decisions/${decisionId}/revocations`,
      `/api/decisions/${decisionId}/corrections`,
      `/api/decisions/${decisionId}/lines/${lineId}/recoveries`,
    ];
    const fields = [
      'reason',
      'issuerId',
      'signedOn',
      'signer',
      'abstract',
      'proposal',
      'lineIds',
      'lines',
      'recoveredOn',
      'moneyRecovered',
      'certificateRecovered',
      'note',
    ];
    const values = [
      '"a\\u0000b"',
      '"abc\\u202Etxt"',
      '"a\\ud800b"',
      'null',
      '["a"]',
      '{"a":"b"}',
      '1e400',
      '0.5',
      'true',
      JSON.stringify('x'.repeat(20_000)),
      '""',
    ];
    const failures: string[] = [];
    for (const path of routes) {
      for (const value of values) {
        const before = await counts();
        const body = `{${fields.map((field) => `"${field}":${value}`).join(',')}}`;
        const res = await rawRequest(server, {
          method: 'POST',
          path,
          headers: { ...bearer(t.adminToken), 'content-type': 'application/json', accept: 'application/json' },
          body,
        });
        if (res.status !== 400 || !inErrorShape(res.status, res.json, res.headers['x-request-id'])) {
          failures.push(`${path} ${value.slice(0, 20)}: ${res.status} ${res.text.slice(0, 160)}`);
        }
        if ((await counts()) !== before) {
          failures.push(`${path} ${value.slice(0, 20)}: wrote rows`);
        }
      }
      // A line id of the wrong decision, a signer of the wrong shape: refused on their fields.
      const nested = await rawRequest(server, {
        method: 'POST',
        path,
        headers: { ...bearer(t.adminToken), 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          reason: 'x',
          issuerId: decisionId,
          signer: { title: 'a\u0000b', name: ['x'] },
          lines: [{ lineId: 'nope' }],
        }),
      });
      if (nested.status !== 400) {
        failures.push(`${path} nested: ${nested.status} ${nested.text.slice(0, 160)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
