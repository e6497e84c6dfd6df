import { jsonDepthExceeds } from './json-body.js';

const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

describe('jsonDepthExceeds', () => {
  it('counts objects and arrays, and stops at the first level past the bound', () => {
    expect(jsonDepthExceeds(Buffer.from(nested(32)), 32)).toBe(false);
    expect(jsonDepthExceeds(Buffer.from(nested(33)), 32)).toBe(true);
    expect(jsonDepthExceeds(Buffer.from('{"a":'.repeat(33) + '1' + '}'.repeat(33)), 32)).toBe(true);
    expect(jsonDepthExceeds(Buffer.from('['.repeat(100_000)), 32)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonDepthExceeds(Buffer.from(JSON.stringify({ a: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[' })), 2)).toBe(false);
    expect(jsonDepthExceeds(Buffer.from(JSON.stringify({ a: 'say \\"[[[[[[["' })), 2)).toBe(false);
  });

  it('reads a flat body with Vietnamese text as depth 1', () => {
    expect(jsonDepthExceeds(Buffer.from(JSON.stringify({ fullName: 'Nguyễn Văn [An]' })), 1)).toBe(false);
  });
});
