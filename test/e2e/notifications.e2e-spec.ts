import type { EntityManager } from 'typeorm';
import { csrfFrom, signInThroughForm } from '../factories/import.js';
import { createUnit, createUserToken } from '../factories/index.js';
import type { Role } from '../../src/kernel/index.js';
import { type NotificationMessage, NotificationsService } from '../../src/notifications/index.js';
import { nextReminderRun } from '../../src/notifications/deadline-reminders.js';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';

/**
 * Notifications (issue 10, "Notifications": at every transition the people who must act next are
 * told, in an in-app inbox and by e-mail when SMTP_URL is set). Who is told follows the unit scope
 * of src/common/access/scope.ts; nobody reads or marks another's messages; a rolled-back transition
 * tells nobody; the e-mail goes through a real SMTP server started here.
 */

interface User {
  id: string;
  username: string;
  token: string;
}

interface InboxItem {
  id: string;
  kind: string;
  subject: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

const PASSWORD = 'password-123';
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function eventually(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) {
      throw new Error(`Timed out waiting for ${what}`);
    }
    await sleep(25);
  }
}

const message = (to: NotificationMessage['to'], overrides: Partial<NotificationMessage> = {}): NotificationMessage => ({
  to,
  kind: 'nomination.submitted',
  subject: 'Đề nghị chờ duyệt: Nguyễn Văn An – Lao động tiên tiến 2025',
  body: 'Phòng Phục vụ bạn đọc đã gửi đề nghị; đề nghị chờ lãnh đạo đơn vị xem xét.',
  link: '/nominations/3f1c',
  ...overrides,
});

describe('notifications: the inbox, who is told, and no mail without SMTP_URL', () => {
  let t: TestApp;
  let service: NotificationsService;
  let units: Record<'root' | 'a' | 'a1' | 'b', string>;
  let users: Record<string, User>;

  const user = async (name: string, roles: Role[], unitIds: string[] = []): Promise<User> => {
    users[name] = await createUserToken(t, roles, unitIds);
    return users[name];
  };
  const notify = (msg: NotificationMessage, manager?: EntityManager): Promise<number> =>
    manager ? service.notify(manager, msg) : t.dataSource.transaction((tx) => service.notify(tx, msg));
  const recipientsOf = async (kind: string): Promise<string[]> => {
    const rows = (await t.dataSource.query(`SELECT user_id FROM notifications WHERE kind = $1`, [kind])) as Array<{ user_id: string }>;
    const names = new Map(Object.entries(users).map(([name, u]) => [u.id, name]));
    return rows.map((row) => names.get(row.user_id) ?? row.user_id).sort();
  };
  const inbox = async (who: User, query: Record<string, string | number> = {}) =>
    (await t.http().get('/api/notifications').query(query).set(bearer(who.token)).expect(200)).body as {
      unread: number;
      items: InboxItem[];
      total: number;
      page: number;
      pageSize: number;
    };

  beforeAll(async () => {
    t = await createTestApp();
    service = t.app.get(NotificationsService);
    const root = await createUnit(t, { name: 'Thư viện tỉnh', code: 'NT-ROOT' });
    const a = await createUnit(t, { name: 'Phòng Phục vụ bạn đọc', code: 'NT-A', parentId: root.id });
    const a1 = await createUnit(t, { name: 'Tổ Đọc thiếu nhi', code: 'NT-A1', parentId: a.id });
    const b = await createUnit(t, { name: 'Phòng Tin học', code: 'NT-B', parentId: root.id });
    units = { root: root.id, a: a.id, a1: a1.id, b: b.id };
    users = {};
    await user('managerOfA', ['manager'], [a.id]);
    await user('managerOfA1', ['manager'], [a1.id]);
    await user('managerOfRoot', ['manager'], [root.id]);
    await user('managerOfB', ['manager'], [b.id]);
    await user('managerEverywhere', ['manager']);
    await user('hrOfA', ['hr_officer'], [a.id]);
    await user('adminManager', ['admin', 'manager']);
    await user('actor', ['manager', 'hr_officer'], [a.id]);
    await user('inactive', ['manager'], [a.id]);
    await t.http().patch(`/api/users/${users.inactive.id}`).set(bearer(t.adminToken)).send({ active: false }).expect(200);
  }, 120_000);

  afterAll(async () => {
    await t.close();
  });

  it('by role over a unit: exactly the holders whose scope covers it (its units and the units above, all-units users, admins holding the role), never the actor nor an inactive user', async () => {
    const told = await notify(message({ roles: ['manager'], unitId: units.a1, exceptUserId: users.actor.id }, { kind: 'scope.a1' }));
    expect(await recipientsOf('scope.a1')).toEqual(['adminManager', 'managerEverywhere', 'managerOfA', 'managerOfA1', 'managerOfRoot']);
    expect(told).toBe(5);
    // The first admin holds no manager role: an admin is told only when holding the role asked for.
    const admins = (await t.http().get('/api/notifications').set(bearer(t.adminToken)).expect(200)).body as { items: InboxItem[] };
    expect(admins.items.filter((item) => item.kind === 'scope.a1')).toEqual([]);
  });

  it('a sibling unit reaches its own manager and not the others; named users are added whatever their role or scope', async () => {
    await notify(message({ userIds: [users.hrOfA.id], roles: ['manager'], unitId: units.b }, { kind: 'scope.b' }));
    expect(await recipientsOf('scope.b')).toEqual(['adminManager', 'hrOfA', 'managerEverywhere', 'managerOfB', 'managerOfRoot']);
  });

  it('without a unit, every active holder of the roles; the actor is left out even when named', async () => {
    await notify(message({ userIds: [users.actor.id], roles: ['hr_officer'], exceptUserId: users.actor.id }, { kind: 'scope.all-hr' }));
    expect(await recipientsOf('scope.all-hr')).toEqual(['hrOfA']);
  });

  it('refuses a link to another origin, before writing anything', async () => {
    for (const link of ['https://evil.example/x', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '/a b']) {
      await expect(notify(message({ userIds: [users.hrOfA.id] }, { kind: 'scope.bad-link', link }))).rejects.toThrow(/link/u);
    }
    expect(await recipientsOf('scope.bad-link')).toEqual([]);
  });

  it('a rolled-back transaction leaves no notification (and, without SMTP_URL, no mail job ever)', async () => {
    await expect(
      t.dataSource.transaction(async (manager) => {
        expect(await notify(message({ roles: ['manager'], unitId: units.a }, { kind: 'rolled.back' }), manager)).toBeGreaterThan(0);
        throw new Error('the transition failed after telling');
      }),
    ).rejects.toThrow('the transition failed');
    expect(await recipientsOf('rolled.back')).toEqual([]);
    const mails = (await t.dataSource.query(`SELECT count(*)::int AS n FROM jobs WHERE kind = 'notifications.mail'`)) as Array<{
      n: number;
    }>;
    expect(mails[0].n).toBe(0);
  });

  it('the inbox: own messages newest first, the unread count, only the unread on asking, 20 a page', async () => {
    const reader = await user('reader', ['viewer'], [units.a]);
    for (let i = 1; i <= 23; i++) {
      await notify(message({ userIds: [reader.id] }, { kind: 'inbox.page', subject: `Thông báo số ${i}` }));
    }
    const first = await inbox(reader);
    expect(first).toMatchObject({ unread: 23, total: 23, page: 1, pageSize: 20 });
    expect(first.items.map((item) => item.subject).slice(0, 2)).toEqual(['Thông báo số 23', 'Thông báo số 22']);
    expect(first.items[0]).toMatchObject({ kind: 'inbox.page', link: '/nominations/3f1c', readAt: null });
    const second = await inbox(reader, { page: 2 });
    expect(second.items.map((item) => item.subject)).toEqual(['Thông báo số 3', 'Thông báo số 2', 'Thông báo số 1']);

    const marked = await t.http().post(`/api/notifications/${first.items[0].id}/read`).set(bearer(reader.token)).expect(200);
    expect(marked.body).toMatchObject({ id: first.items[0].id, readAt: expect.any(String) });
    const readAt = (marked.body as InboxItem).readAt;
    // Marking again keeps the first time.
    const again = await t.http().post(`/api/notifications/${first.items[0].id.toUpperCase()}/read`).set(bearer(reader.token)).expect(200);
    expect((again.body as InboxItem).readAt).toBe(readAt);

    const unread = await inbox(reader, { unread: 'true' });
    expect(unread).toMatchObject({ unread: 22, total: 22 });
    expect(unread.items.map((item) => item.id)).not.toContain(first.items[0].id);
    expect((await inbox(reader, { unread: 'false' })).total).toBe(23);

    const all = await t.http().post('/api/notifications/read-all').set(bearer(reader.token)).expect(200);
    expect(all.body).toEqual({ marked: 22 });
    expect(await inbox(reader)).toMatchObject({ unread: 0, total: 23 });
    expect((await t.http().post('/api/notifications/read-all').set(bearer(reader.token)).expect(200)).body).toEqual({ marked: 0 });
  });

  it('nobody reads or marks another user’s messages: not listed, and 404 as if they did not exist', async () => {
    const owner = await user('owner', ['viewer']);
    const other = await user('other', ['viewer']);
    await notify(message({ userIds: [owner.id] }, { kind: 'private' }));
    const [mine] = (await inbox(owner)).items;
    expect((await inbox(other)).items).toEqual([]);
    const refused = await t.http().post(`/api/notifications/${mine.id}/read`).set(bearer(other.token)).expect(404);
    expect(refused.body).toMatchObject({ code: 'NOT_FOUND' });
    await t.http().post(`/api/notifications/${mine.id}/read`).set(bearer(t.adminToken)).expect(404);
    await t.http().post('/api/notifications/read-all').set(bearer(other.token)).expect(200);
    expect((await inbox(owner)).unread).toBe(1);
    await t.http().post('/api/notifications/not-a-uuid/read').set(bearer(owner.token)).expect(400);
    await t.http().get('/api/notifications').query({ unread: 'yes' }).set(bearer(owner.token)).expect(400);
    await t.http().get('/api/notifications').expect(401);
  });

  it('the pages: the unread count in the header, the inbox in Vietnamese, marking read with CSRF forms and no script', async () => {
    const person = await user('pageReader', ['hr_officer'], [units.a]);
    await notify(message({ userIds: [person.id] }, { kind: 'page.one', subject: 'Đề nghị bị trả lại: Trần Thị Bình', link: '/staff' }));
    await notify(message({ userIds: [person.id] }, { kind: 'page.two', subject: 'Hội đồng đã bỏ phiếu', link: undefined }));
    const browser = await signInThroughForm(t, person.username, PASSWORD);

    const home = await browser.get('/staff').expect(200);
    expect(home.text).toMatch(
      /<a href="\/notifications" aria-label="Thông báo \(2 chưa đọc\)">Thông báo <span class="badge" data-unread-badge>2<\/span><\/a>/u,
    );

    const page = await browser.get('/notifications').expect(200);
    expect(page.text).toContain('<h1>Thông báo</h1>');
    expect(page.text).toContain('2 thông báo chưa đọc.');
    expect(page.text).toContain('Đề nghị bị trả lại: Trần Thị Bình');
    expect(page.text).toContain('aria-current="page"');
    const [one] = (await inbox(person)).items.filter((item) => item.kind === 'page.one');

    // Without the CSRF token the form is refused and nothing changes.
    await browser.post(`/notifications/${one.id}/open`).type('form').send('').expect(403);
    expect((await inbox(person)).unread).toBe(2);

    const opened = await browser
      .post(`/notifications/${one.id}/open`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text) })
      .expect(303);
    expect(opened.headers.location).toBe('/staff');
    const after = await browser.get('/notifications?unread=true').expect(200);
    expect(after.text).toContain('1 thông báo chưa đọc.');
    expect(after.text).not.toContain('Trần Thị Bình');
    expect(after.text).toMatch(/data-unread-badge>1</u);

    const [two] = (await inbox(person, { unread: 'true' })).items;
    const read = await browser
      .post(`/notifications/${two.id}/read?unread=true`)
      .type('form')
      .send({ _csrf: csrfFrom(after.text) })
      .expect(303);
    expect(read.headers.location).toBe('/notifications?unread=true');
    const empty = await browser.get('/notifications?unread=true').expect(200);
    expect(empty.text).toContain('Không còn thông báo nào chưa đọc.');
    expect(empty.text).not.toContain('data-unread-badge');

    await notify(message({ userIds: [person.id] }, { kind: 'page.three' }));
    const withOne = await browser.get('/notifications').expect(200);
    const all = await browser
      .post('/notifications/read-all')
      .type('form')
      .send({ _csrf: csrfFrom(withOne.text) })
      .expect(303);
    expect(all.headers.location).toBe('/notifications?saved=1');
    const done = await browser.get('/notifications?saved=1').expect(200);
    expect(done.text).toContain('Đã đánh dấu tất cả thông báo là đã đọc.');
    expect(done.text).toContain('Không có thông báo chưa đọc.');

    // Someone else's message is a 404 page, and stays unread.
    await notify(message({ userIds: [users.hrOfA.id] }, { kind: 'page.foreign' }));
    const [foreign] = (await inbox(users.hrOfA)).items.filter((item) => item.kind === 'page.foreign');
    await browser
      .post(`/notifications/${foreign.id}/read`)
      .type('form')
      .send({ _csrf: csrfFrom(done.text) })
      .expect(404);
    expect((await inbox(users.hrOfA)).items.find((item) => item.id === foreign.id)?.readAt).toBeNull();
  });

  it('the header’s count says 99+ past 99 (the count stops at 100)', async () => {
    const busy = await user('busy', ['viewer']);
    await notify(message({ userIds: [busy.id] }, { kind: 'busy' }));
    await t.dataSource.query(
      `INSERT INTO notifications (user_id, kind, subject, body) SELECT $1, 'busy', 'Việc ' || n, 'x' FROM generate_series(1, 119) AS n`,
      [busy.id],
    );
    const browser = await signInThroughForm(t, busy.username, PASSWORD);
    const page = await browser.get('/notifications').expect(200);
    expect(page.text).toMatch(/data-unread-badge>99\+</u);
    expect(page.text).toContain('120 thông báo chưa đọc.');
  });

  it('the daily reminder tells the HR officers of the deadlines 7 days ahead, once however often it runs', async () => {
    const today = '2026-12-03';
    const told = await service.remindDeadlines({ today });
    const hrOfficers = ['actor', 'hrOfA', 'pageReader'];
    // Two deadlines on 10/12 (QĐ 86/2025 Điều 6), to each active HR officer (and admins holding the role: none).
    expect(told).toBe(2 * hrOfficers.length);
    expect(await recipientsOf('deadline.reminder')).toEqual([...hrOfficers, ...hrOfficers].sort());
    expect(await service.remindDeadlines({ today })).toBe(0);
    expect(await service.remindDeadlines({ today: '2026-12-05' })).toBe(0);
    const [reminder] = (await inbox(users.hrOfA)).items.filter((item) => item.kind === 'deadline.reminder');
    expect(reminder.subject).toMatch(/^Sắp đến hạn: .+ \(10\/12\/2026\)$/u);
    expect(reminder.link).toBe('/');
  });

  it('the daily run is queued at start for the next 07:00 in Vietnam, once however many processes start', async () => {
    const queued = async () =>
      (await t.dataSource.query(
        `SELECT payload, run_after FROM jobs WHERE kind = 'notifications.reminders' AND state = 'queued'`,
      )) as Array<{
        payload: { day: string };
        run_after: Date;
      }>;
    const next = nextReminderRun();
    expect(await queued()).toEqual([{ payload: { day: next.day }, run_after: next.at }]);
    // Another process starting (its service's bootstrap) queues nothing more.
    await service.onApplicationBootstrap();
    expect(await queued()).toHaveLength(1);
  });

  it('a user’s e-mail address: set, checked, cleared, audited, by an admin (API and form) and by the user on their account page', async () => {
    const target = users.hrOfA;
    const set = await t
      .http()
      .patch(`/api/users/${target.id}`)
      .set(bearer(t.adminToken))
      .send({ email: ' nhansu@thuvien.example.gov.vn ' });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ email: 'nhansu@thuvien.example.gov.vn' });
    for (const email of [
      'not-an-address',
      'a@b',
      'Nguyễn@example.gov.vn',
      'a@example.gov.vn, b@example.gov.vn',
      `${'x'.repeat(250)}@example.gov.vn`,
    ]) {
      const refused = await t.http().patch(`/api/users/${target.id}`).set(bearer(t.adminToken)).send({ email }).expect(400);
      expect(refused.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: expect.arrayContaining([expect.objectContaining({ field: 'email' })]),
      });
    }
    const audit = (await t.dataSource.query(
      `SELECT before->>'email' AS before, after->>'email' AS after FROM audit_log WHERE entity = 'users' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [target.id],
    )) as Array<{ before: string | null; after: string | null }>;
    expect(audit[0]).toEqual({ before: null, after: 'nhansu@thuvien.example.gov.vn' });
    expect(
      (await t.http().patch(`/api/users/${target.id}`).set(bearer(t.adminToken)).send({ email: null }).expect(200)).body,
    ).toMatchObject({
      email: null,
    });

    const admin = await signInThroughForm(t, 'admin', 'admin-password-for-tests');
    const form = await admin.get(`/users/${target.id}/edit`).expect(200);
    expect(form.text).toContain('Thư điện tử');
    const bad = await admin
      .post(`/users/${target.id}/edit`)
      .type('form')
      .send({
        _csrf: csrfFrom(form.text),
        fullName: 'Người Thử',
        roles: 'hr_officer',
        unitIds: units.a,
        locale: 'vi',
        active: 'true',
        email: 'sai địa chỉ',
      })
      .expect(400);
    expect(bad.text).toContain('Địa chỉ thư điện tử không hợp lệ');
    await admin
      .post(`/users/${target.id}/edit`)
      .type('form')
      .send({
        _csrf: csrfFrom(bad.text),
        fullName: 'Người Thử',
        roles: 'hr_officer',
        unitIds: units.a,
        locale: 'vi',
        active: 'true',
        email: 'hr@example.gov.vn',
      })
      .expect(303);
    expect((await t.http().get(`/api/users/${target.id}`).set(bearer(t.adminToken)).expect(200)).body).toMatchObject({
      email: 'hr@example.gov.vn',
    });
    // One's own address, on the account page (CSRF form) and the API.
    const own = await signInThroughForm(t, users.managerOfA.username, PASSWORD);
    const account = await own.get('/account').expect(200);
    expect(account.text).toContain('chưa có (chỉ nhận thông báo trên hệ thống)');
    const refusedOwn = await own
      .post('/account/email')
      .type('form')
      .send({ _csrf: csrfFrom(account.text), email: 'truongphong@' })
      .expect(400);
    expect(refusedOwn.text).toContain('Địa chỉ thư điện tử không hợp lệ');
    await own
      .post('/account/email')
      .type('form')
      .send({ _csrf: csrfFrom(refusedOwn.text), email: 'TruongPhong@example.gov.vn' })
      .expect(303);
    expect((await own.get('/account').expect(200)).text).toContain('TruongPhong@example.gov.vn');
    expect((await t.http().get('/api/auth/email').set(bearer(users.managerOfA.token)).expect(200)).body).toEqual({
      email: 'TruongPhong@example.gov.vn',
    });
    expect((await t.http().put('/api/auth/email').set(bearer(users.managerOfA.token)).send({ email: '' }).expect(200)).body).toEqual({
      email: null,
    });
    await t.http().put('/api/auth/email').set(bearer(users.managerOfA.token)).send({ email: 'x y@example.gov.vn' }).expect(400);
    const ownAudit = (await t.dataSource.query(
      `SELECT before->>'email' AS before, after->>'email' AS after FROM audit_log WHERE entity = 'users' AND entity_id = $1 ORDER BY id DESC LIMIT 2`,
      [users.managerOfA.id],
    )) as Array<{ before: string | null; after: string | null }>;
    expect(ownAudit).toEqual([
      { before: 'TruongPhong@example.gov.vn', after: null },
      { before: null, after: 'TruongPhong@example.gov.vn' },
    ]);

    // Without SMTP_URL an address changes nothing: the message is in the inbox, no mail is queued.
    await notify(message({ userIds: [target.id] }, { kind: 'no-smtp' }));
    expect(await recipientsOf('no-smtp')).toEqual(['hrOfA']);
    const mails = (await t.dataSource.query(`SELECT count(*)::int AS n FROM jobs WHERE kind = 'notifications.mail'`)) as Array<{
      n: number;
    }>;
    expect(mails[0].n).toBe(0);
  });
});

describe('notifications by e-mail, through a real SMTP server', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let service: NotificationsService;
  let unitId: string;
  let withAddress: User;
  let withoutAddress: User;

  const mailJobs = async (): Promise<Array<{ state: string; attempts: number }>> =>
    (await t.dataSource.query(`SELECT state, attempts FROM jobs WHERE kind = 'notifications.mail' ORDER BY created_at`)) as Array<{
      state: string;
      attempts: number;
    }>;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'https://thidua.example.gov.vn',
      MAIL_FROM: 'Thi đua – Khen thưởng <thidua@example.gov.vn>',
    });
    service = t.app.get(NotificationsService);
    unitId = (await createUnit(t, { name: 'Phòng Phục vụ bạn đọc', code: 'NM-A' })).id;
    withAddress = await createUserToken(t, ['manager'], [unitId]);
    withoutAddress = await createUserToken(t, ['manager'], [unitId]);
    await t
      .http()
      .patch(`/api/users/${withAddress.id}`)
      .set(bearer(t.adminToken))
      .send({ email: 'truongphong@example.gov.vn' })
      .expect(200);
  }, 120_000);

  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('mails each recipient with an address, after the commit: the Vietnamese subject (NFC), the text and the full link', async () => {
    const decomposed = 'Đề nghị chờ duyệt: Nguyễn Thị Hường – Chiến sĩ thi đua cơ sở 2025'.normalize('NFD');
    const told = await t.dataSource.transaction((manager) =>
      service.notify(manager, message({ roles: ['manager'], unitId }, { subject: decomposed, link: '/nominations/7b2e' })),
    );
    expect(told).toBe(2);
    await eventually('the mail', () => smtp.received.length === 1);
    const [mail] = smtp.received;
    expect(mail.to).toEqual(['truongphong@example.gov.vn']);
    expect(mail.from).toBe('thidua@example.gov.vn');
    expect(mail.subject).toBe('Đề nghị chờ duyệt: Nguyễn Thị Hường – Chiến sĩ thi đua cơ sở 2025'.normalize('NFC'));
    expect(mail.subject).not.toBe(decomposed);
    expect(mail.headers['content-type']).toMatch(/text\/plain; charset=utf-8/iu);
    expect(mail.text).toContain('Phòng Phục vụ bạn đọc đã gửi đề nghị; đề nghị chờ lãnh đạo đơn vị xem xét.');
    expect(mail.text).toContain('Xem và xử lý: https://thidua.example.gov.vn/nominations/7b2e');
    expect(mail.text).toBe(mail.text.normalize('NFC'));
    await eventually('the job done', async () => (await mailJobs()).every((job) => job.state === 'done'));
    const sent = (await t.dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE emailed_at IS NOT NULL`)) as Array<{
      n: number;
    }>;
    expect(sent[0].n).toBe(1);
    // The one without an address has the message in the inbox only.
    const inbox = await t.http().get('/api/notifications').set(bearer(withoutAddress.token)).expect(200);
    expect((inbox.body as { unread: number }).unread).toBe(1);
  });

  it('a rolled-back transaction mails nobody', async () => {
    const before = smtp.received.length;
    const jobs = (await mailJobs()).length;
    await expect(
      t.dataSource.transaction(async (manager) => {
        await service.notify(manager, message({ roles: ['manager'], unitId }, { kind: 'rolled.back' }));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await sleep(1_000);
    expect(smtp.received.length).toBe(before);
    expect((await mailJobs()).length).toBe(jobs);
    expect((await t.dataSource.query(`SELECT id FROM notifications WHERE kind = 'rolled.back'`)) as unknown[]).toEqual([]);
  });

  it('a server that refuses for now (451) is tried again by the queue, and the mail arrives once', async () => {
    const before = smtp.received.length;
    smtp.refuseNext(1);
    await t.dataSource.transaction((manager) =>
      service.notify(manager, message({ userIds: [withAddress.id] }, { kind: 'retried', subject: 'Hội đồng họp ngày 15/12' })),
    );
    // The queue's first retry comes 5 s after the failed try.
    await eventually('the retried mail', () => smtp.received.length === before + 1, 20_000);
    expect(smtp.received.at(-1)).toMatchObject({ to: ['truongphong@example.gov.vn'], subject: 'Hội đồng họp ngày 15/12' });
    // Done once the worker has recorded the send, just after the server's answer.
    await eventually('the retried job done', async () => (await mailJobs()).at(-1)?.state === 'done');
    expect((await mailJobs()).at(-1)).toEqual({ state: 'done', attempts: 2 });
    await sleep(500);
    expect(smtp.received.length).toBe(before + 1);
  }, 30_000);

  it('the deadline reminder is mailed too, once', async () => {
    const hr = await createUserToken(t, ['hr_officer']);
    await t.http().patch(`/api/users/${hr.id}`).set(bearer(t.adminToken)).send({ email: 'tochuc@example.gov.vn' }).expect(200);
    const before = smtp.received.length;
    expect(await service.remindDeadlines({ today: '2026-12-24' })).toBe(1);
    expect(await service.remindDeadlines({ today: '2026-12-24' })).toBe(0);
    await eventually('the reminder mail', () => smtp.received.length === before + 1);
    const reminder = smtp.received.at(-1)!;
    expect(reminder.to).toEqual(['tochuc@example.gov.vn']);
    expect(reminder.subject).toBe('Sắp đến hạn: Nộp hồ sơ Chiến sĩ thi đua toàn quốc lên Bộ (31/12/2026)');
    expect(reminder.text).toContain('https://thidua.example.gov.vn/');
  });
});
