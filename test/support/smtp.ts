import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

/** One message as the test SMTP server received it: the envelope, the headers and the text, decoded. */
export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  headers: Record<string, string>;
  /** The Subject header with its RFC 2047 words decoded. */
  subject: string;
  /** The text/plain body, its transfer encoding undone. */
  text: string;
}

export interface TestSmtpServer {
  url: string;
  received: ReceivedMail[];
  /** The next `count` RCPT TO commands are refused with 451 (a temporary failure: the sender retries). */
  refuseNext(count: number): void;
  close(): Promise<void>;
}

/**
 * A real SMTP server (the `smtp-server` package) on a free loopback port, plain SMTP without TLS or
 * authentication, keeping what it receives. Nothing leaves the machine.
 */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address: SMTPServerAddress, _session, callback) {
      if (refusals > 0) {
        refusals -= 1;
        callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const from = session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address;
        received.push({ from, to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw, ...parseMail(raw) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext: (count) => {
      refusals = count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Headers (unfolded, lower-case names) and the decoded text of a single-part or multipart/alternative message. */
export function parseMail(raw: string): { headers: Record<string, string>; subject: string; text: string } {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/u);
  const headers = parseHeaders(head);
  let body = rest.join('\r\n\r\n');
  let encoding = headers['content-transfer-encoding'] ?? '7bit';
  const boundary = /boundary="?([^";]+)"?/u.exec(headers['content-type'] ?? '')?.[1];
  if (boundary) {
    const part = body.split(`--${boundary}`).find((section) => /content-type:\s*text\/plain/iu.test(section)) ?? '';
    const [partHead, ...partBody] = part.replace(/^\r?\n/u, '').split(/\r?\n\r?\n/u);
    encoding = parseHeaders(partHead)['content-transfer-encoding'] ?? '7bit';
    body = partBody.join('\r\n\r\n');
  }
  return { headers, subject: decodeWords(headers.subject ?? ''), text: decodeBody(body, encoding).replace(/\r\n/gu, '\n').trimEnd() };
}

function parseHeaders(head: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/gu, ' ').split(/\r?\n/u)) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

/** RFC 2047: `=?UTF-8?B?…?=` and `=?UTF-8?Q?…?=`, the space between two adjacent words dropped. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/gu, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/gu, (_word, _charset: string, kind: string, text: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : qpBytes(text.replace(/_/gu, ' ')).toString('utf8'),
    );
}

function decodeBody(body: string, encoding: string): string {
  switch (encoding.toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/gu, ''), 'base64').toString('utf8');
    case 'quoted-printable':
      return qpBytes(body.replace(/=\r?\n/gu, '')).toString('utf8');
    default:
      return body;
  }
}

function qpBytes(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/u.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i], 'utf8'));
    }
  }
  return Buffer.from(bytes);
}
