/** Longer targets are not ones this site makes; refusing them keeps the Location header small. */
const MAX_TARGET_LENGTH = 2048;

// C0 controls, DEL and C1 controls: browsers drop TAB, CR and LF from a URL before reading it, so
// `/\t/evil.example` becomes `//evil.example`, another site; Node refuses CR and LF in a header.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/u;

// Any origin would do: only a target that keeps it is a path on this site.
const PROBE_ORIGIN = 'http://same-origin.invalid';

/**
 * Where a redirect may send someone after signing in or switching language: a path on this site,
 * and nothing else. Anything else (another site, `//host`, `/\host`, a scheme, a control character,
 * a non-string) gives `fallback`. The answer is the URL parser's serialisation, percent-encoded,
 * so it is always a valid Location header (a raw `ư` would make Node throw).
 */
export function safeRedirectPath(target: unknown, fallback: string): string {
  if (typeof target !== 'string' || target.length > MAX_TARGET_LENGTH || !target.startsWith('/') || CONTROL_CHARACTERS.test(target)) {
    return fallback;
  }
  let resolved: URL;
  try {
    resolved = new URL(target, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (resolved.origin !== PROBE_ORIGIN) {
    return fallback;
  }
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // A path that begins `//` or `/\` (after dot segments were removed) would be read as a host.
  return /^\/[/\\]/u.test(path) || CONTROL_CHARACTERS.test(decodeSafely(path)) ? fallback : path;
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
