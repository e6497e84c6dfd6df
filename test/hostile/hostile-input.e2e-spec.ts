import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { csrfFrom, signInThroughForm } from '../factories/import.js';
import { type RawResponse, rawRequest } from '../support/raw-http.js';
import { ADMIN_PASSWORD, bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { type DiscoveredRoute, discoverRoutes } from './routes.js';

/*
 * The hostile-input suite (issue 7): every route the application serves, found from its own
 * metadata, gets every class of input a user can type or a script can send, as the API (admin
 * bearer token) and as the pages (session cookie and CSRF token). Whatever the route, the answer is
 * never a 5xx; on the API a refusal has the documented shape `{statusCode, code, message,
 * details?, requestId}`; and a refused request has written nothing (every table counted).
 */

/** Texts no field accepts (src/common/text/unsafe-characters.ts): the pipe must refuse them before any DTO rule. */
const UNSAFE_TEXTS: Record<string, { json: string; query: string; urlCanCarry?: false }> = {
  nul: { json: 'a\u0000b', query: 'a%00b' },
  escape: { json: 'a\u001b[31mb', query: 'a%1B%5B31mb' },
  bell: { json: 'a\u0007b', query: 'a%07b' },
  del: { json: 'a\u007fb', query: 'a%7Fb' },
  c1: { json: 'a\u0085b', query: 'a%C2%85b' },
  bidiOverride: { json: 'abc\u202Etxt.exe', query: 'abc%E2%80%AEtxt.exe' },
  bidiIsolate: { json: 'a\u2066b\u2069', query: 'a%E2%81%A6b%E2%81%A9' },
  // A lone surrogate has no UTF-8 form: in JSON it is the escape "\ud800", in a URL the bytes of its WTF-8 form.
  // Decoded from a URL or a form, those bytes are not UTF-8 and become U+FFFD, a character like any other.
  loneSurrogate: { json: 'a\ud800b', query: 'a%ED%A0%80b', urlCanCarry: false },
  lineBreak: { json: 'a\nb', query: 'a%0Ab' },
};

/** Values of the wrong kind or size, as JSON text (numbers past what a double holds are written as they would be sent). */
const ODD_VALUES: Record<string, string> = {
  null: 'null',
  array: '["a","b"]',
  object: '{"a":"b"}',
  hugeNumber: '1e400',
  hugeNegative: '-1e400',
  hugeInteger: '123456789012345678901234567890',
  fraction: '0.5',
  boolean: 'true',
  overlong: JSON.stringify('x'.repeat(20_000)),
  emptyString: '""',
};

const GET_CONCURRENCY = 6;
const PAGE_PATH_CLASSES = new Set(['nul', 'bidiOverride', 'lineBreak']);
const PAGE_JSON_CLASSES = new Set(['null', 'array', 'object', 'hugeNumber']);

const DEEP_JSON = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;

/** Routes whose effect would end the suite's own session; they take no input to be hostile with anyway. */
const SKIPPED = new Set(['POST /api/auth/logout', 'POST /logout']);

/** Tables whose rows record attempts, not data: a refused sign-in is counted there by design (the throttle). */
const COUNTERS = new Set(['login_failures', 'login_throttle', 'migrations']);

interface Fixtures {
  unitId: string;
  staffId: string;
  userId: string;
  freezeId: string;
  decisionId: string;
  lineId: string;
  postingId: string;
  objectionId: string;
  nominationId: string;
  dossierId: string;
  councilId: string;
  memberId: string;
  councilSessionId: string;
  campaignId: string;
  registrationId: string;
  fileId: string;
}

type Failure = string;

describe('hostile input on every route', () => {
  let t: TestApp;
  let server: Server;
  let routes: DiscoveredRoute[];
  let fixtures: Fixtures;
  let cookie: string;
  let csrf: string;
  let tables: string[];
  /** Every field name any DTO knows: what a page form or query is sent, since its handler reads it untyped. */
  let anyField: string[];

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    server = t.app.getHttpServer();
    routes = discoverRoutes(t.app).filter((route) => !SKIPPED.has(`${route.method} ${route.path}`));
    anyField = [...new Set(routes.flatMap((route) => [...route.bodyFields, ...route.queryFields]))].sort();
    const unit = await createUnit(t);
    const staff = await createStaff(t, { unitId: unit.id });
    const user = await createUserToken(t, ['hr_officer'], [unit.id]);
    const freeze = await t
      .http()
      .post(`/api/staff/${staff.id}/freezes`)
      .set(bearer(t.adminToken))
      .send({ reason: 'Đang xác minh', from: '2019-03-01' })
      .expect(201);
    // A draft decision with one line, so the decision routes meet a record rather than only 404s.
    const issuer = await t
      .http()
      .post('/api/issuers')
      .set(bearer(t.adminToken))
      .send({ name: 'SỞ THỬ NGHIỆM', symbol: 'STN', place: 'Vĩnh Phúc', signerTitle: 'GIÁM ĐỐC', signerName: 'Nguyễn Văn Ký' })
      .expect(201);
    const decision = await t
      .http()
      .post('/api/decisions')
      .set(bearer(t.adminToken))
      .send({ issuerId: (issuer.body as { id: string }).id, awardType: 'LDTT', year: 2025, plannedSignOn: '2026-01-05' })
      .expect(201);
    const decisionId = (decision.body as { id: string }).id;
    const lines = await t
      .http()
      .post(`/api/decisions/${decisionId}/lines`)
      .set(bearer(t.adminToken))
      .send({ staffIds: [staff.id], reason: 'Thử nghiệm' })
      .expect(201);
    // A posting of one passed nomination with one objection, so the posting routes meet records too (written
    // directly: the suite is about what the routes take, and the calendar it would count on ends in 2027).
    const [{ id: postedNominationId }] = (await t.dataSource.query(
      `INSERT INTO nominations (year, award_type, staff_id, proposed_by_unit_id, proposed_by, state)
       VALUES (2025, 'LDTT', $1, $2, $3, 'posted') RETURNING id`,
      [staff.id, unit.id, user.id],
    )) as Array<{ id: string }>;
    const [{ id: postingId }] = (await t.dataSource.query(
      `INSERT INTO postings (starts_on, ends_on, working_days, minimum_working_days, minimum_source, minimum_verified,
                             minimum_state_level, created_by, created_by_name)
       VALUES ('2099-12-01', '2099-12-07', 5, 5, 'Thử nghiệm', false, false, $1, 'Người Thử') RETURNING id`,
      [user.id],
    )) as Array<{ id: string }>;
    await t.dataSource.query(
      `INSERT INTO posting_nominations (posting_id, nomination_id, ordinal, subject_name, unit_name, award_type, award_name, achievements)
       VALUES ($1, $2, 1, 'Nguyễn Văn An', 'Phòng thử', 'LDTT', 'Lao động tiên tiến', 'Thử nghiệm')`,
      [postingId, postedNominationId],
    );
    const [{ id: objectionId }] = (await t.dataSource.query(
      `INSERT INTO posting_objections (posting_id, nomination_id, text, objector_id, objector_name)
       VALUES ($1, $2, 'Thử nghiệm', $3, 'Người Thử') RETURNING id`,
      [postingId, postedNominationId, user.id],
    )) as Array<{ id: string }>;
    // A draft nomination, so the nomination routes meet a record rather than only 404s (of 2024: the posted one
    // above holds 2025 for the same person, and the screening refuses a second).
    const nomination = await t
      .http()
      .post('/api/nominations')
      .set(bearer(t.adminToken))
      .send({ year: 2024, awardType: 'LDTT', staffId: staff.id, achievements: 'Thử nghiệm' })
      .expect(201);
    // A dossier sent upward with one nomination, so its routes meet a record too (the tables as the upward feature writes them).
    const [{ id: dossierId }] = (await t.dataSource.query(
      `WITH n AS (
         INSERT INTO nominations (year, award_type, staff_id, proposed_by_unit_id, state, proposed_by)
         VALUES (2025, 'CSTD_TINH', $1, $2, 'proposed_upward', (SELECT id FROM users WHERE username = 'admin')) RETURNING id
       ), d AS (
         INSERT INTO upward_dossiers (year, addressee, unit_id, created_by)
         VALUES (2025, 'Chủ tịch Ủy ban nhân dân tỉnh', $2, (SELECT id FROM users WHERE username = 'admin')) RETURNING id
       )
       INSERT INTO upward_dossier_nominations (dossier_id, nomination_id) SELECT d.id, n.id FROM d, n RETURNING dossier_id AS id`,
      [staff.id, unit.id],
    )) as Array<{ id: string }>;
    // A council of one member with an open session (no nominations), so the council routes meet records too.
    const council = await t
      .http()
      .post('/api/councils')
      .set(bearer(t.adminToken))
      .send({
        unitId: unit.id,
        name: 'Hội đồng Thi đua – Khen thưởng thử nghiệm',
        members: [{ name: 'Nguyễn Văn Chủ', role: 'chair', from: '2025-01-01' }],
      })
      .expect(201);
    const councilBody = council.body as { id: string; members: Array<{ id: string }> };
    const councilSession = await t
      .http()
      .post('/api/council-sessions')
      .set(bearer(t.adminToken))
      .send({
        councilId: councilBody.id,
        heldOn: '2025-12-15',
        place: 'Phòng họp',
        attendees: [councilBody.members[0].id],
        nominationIds: [],
      })
      .expect(201);
    // A campaign with a document and a registration: their routes meet records too.
    const campaign = await t
      .http()
      .post('/api/campaigns')
      .set(bearer(t.adminToken))
      .send({ name: 'Phong trào thử nghiệm', kind: 'annual', year: 2025, startsOn: '2025-01-15', endsOn: '2025-12-31' })
      .expect(201);
    const campaignId = (campaign.body as { id: string }).id;
    const file = await t
      .http()
      .post(`/api/campaigns/${campaignId}/files`)
      .set(bearer(t.adminToken))
      .attach('file', Buffer.from('%PDF-1.7\n%%EOF\n', 'latin1'), 'ke-hoach.pdf')
      .expect(201);
    const registration = await t
      .http()
      .post('/api/registrations')
      .set(bearer(t.adminToken))
      .send({ campaignId, staffId: staff.id, awardType: 'LDTT' })
      .expect(201);
    fixtures = {
      postingId,
      objectionId,
      nominationId: (nomination.body as { id: string }).id,
      dossierId,
      councilId: councilBody.id,
      memberId: councilBody.members[0].id,
      councilSessionId: (councilSession.body as { id: string }).id,
      campaignId,
      registrationId: (registration.body as { id: string }).id,
      fileId: (file.body as { id: string }).id,
      unitId: unit.id,
      staffId: staff.id,
      userId: user.id,
      freezeId: (freeze.body as { id: string }).id,
      decisionId,
      lineId: (lines.body as { decision: { lines: Array<{ id: string }> } }).decision.lines[0].id,
    };
    const browser = await signInThroughForm(t, 'admin', ADMIN_PASSWORD);
    const page = await browser.get('/staff').expect(200);
    cookie = String(page.request.cookies);
    csrf = csrfFrom(page.text);
    const found = (await t.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)) as Array<{
      tablename: string;
    }>;
    tables = found.map((row) => row.tablename).filter((name) => !COUNTERS.has(name));
  }, 300_000);

  afterAll(async () => {
    await t.close();
  });

  /** The row count of every table, in one query. */
  async function counts(): Promise<string> {
    const sql = tables.map((name) => `SELECT '${name}' AS name, count(*)::int AS n FROM "${name}"`).join(' UNION ALL ');
    const rows = (await t.dataSource.query(sql)) as Array<{ name: string; n: number }>;
    return rows.map((row) => `${row.name}=${row.n}`).join(' ');
  }

  /** A plausible value for each path parameter: the fixtures' ids where the segment before names them. */
  function paramValue(path: string, name: string): string {
    const before = path.split('/')[path.split('/').indexOf(`:${name}`) - 1];
    if (name === 'year') {
      return '2019';
    }
    if (name === 'freezeId') {
      return fixtures.freezeId;
    }
    if (name === 'lineId') {
      return fixtures.lineId;
    }
    if (name === 'objectionId') {
      return fixtures.objectionId;
    }
    if (name === 'memberId') {
      return fixtures.memberId;
    }
    if (name === 'fileId') {
      return fixtures.fileId;
    }
    if (name === 'registrationId') {
      return fixtures.registrationId;
    }
    if (name === 'code') {
      return 'NO_SUCH_TYPE';
    }
    if (name === 'name') {
      return 'app.css';
    }
    const byCollection: Record<string, string> = {
      staff: fixtures.staffId,
      units: fixtures.unitId,
      users: fixtures.userId,
      decisions: fixtures.decisionId,
      postings: fixtures.postingId,
      nominations: fixtures.nominationId,
      'upward-dossiers': fixtures.dossierId,
      councils: fixtures.councilId,
      'council-sessions': fixtures.councilSessionId,
      campaigns: fixtures.campaignId,
      registrations: fixtures.registrationId,
    };
    return byCollection[before] ?? randomUUID();
  }

  const fillPath = (route: DiscoveredRoute, override: Record<string, string> = {}): string =>
    route.path.replace(/:(\w+)/gu, (_match, name: string) => override[name] ?? encodeURIComponent(paramValue(route.path, name)));

  const paramNames = (route: DiscoveredRoute): string[] => [...route.path.matchAll(/:(\w+)/gu)].map((match) => match[1]);

  const hasBody = (route: DiscoveredRoute): boolean => route.method !== 'GET' && route.method !== 'DELETE';

  /** A JSON object giving every field the same value (as JSON text). */
  const jsonBody = (fields: string[], value: string): string => `{${fields.map((field) => `${JSON.stringify(field)}:${value}`).join(',')}}`;

  const queryOf = (fields: string[], value: string): string =>
    fields.length === 0 ? '' : `?${fields.map((f) => `${f}=${value}`).join('&')}`;

  function send(route: DiscoveredRoute, path: string, body?: { type: string; text: string }): Promise<RawResponse> {
    const headers: Record<string, string> = route.api
      ? { ...bearer(t.adminToken), accept: 'application/json' }
      : { cookie, 'x-csrf-token': csrf, accept: 'text/html' };
    if (body) {
      headers['content-type'] = body.type;
    }
    return rawRequest(server, { method: route.method, path, headers, body: body?.text });
  }

  /** What every answer must satisfy: no 5xx; on the API, the one error shape; on the pages, an HTML page or a redirect. */
  function check(label: string, res: RawResponse, api: boolean): Failure[] {
    if (res.status >= 500) {
      return [`${label}: ${res.status} ${res.text.slice(0, 200)}`];
    }
    if (res.status < 400) {
      return [];
    }
    // What the router or Node's parser refuses before any route (a bad path, 414, 431) is the JSON error shape everywhere.
    if (!api && /^text\/html/u.test(String(res.headers['content-type']))) {
      return [];
    }
    const body = res.json as Record<string, unknown> | undefined;
    const shapeOk =
      body !== undefined &&
      body.statusCode === res.status &&
      typeof body.code === 'string' &&
      typeof body.message === 'string' &&
      typeof body.requestId === 'string' &&
      body.requestId === res.headers['x-request-id'] &&
      Object.keys(body).every((key) => ['statusCode', 'code', 'message', 'details', 'requestId'].includes(key));
    return shapeOk ? [] : [`${label}: ${res.status} not in the error shape: ${res.text.slice(0, 200)}`];
  }

  type HostileRequest = { label: string; path: string; body?: { type: string; text: string }; expect?: (res: RawResponse) => Failure[] };

  const verdict = (route: DiscoveredRoute, request: HostileRequest, res: RawResponse): Failure[] => {
    const label = `${route.method} ${route.path} [${request.label}]`;
    return [...check(label, res, route.api), ...(request.expect?.(res).map((f) => `${label}: ${f}`) ?? [])];
  };

  /**
   * Sends each request of one route and checks each answer. A request that may write (not a GET)
   * goes alone, and after each refusal no table may have changed (an accepted one, say an empty
   * PATCH, may write: the counts are read again after it). GETs, which write nothing by definition
   * of the method, go a few at a time, to keep the suite within a minute per database.
   */
  async function exercise(route: DiscoveredRoute, requests: HostileRequest[]): Promise<Failure[]> {
    const failures: Failure[] = [];
    if (route.method === 'GET') {
      for (let at = 0; at < requests.length; at += GET_CONCURRENCY) {
        const batch = requests.slice(at, at + GET_CONCURRENCY);
        const answers = await Promise.all(batch.map((request) => send(route, request.path, request.body)));
        batch.forEach((request, index) => failures.push(...verdict(route, request, answers[index])));
      }
      return failures;
    }
    let before = await counts();
    for (const request of requests) {
      const res = await send(route, request.path, request.body);
      failures.push(...verdict(route, request, res));
      const after = await counts();
      if (res.status >= 400 && after !== before) {
        failures.push(`${route.method} ${route.path} [${request.label}]: refused with ${res.status} but wrote rows (${before} → ${after})`);
      }
      before = after;
    }
    return failures;
  }

  /** Refused for its text, naming the field: not merely refused for something else the DTO found. */
  const refusedAsUnsafe = (res: RawResponse): Failure[] => {
    const details = (res.json as { details?: Array<{ constraint?: string }> } | undefined)?.details ?? [];
    return res.status === 400 && details.some((detail) => detail.constraint === 'unsafeCharacter')
      ? []
      : [`expected 400 with an unsafeCharacter detail, got ${res.status} ${res.text.slice(0, 160)}`];
  };

  const refused400 = (res: RawResponse): Failure[] => (res.status === 400 ? [] : [`expected 400, got ${res.status}`]);

  function hostileRequests(route: DiscoveredRoute) {
    const json = (text: string) => ({ type: 'application/json', text });
    const form = (text: string) => ({ type: 'application/x-www-form-urlencoded', text: `_csrf=${encodeURIComponent(csrf)}&${text}` });
    const bodyFields = route.api ? route.bodyFields : anyField;
    // A page that reads no query (as its metadata says) still gets the two every page might: a search and a return address.
    const queryFields = route.api || route.queryFields.length > 0 ? route.queryFields : ['q', 'next'];
    const requests: HostileRequest[] = [];
    for (const [name, text] of Object.entries(UNSAFE_TEXTS)) {
      if (queryFields.length > 0) {
        // A page's query goes through its DTO (or nowhere, when the page reads none): refused or ignored, never stored.
        requests.push({
          label: `query ${name}`,
          path: fillPath(route) + queryOf(queryFields, text.query),
          expect: route.api && text.urlCanCarry !== false ? refusedAsUnsafe : undefined,
        });
      }
      // The pages' path parameters pass the same pipe as the API's: three classes are enough there.
      for (const param of route.api || PAGE_PATH_CLASSES.has(name) ? paramNames(route) : []) {
        requests.push({ label: `path :${param} ${name}`, path: fillPath(route, { [param]: text.query }) });
      }
      if (hasBody(route) && bodyFields.length > 0) {
        const body = route.api
          ? json(jsonBody(bodyFields, JSON.stringify(text.json)))
          : form(bodyFields.map((f) => `${f}=${text.query}`).join('&'));
        const expectation = !route.readsBody
          ? undefined
          : route.api
            ? refusedAsUnsafe
            : text.urlCanCarry === false
              ? undefined
              : refused400;
        requests.push({ label: `body ${name}`, path: fillPath(route), body, expect: expectation });
      }
    }
    if (hasBody(route)) {
      // A page takes a form; JSON is a side door to it, tried with the values a form cannot send.
      for (const [name, value] of Object.entries(ODD_VALUES).filter(([odd]) => route.api || PAGE_JSON_CLASSES.has(odd))) {
        requests.push({ label: `body ${name}`, path: fillPath(route), body: json(jsonBody(bodyFields, value)) });
      }
      requests.push({
        label: 'body deep JSON',
        path: fillPath(route),
        body: json(DEEP_JSON),
        expect: (res) => (res.status === 400 ? [] : [`expected 400, got ${res.status}`]),
      });
      requests.push({ label: 'body not JSON', path: fillPath(route), body: json('{"a":') });
      if (!route.api) {
        requests.push({ label: 'form arrays', path: fillPath(route), body: form(bodyFields.map((f) => `${f}=a&${f}=b`).join('&')) });
      }
      // One explicit null per field: PATCH /api/staff/:id {"unitId":null} was a NOT NULL violation (issue 7, item 5).
      if (route.api && (route.method === 'PATCH' || route.method === 'PUT')) {
        for (const field of bodyFields) {
          requests.push({ label: `body ${field}: null`, path: fillPath(route), body: json(jsonBody([field], 'null')) });
        }
      }
    }
    for (const param of paramNames(route)) {
      requests.push({ label: `path :${param} overlong`, path: fillPath(route, { [param]: 'x'.repeat(300) }) });
      requests.push({ label: `path :${param} huge number`, path: fillPath(route, { [param]: '99999999999999999999999' }) });
      requests.push({ label: `path :${param} bad percent-encoding`, path: fillPath(route, { [param]: '%E0%A4%A' }) });
    }
    if (queryFields.length > 0) {
      requests.push({ label: 'query arrays', path: fillPath(route) + `?${queryFields.map((f) => `${f}=1&${f}=2`).join('&')}` });
      requests.push({ label: 'query huge numbers', path: fillPath(route) + queryOf(queryFields, '99999999999999999999999') });
      requests.push({ label: 'query overlong', path: fillPath(route) + queryOf(queryFields, 'x'.repeat(2_000)) });
    }
    requests.push({ label: 'query bad percent-encoding', path: `${fillPath(route)}?q=%E0%A4%A&%zz=1` });
    return requests;
  }

  it('finds the routes from the application itself (a new route joins the suite by itself)', () => {
    const names = routes.map((route) => `${route.method} ${route.path}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'PATCH /api/staff/:id',
        'GET /api/eligibility',
        'PUT /api/staff/:id/appraisals/:year',
        'GET /staff/:id/history',
        'POST /login',
        'POST /api/decisions/:id/issue',
        'GET /api/decisions/:id/document.html',
        'GET /api/decisions/:id/document.docx',
        'GET /api/decisions/:id/document.pdf',
        'GET /api/decisions/:id/list.html',
        'GET /api/decisions/:id/list.docx',
        'GET /api/decisions/:id/list.pdf',
        'GET /api/decisions/:id/rendering',
        'POST /api/decisions/:id/lines',
        'PATCH /api/decisions/:id',
        'GET /api/calendar/holidays',
        'POST /api/calendar/holidays',
        'GET /api/calendar/working-days',
        'GET /api/settings/province',
        'PUT /api/settings/province',
        'GET /api/settings/province/:key/history',
        'GET /settings',
        'GET /settings/edit',
        'POST /settings/edit',
        'GET /api/notifications',
        'POST /api/notifications/read-all',
        'POST /api/notifications/:id/read',
        'GET /notifications',
        'POST /notifications/:id/read',
        'POST /notifications/:id/open',
        'POST /notifications/read-all',
        'GET /api/auth/email',
        'PUT /api/auth/email',
        'POST /account/email',
        'POST /api/postings',
        'GET /api/postings',
        'GET /api/postings/:id',
        'POST /api/postings/:id/objections',
        'POST /api/postings/:id/objections/:objectionId/resolve',
        'GET /postings/:id',
        'POST /postings/:id/objections/:objectionId/resolve',
        'POST /api/councils',
        'GET /api/councils/:id',
        'POST /api/councils/:id/members',
        'POST /api/councils/:id/members/:memberId/end',
        'POST /api/council-sessions',
        'GET /api/council-sessions/:id',
        'PUT /api/council-sessions/:id/ballots/:nominationId',
        'POST /api/council-sessions/:id/close',
        'GET /api/council-sessions/:id/minutes.pdf',
        'GET /api/council-sessions/:id/tally.docx',
        'GET /council-sessions/:id',
        'POST /council-sessions/:id/ballots/:nominationId',
        'POST /councils/:id/sessions',
        'POST /api/campaigns',
        'PATCH /api/campaigns/:id',
        'POST /api/campaigns/:id/files',
        'DELETE /api/campaigns/:id/files/:fileId',
        'POST /api/registrations',
        'PUT /api/campaigns/:id/units/:unitId/registrations',
        'POST /api/campaigns/:id/registrations/import',
        'POST /api/nominations/:id/files',
        'GET /api/nominations/:id/files/:fileId',
        'POST /campaigns/:id/registrations/grid',
        'GET /nominations',
        'POST /nominations',
        'GET /nominations/new',
        'POST /nominations/bulk',
        'GET /nominations/review',
        'POST /nominations/review',
        'GET /nominations/:id',
        'POST /nominations/:id/transition',
        'GET /nominations/:id/edit',
        'POST /nominations/:id/edit',
      ]),
    );
    expect(routes.filter((route) => route.api).length).toBeGreaterThan(40);
    expect(routes.filter((route) => !route.api).length).toBeGreaterThan(20);
    expect(routes.find((route) => route.path === '/api/staff' && route.method === 'POST')?.bodyFields).toEqual(
      expect.arrayContaining(['code', 'fullName', 'unitId']),
    );
  });

  it('the API: no 5xx, the documented error shape, nothing written when refused', async () => {
    const failures: Failure[] = [];
    for (const route of routes.filter((r) => r.api)) {
      failures.push(...(await exercise(route, hostileRequests(route))));
    }
    expect(failures).toEqual([]);
  }, 900_000);

  it('the pages, signed in with a session and a CSRF token: no 5xx, an HTML answer, nothing written when refused', async () => {
    const failures: Failure[] = [];
    for (const route of routes.filter((r) => !r.api)) {
      failures.push(...(await exercise(route, hostileRequests(route))));
    }
    expect(failures).toEqual([]);
  }, 900_000);

  const upperIfUuid = (value: string): string => (/^[0-9a-f-]{36}$/u.test(value) ? value.toUpperCase() : value);

  it('an upper-case UUID in a path or query names the same record as the lower-case one', async () => {
    const failures: Failure[] = [];
    const upper = Object.fromEntries(Object.entries(fixtures).map(([name, id]) => [name, id.toUpperCase()])) as unknown as Fixtures;
    const idQuery = (ids: Fixtures): string => `?staffId=${ids.staffId}&awardType=LDTT&year=2024`;
    for (const route of routes.filter((r) => r.method === 'GET' && (r.path.includes(':') || r.queryFields.includes('staffId')))) {
      const lowerPath = fillPath(route) + (route.queryFields.includes('staffId') ? idQuery(fixtures) : '');
      const upperPath =
        route.path.replace(/:(\w+)/gu, (_m, name: string) => upperIfUuid(paramValue(route.path, name))) +
        (route.queryFields.includes('staffId') ? idQuery(upper) : '');
      const [lower, upperRes] = [await send(route, lowerPath), await send(route, upperPath)];
      failures.push(...check(`GET ${upperPath}`, upperRes, route.api));
      if (lower.status !== upperRes.status) {
        failures.push(`GET ${route.path}: ${lower.status} in lower case, ${upperRes.status} in upper case`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
