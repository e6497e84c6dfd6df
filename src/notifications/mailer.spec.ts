import { composeMail, senderAddress, smtpOptions } from './mailer.js';

describe('the notification e-mail', () => {
  const message = { subject: 'Đề nghị chờ duyệt: Nguyễn Văn An', body: 'Phòng Phục vụ bạn đọc đã gửi đề nghị.', link: '/nominations/42' };

  it('carries the subject as written and the link in full under PUBLIC_URL, with the inbox below', () => {
    const mail = composeMail(message, { email: 'truongphong@example.gov.vn', locale: 'vi' }, 'https://thidua.example.gov.vn/');
    expect(mail.to).toBe('truongphong@example.gov.vn');
    expect(mail.subject).toBe('Đề nghị chờ duyệt: Nguyễn Văn An');
    expect(mail.text).toContain('Phòng Phục vụ bạn đọc đã gửi đề nghị.\n\nXem và xử lý: https://thidua.example.gov.vn/nominations/42');
    expect(mail.text).toContain('https://thidua.example.gov.vn/notifications');
  });

  it('is NFC even when the caller wrote decomposed Vietnamese (e + combining marks)', () => {
    const decomposed = { ...message, subject: 'Đề nghị'.normalize('NFD'), body: 'Nguyễn'.normalize('NFD') };
    const mail = composeMail(decomposed, { email: 'a@example.gov.vn', locale: 'vi' }, undefined);
    expect(mail.subject).toBe('Đề nghị'.normalize('NFC'));
    expect(mail.text.startsWith('Nguyễn'.normalize('NFC'))).toBe(true);
  });

  it('without PUBLIC_URL gives the path; without a link, no "open" line; in the reader’s language', () => {
    expect(composeMail(message, { email: 'a@example.gov.vn', locale: 'vi' }, undefined).text).toContain('Xem và xử lý: /nominations/42');
    const english = composeMail({ ...message, link: null }, { email: 'a@example.gov.vn', locale: 'en' }, undefined);
    expect(english.text).not.toContain('/nominations/42');
    expect(english.text).toContain('please do not reply');
  });
});

describe('SMTP_URL and the sender', () => {
  it('reads smtp:// as STARTTLS on 587 and smtps:// as TLS on 465, with percent-encoded credentials', () => {
    expect(smtpOptions('smtp://mail.example.gov.vn')).toMatchObject({
      host: 'mail.example.gov.vn',
      port: 587,
      secure: false,
      auth: undefined,
    });
    expect(smtpOptions('smtps://thi%40dua:p%40ss%3Aw@mail.example.gov.vn')).toMatchObject({
      port: 465,
      secure: true,
      auth: { user: 'thi@dua', pass: 'p@ss:w' },
    });
    expect(smtpOptions('smtp://[::1]:2525')).toMatchObject({ host: '::1', port: 2525 });
  });

  it('sends from MAIL_FROM, else no-reply@ the public host, else the SMTP host', () => {
    expect(senderAddress({ MAIL_FROM: 'Thi đua <thidua@example.gov.vn>' })).toBe('Thi đua <thidua@example.gov.vn>');
    expect(senderAddress({ PUBLIC_URL: 'https://thidua.example.gov.vn', SMTP_URL: 'smtp://mail.example.gov.vn' })).toBe(
      'no-reply@thidua.example.gov.vn',
    );
    expect(senderAddress({ SMTP_URL: 'smtp://mail.example.gov.vn:25' })).toBe('no-reply@mail.example.gov.vn');
  });
});
