import { safeRedirectPath } from './safe-redirect.js';

const FALLBACK = '/staff';

describe('safeRedirectPath', () => {
  it.each([
    ['/staff', '/staff'],
    ['/staff?page=2&q=an', '/staff?page=2&q=an'],
    ['/staff/1/history#eligibility', '/staff/1/history#eligibility'],
    ['/', '/'],
    // Percent-encoded in the answer: a raw letter outside Latin-1 would make Node refuse the header.
    ['/staff?q=Nguyễn', '/staff?q=Nguy%E1%BB%85n'],
    ['/nhân-sự', '/nh%C3%A2n-s%E1%BB%B1'],
    ['/a/./b/../c', '/a/c'],
    ['/%2F/evil.example', '/%2F/evil.example'],
  ])('keeps the path on this site %j as %j', (target, expected) => {
    expect(safeRedirectPath(target, FALLBACK)).toBe(expected);
  });

  it.each([
    ['another site', 'https://evil.example/'],
    ['a scheme-relative address', '//evil.example'],
    ['a backslash read as a slash', '/\\evil.example'],
    ['a backslash first', '\\\\evil.example'],
    ['a TAB browsers drop (/%09/evil.example decoded)', '/\t/evil.example'],
    ['a newline (%2F%0A decoded)', '/\n'],
    ['a carriage return and a header', '/staff\r\nSet-Cookie: x=1'],
    ['a NUL', '/staff\u0000'],
    ['DEL', '/staff\u007f'],
    ['a C1 control', '/staff\u0085'],
    ['an encoded TAB', '/%09/evil.example'],
    ['dot segments that climb to a host', '/..//evil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path', 'staff'],
    ['an empty string', ''],
    ['a very long path', `/${'a'.repeat(3000)}`],
    ['a number', 42],
    ['an array', ['/staff']],
    ['nothing', undefined],
  ])('falls back for %s', (_name, target) => {
    expect(safeRedirectPath(target, FALLBACK)).toBe(FALLBACK);
  });
});
