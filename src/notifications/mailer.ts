import { createTransport } from 'nodemailer';
import type { Locale } from '../kernel/index.js';
import { translate } from '../i18n/translate.js';

/** One e-mail as it leaves: plain text, UTF-8 (nodemailer encodes the Vietnamese subject as RFC 2047 words). */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** What sends a mail: nodemailer over SMTP in the application; a spec may pass another. */
export interface MailSender {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** The transport's waits, well inside the mail job's time limit, so a dead server fails the try rather than hangs it. */
const CONNECTION_TIMEOUT_MS = 10_000;
const SOCKET_TIMEOUT_MS = 30_000;

/**
 * `SMTP_URL` as nodemailer's options: `smtp://user:password@host:587` (STARTTLS when the server offers
 * it), `smtps://…@host:465` (TLS from the start); user and password percent-encoded as in any URL.
 */
export function smtpOptions(smtpUrl: string) {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  const user = decodeURIComponent(url.username);
  return {
    host: url.hostname.replace(/^\[(.*)\]$/u, '$1'),
    port: url.port === '' ? (secure ? 465 : 587) : Number(url.port),
    secure,
    auth: user === '' ? undefined : { user, pass: decodeURIComponent(url.password) },
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    greetingTimeout: CONNECTION_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
  };
}

/**
 * The sender's address: MAIL_FROM, else `no-reply@` the host people reach the service at
 * (PUBLIC_URL), else the SMTP server's own host.
 */
export function senderAddress(env: { MAIL_FROM?: string; PUBLIC_URL?: string; SMTP_URL?: string }): string {
  if (env.MAIL_FROM) {
    return env.MAIL_FROM;
  }
  const host = new URL(env.PUBLIC_URL ?? env.SMTP_URL ?? 'smtp://localhost').hostname.replace(/^\[(.*)\]$/u, '$1');
  return `no-reply@${host}`;
}

/** nodemailer's SMTP transport (one connection per mail: a few mails a day, no pool to keep open). */
export function smtpSender(smtpUrl: string, from: string): MailSender {
  const transport = createTransport(smtpOptions(smtpUrl), { from });
  return {
    send: async (mail) => {
      await transport.sendMail({ to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}

/**
 * The mail of one notification: its subject, its text, the link in full (PUBLIC_URL before the
 * path; without PUBLIC_URL the path alone, which a reader signed in can still follow by hand), and a
 * line saying where every message is. NFC throughout: the stored text already is, the footer too.
 */
export function composeMail(
  notification: { subject: string; body: string; link: string | null },
  recipient: { email: string; locale: Locale },
  publicUrl: string | undefined,
): OutgoingMail {
  const base = (publicUrl ?? '').replace(/\/+$/u, '');
  const parts = [notification.body];
  if (notification.link) {
    parts.push(translate(recipient.locale, 'notifications.mail.open', { link: `${base}${notification.link}` }));
  }
  parts.push(`-- \n${translate(recipient.locale, 'notifications.mail.footer', { inbox: `${base}/notifications` })}`);
  return {
    to: recipient.email,
    subject: notification.subject.normalize('NFC'),
    text: parts.join('\n\n').normalize('NFC'),
  };
}
