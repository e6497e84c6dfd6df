import { plainToInstance, Transform } from 'class-transformer';
import { statSync } from 'node:fs';
import { isIP } from 'node:net';
import { isAbsolute } from 'node:path';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, ValidateBy, validateSync } from 'class-validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The environment variables the service reads; validated once at boot (see `validateEnvironment`). */
export class Environment {
  @Transform(({ value }) => (value === undefined || value === '' ? 3000 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  /** Unset: the embedded PostgreSQL (PGlite) in DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//u, { message: 'must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = './data';

  /** PostgreSQL only: the wait for a pooled connection, free or newly made; past it the request answers 503. */
  @Transform(milliseconds(5000))
  @IsInt()
  @Min(0)
  DATABASE_CONNECT_TIMEOUT_MS = 5000;

  /** PostgreSQL only: the server cancels a statement running longer (`statement_timeout`); 0 is no limit. */
  @Transform(milliseconds(5000))
  @IsInt()
  @Min(0)
  DATABASE_STATEMENT_TIMEOUT_MS = 5000;

  /**
   * PostgreSQL only: a query the server does not answer in this time (frozen, unreachable) fails
   * with 503 and its connection is dropped; above the statement timeout, so the server cancels first.
   */
  @Transform(milliseconds(6000))
  @IsInt()
  @Min(0)
  @ValidateBy({
    name: 'aboveStatementTimeout',
    validator: {
      validate: (value: unknown, args) => {
        const statement = (args?.object as Environment).DATABASE_STATEMENT_TIMEOUT_MS;
        return value === 0 || statement === 0 || (typeof value === 'number' && value > statement);
      },
      defaultMessage: () => 'must be greater than DATABASE_STATEMENT_TIMEOUT_MS (or 0)',
    },
  })
  DATABASE_QUERY_TIMEOUT_MS = 6000;

  /** PostgreSQL only: the server ends a session idle inside a transaction this long, releasing its locks; 0 is no limit. */
  @Transform(milliseconds(15000))
  @IsInt()
  @Min(0)
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS = 15000;

  /** PostgreSQL only: how long start-up retries a server that does not answer before stopping with one line saying why. */
  @Transform(milliseconds(15000))
  @IsInt()
  @Min(0)
  DATABASE_START_TIMEOUT_MS = 15000;

  /** Unset: generated once and kept in DATA_DIR. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters long' })
  SESSION_SECRET?: string;

  /** Used only when no user exists yet. */
  @IsOptional()
  @IsString()
  @MinLength(8, { message: 'must be at least 8 characters long' })
  ADMIN_PASSWORD?: string;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'log';

  /**
   * The address people type, e.g. `https://thidua.example.gov.vn`. When it is HTTPS, answers carry
   * HSTS and `upgrade-insecure-requests` and cookies are Secure; unset, that follows a trusted
   * proxy's `X-Forwarded-Proto` (TRUST_PROXY), or else plain HTTP is assumed.
   */
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'must be an http:// or https:// URL' })
  PUBLIC_URL?: string;

  /** Failed sign-ins from one address in 15 minutes (password spraying) before only pairs known there may try. */
  @Transform(({ value }) => (value === undefined || value === '' ? 30 : Number(value)))
  @IsInt()
  @Min(1)
  LOGIN_ADDRESS_LIMIT = 30;

  /** Failed sign-ins across the service in 15 minutes before only (username, address) pairs known to have signed in may try. */
  @Transform(({ value }) => (value === undefined || value === '' ? 100 : Number(value)))
  @IsInt()
  @Min(1)
  LOGIN_GLOBAL_LIMIT = 100;

  /** The reverse proxies whose X-Forwarded-For and -Proto are believed: addresses or CIDR ranges, comma-separated, or `loopback`. */
  @IsOptional()
  @IsProxyList()
  TRUST_PROXY?: string;

  /**
   * An installation's own document templates: an absolute path to a folder laid out like
   * `templates/documents/` (e.g. `decision.hbs`, `partials/header.hbs`, `decision.docx`); each file
   * found there replaces the built-in one of the same name. Unset: the built-in templates only.
   */
  @IsOptional()
  @IsExistingFolder()
  DOCUMENT_TEMPLATES_DIR?: string;

  /**
   * LibreOffice's `soffice`, which makes the PDF/A copies: an absolute path. Unset: the first
   * `soffice` on PATH. Not required to exist: without LibreOffice the PDF answers 503 naming the
   * packages to install, and HTML and DOCX still work.
   */
  @IsOptional()
  @IsString()
  @ValidateBy({
    name: 'isAbsolutePath',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isAbsolute(value),
      defaultMessage: () => 'must be an absolute path',
    },
  })
  SOFFICE_PATH?: string;

  /**
   * The SMTP server notifications are mailed through: `smtp://user:password@host:587` (STARTTLS when
   * offered) or `smtps://user:password@host:465`. Unset: no e-mail; the in-app inbox works alone.
   */
  @IsOptional()
  @ValidateBy({
    name: 'isSmtpUrl',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isSmtpUrl(value),
      defaultMessage: () => 'must be an smtp:// or smtps:// URL with a host (smtp://user:password@host:587)',
    },
  })
  SMTP_URL?: string;

  /** The sender of notification e-mails (`Thi đua <thidua@example.gov.vn>` or an address). Unset: no-reply@ the PUBLIC_URL's host, else the SMTP server's. */
  @IsOptional()
  @IsString()
  @Matches(/^([^<>\r\n]*<[^@\s<>]+@[^@\s<>]+>|[^@\s<>]+@[^@\s<>]+)$/u, { message: 'must be an e-mail address, or a name and <address>' })
  MAIL_FROM?: string;
}

/** `smtp://…` or `smtps://…` that parses, with a host. */
function isSmtpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** An absolute path to a folder that exists when the service starts (a typo stops the start, not the first render). */
function IsExistingFolder(): PropertyDecorator {
  return ValidateBy({
    name: 'isExistingFolder',
    validator: {
      validate: (value: unknown) => {
        if (typeof value !== 'string' || !isAbsolute(value)) {
          return false;
        }
        try {
          return statSync(value).isDirectory();
        } catch {
          return false;
        }
      },
      defaultMessage: () => 'must be the absolute path of an existing folder',
    },
  });
}

/** An integer setting in milliseconds: its default when unset, else the number written (validated as an integer). */
function milliseconds(fallback: number) {
  return ({ value }: { value: unknown }): unknown => (value === undefined || value === '' ? fallback : Number(value));
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** `127.0.0.1`, `10.0.0.0/8, ::1`, `loopback`: what Fastify's trustProxy (proxy-addr) accepts as a list. */
export function isProxyEntry(entry: string): boolean {
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length > 0) {
    return false;
  }
  if (bits === undefined) {
    return PROXY_NAMES.has(address) || isIP(address) !== 0;
  }
  const max = isIP(address) === 4 ? 32 : isIP(address) === 6 ? 128 : 0;
  return /^\d{1,3}$/u.test(bits) && Number(bits) <= max && max > 0;
}

function IsProxyList(): PropertyDecorator {
  return ValidateBy({
    name: 'isProxyList',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && proxyList(value).length > 0 && proxyList(value).every(isProxyEntry),
      defaultMessage: () => 'must list IP addresses or CIDR ranges (or loopback), comma-separated',
    },
  });
}

/** TRUST_PROXY as the list Fastify takes (empty when unset). */
export const proxyList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);

export class InvalidEnvironment extends Error {}

/** Returns the typed environment, or throws a message naming every variable that is wrong. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const defined = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined && value !== ''));
  const environment = plainToInstance(Environment, defined, { exposeDefaultValues: true });
  const errors = validateSync(environment, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new InvalidEnvironment(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return environment;
}
