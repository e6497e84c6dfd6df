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
