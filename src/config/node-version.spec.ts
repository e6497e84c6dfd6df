import { readFileSync } from 'node:fs';
import { assertSupportedNode, isSupportedNode, SUPPORTED_NODE, UnsupportedNode } from './node-version.js';

describe('isSupportedNode', () => {
  it('accepts 20.19 and later on the 20 line, where require() loads ES modules without a flag', () => {
    expect(isSupportedNode('20.19.0')).toBe(true);
    expect(isSupportedNode('v20.20.2')).toBe(true);
    expect(isSupportedNode('20.18.3')).toBe(false);
  });

  it('accepts the later lines TypeORM 1 supports, and nothing in between', () => {
    expect(isSupportedNode('22.13.0')).toBe(true);
    expect(isSupportedNode('22.12.0')).toBe(false);
    expect(isSupportedNode('24.11.0')).toBe(true);
    expect(isSupportedNode('24.10.0')).toBe(false);
    expect(isSupportedNode('25.0.0')).toBe(true);
    expect(isSupportedNode('21.7.3')).toBe(false);
    expect(isSupportedNode('23.11.0')).toBe(false);
    expect(isSupportedNode('18.20.4')).toBe(false);
  });

  it('is the range package.json declares in engines', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { engines: { node: string } };
    expect(manifest.engines.node).toBe(SUPPORTED_NODE);
  });
});

describe('assertSupportedNode', () => {
  it('refuses an older Node.js with a message naming the range and the version found', () => {
    expect(() => assertSupportedNode('20.18.0')).toThrow(UnsupportedNode);
    expect(() => assertSupportedNode('20.18.0')).toThrow(
      'This service needs Node.js ^20.19.0 || ^22.13.0 || >=24.11.0; this is Node.js 20.18.0.',
    );
  });

  it('lets this Node.js through (the one the tests run on)', () => {
    expect(() => assertSupportedNode()).not.toThrow();
  });
});
