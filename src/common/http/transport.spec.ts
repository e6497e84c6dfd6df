import type { FastifyRequest } from 'fastify';
import { publicScheme, reachedOverHttps, secureCookies } from './transport.js';

const over = (protocol: 'http' | 'https'): FastifyRequest => ({ protocol }) as FastifyRequest;

describe('publicScheme', () => {
  it('follows PUBLIC_URL first, then a trusted proxy, else plain HTTP', () => {
    expect(publicScheme({ PUBLIC_URL: 'https://thidua.example.gov.vn' })).toBe('https');
    expect(publicScheme({ PUBLIC_URL: 'http://192.168.1.20:3000', TRUST_PROXY: 'loopback' })).toBe('http');
    expect(publicScheme({ TRUST_PROXY: 'loopback' })).toBe('forwarded');
    expect(publicScheme({})).toBe('http');
  });

  it('tells per request whether the browser came over HTTPS', () => {
    expect(reachedOverHttps('https', over('http'))).toBe(true);
    expect(reachedOverHttps('forwarded', over('https'))).toBe(true);
    expect(reachedOverHttps('forwarded', over('http'))).toBe(false);
    expect(reachedOverHttps('http', over('https'))).toBe(false);
  });

  it('makes cookies Secure over HTTPS, per request behind a proxy, never over plain HTTP', () => {
    expect([secureCookies('https'), secureCookies('forwarded'), secureCookies('http')]).toEqual([true, 'auto', false]);
  });
});
