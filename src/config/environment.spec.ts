import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateEnvironment } from './environment.js';

describe('validateEnvironment', () => {
  it('applies the documented defaults', () => {
    const env = validateEnvironment({});
    expect(env).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', DATA_DIR: './data', LOG_LEVEL: 'log' });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('names the variable that is wrong', () => {
    expect(() => validateEnvironment({ PORT: 'abc' })).toThrow(/PORT/u);
    expect(() => validateEnvironment({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/u);
    expect(() => validateEnvironment({ SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET/u);
    expect(() => validateEnvironment({ LOG_LEVEL: 'chatty' })).toThrow(/LOG_LEVEL/u);
  });

  it('accepts a PostgreSQL URL and a port', () => {
    const env = validateEnvironment({ PORT: '8080', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x' });
    expect(env.PORT).toBe(8080);
    expect(env.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/x');
  });
});

describe('PUBLIC_URL and TRUST_PROXY', () => {
  it.each(['https://thidua.example.gov.vn', 'http://192.168.1.20:3000', 'https://intranet/thidua'])(
    'accepts the public address %s',
    (url) => {
      expect(validateEnvironment({ PUBLIC_URL: url }).PUBLIC_URL).toBe(url);
    },
  );

  it.each(['thidua.example.gov.vn', 'ftp://x.vn', 'https://'])('names PUBLIC_URL for %s', (url) => {
    expect(() => validateEnvironment({ PUBLIC_URL: url })).toThrow(/PUBLIC_URL/u);
  });

  it.each(['127.0.0.1', 'loopback', '10.0.0.0/8, 192.168.1.1', '::1', 'fd00::/8'])('accepts the proxies %s', (value) => {
    expect(validateEnvironment({ TRUST_PROXY: value }).TRUST_PROXY).toBe(value);
  });

  it.each(['true', '*', '10.0.0.0/33', '300.1.1.1', 'proxy.local', ', ,'])('names TRUST_PROXY for %s', (value) => {
    expect(() => validateEnvironment({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY/u);
  });
});

describe('database timeouts', () => {
  it('applies the documented defaults: an outage or a frozen server answers within seconds', () => {
    expect(validateEnvironment({})).toMatchObject({
      DATABASE_CONNECT_TIMEOUT_MS: 5000,
      DATABASE_STATEMENT_TIMEOUT_MS: 5000,
      DATABASE_QUERY_TIMEOUT_MS: 6000,
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: 15000,
      DATABASE_START_TIMEOUT_MS: 15000,
    });
  });

  it('reads milliseconds, and 0 as no limit', () => {
    const env = validateEnvironment({ DATABASE_STATEMENT_TIMEOUT_MS: '0', DATABASE_QUERY_TIMEOUT_MS: '2500' });
    expect(env).toMatchObject({ DATABASE_STATEMENT_TIMEOUT_MS: 0, DATABASE_QUERY_TIMEOUT_MS: 2500 });
  });

  it.each(['DATABASE_CONNECT_TIMEOUT_MS', 'DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', 'DATABASE_START_TIMEOUT_MS'])(
    'names %s when it is not a number',
    (name) => {
      expect(() => validateEnvironment({ [name]: 'soon' })).toThrow(new RegExp(name, 'u'));
      expect(() => validateEnvironment({ [name]: '-1' })).toThrow(new RegExp(name, 'u'));
    },
  );

  it('wants the client-side query timeout above the statement timeout, so the server cancels first', () => {
    expect(() => validateEnvironment({ DATABASE_STATEMENT_TIMEOUT_MS: '8000' })).toThrow(
      /DATABASE_QUERY_TIMEOUT_MS.*DATABASE_STATEMENT_TIMEOUT_MS/u,
    );
    expect(() => validateEnvironment({ DATABASE_QUERY_TIMEOUT_MS: '5000' })).toThrow(/DATABASE_QUERY_TIMEOUT_MS/u);
    expect(validateEnvironment({ DATABASE_QUERY_TIMEOUT_MS: '0' }).DATABASE_QUERY_TIMEOUT_MS).toBe(0);
  });
});

describe('DOCUMENT_TEMPLATES_DIR', () => {
  it('is unset by default', () => {
    expect(validateEnvironment({}).DOCUMENT_TEMPLATES_DIR).toBeUndefined();
  });

  it('accepts an existing folder', () => {
    expect(validateEnvironment({ DOCUMENT_TEMPLATES_DIR: tmpdir() }).DOCUMENT_TEMPLATES_DIR).toBe(tmpdir());
  });

  it.each([join(tmpdir(), 'no-such-templates-folder'), 'templates/documents', fileURLToPath(import.meta.url)])(
    'names the variable for %s',
    (value) => {
      expect(() => validateEnvironment({ DOCUMENT_TEMPLATES_DIR: value })).toThrow(
        /DOCUMENT_TEMPLATES_DIR: must be the absolute path of an existing folder/u,
      );
    },
  );
});

describe('SOFFICE_PATH', () => {
  it('is unset by default (the first soffice on PATH)', () => {
    expect(validateEnvironment({}).SOFFICE_PATH).toBeUndefined();
  });

  it('takes an absolute path, even of a file not there (the PDF then answers 503, HTML and DOCX still work)', () => {
    expect(validateEnvironment({ SOFFICE_PATH: '/nonexistent/soffice' }).SOFFICE_PATH).toBe('/nonexistent/soffice');
  });

  it('names the variable for a relative path', () => {
    expect(() => validateEnvironment({ SOFFICE_PATH: 'bin/soffice' })).toThrow(/SOFFICE_PATH: must be an absolute path/u);
  });
});
