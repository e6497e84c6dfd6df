import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Time-based one-time passwords as authenticator apps (Google Authenticator, Microsoft
 * Authenticator, FreeOTP…) compute them: RFC 6238 over HOTP (RFC 4226) with HMAC-SHA-1, 30-second
 * steps and 6 digits, the defaults every app assumes. Written on node:crypto: forty lines do not
 * need a package.
 */
export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps accepted either side of now: a phone clock a little off, a code typed as it changes (RFC 6238, section 5.2). */
const DRIFT_STEPS = 1;
/** 160 bits, the length RFC 4226 (section 4, R6) recommends for the shared secret. */
const SECRET_BYTES = 20;

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding, the form otpauth:// URIs and the apps' "enter a key" screens use. */
export function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) {
    out += BASE32[(value << (5 - bits)) & 31];
  }
  return out;
}

/** The bytes of a base32 text; spaces, dashes, padding and case are ignored (people copy keys in groups). */
export function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s=-]/gu, '');
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) {
      throw new Error(`Not base32: ${char}`);
    }
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

export const newTotpSecret = (): string => base32Encode(randomBytes(SECRET_BYTES));

/** HOTP (RFC 4226, section 5.3): HMAC of the 8-byte counter, dynamic truncation, the last `digits` digits. */
export function hotp(secret: Buffer, counter: number, digits = TOTP_DIGITS): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', secret).update(message).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(binary).padStart(digits, '0');
}

/** The RFC 6238 time step of a moment (T = floor((now - T0) / X), T0 = 0, X = 30 s). */
export const totpStep = (nowMs: number): number => Math.floor(nowMs / 1000 / TOTP_STEP_SECONDS);

/** The code of the step `nowMs` falls in. */
export const totpCode = (secretBase32: string, nowMs: number): string => hotp(base32Decode(secretBase32), totpStep(nowMs));

/**
 * The step whose code `code` is, within DRIFT_STEPS of now and after `lastStep` (a code is used
 * once: RFC 6238, section 5.2), or null. Compared in constant time.
 */
export function matchingStep(secretBase32: string, code: string, nowMs: number, lastStep: number): number | null {
  const typed = code.replace(/\s/gu, '');
  if (!/^\d{6}$/u.test(typed)) {
    return null;
  }
  const secret = base32Decode(secretBase32);
  const now = totpStep(nowMs);
  for (let step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
    if (step > lastStep && timingSafeEqual(Buffer.from(hotp(secret, step)), Buffer.from(typed))) {
      return step;
    }
  }
  return null;
}

/**
 * The otpauth:// URI an authenticator app reads (Key Uri Format, as Google Authenticator defines
 * it): the issuer names the service in the app's list, the label the account.
 */
export function otpauthUri(issuer: string, account: string, secretBase32: string): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const query = new URLSearchParams({
    secret: secretBase32,
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP_DIGITS),
    period: String(TOTP_STEP_SECONDS),
  });
  return `otpauth://totp/${label}?${query.toString().replace(/\+/gu, '%20')}`;
}
