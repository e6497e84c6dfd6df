import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';

/** The one way a password is hashed (argon2id), for the first admin, the admin's form and the user's own change. */
export const hashPassword = (password: string): Promise<string> => argon2.hash(password, { type: argon2.argon2id });

/**
 * SHA-256 of a random secret that is only ever compared (reset links, recovery codes): random
 * secrets of 80 bits or more need no slow hash, and a stolen table gives nothing to sign in with.
 */
export const sha256Hex = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

/** A reset link's token: 256 bits, URL-safe. */
export const newLinkToken = (): string => randomBytes(32).toString('base64url');

// Crockford's base32 alphabet: no I, L, O or U, so a code read off paper is not mistyped.
const RECOVERY_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const RECOVERY_CODE_COUNT = 10;

/** `xxxx-xxxx-xxxx-xxxx`: 16 characters of 5 bits, 80 bits. */
export function newRecoveryCode(): string {
  const bytes = randomBytes(16);
  const chars = [...bytes].map((byte) => RECOVERY_ALPHABET[byte & 31]).join('');
  return chars.match(/.{4}/gu)!.join('-');
}

/** A recovery code as typed, in the form it was hashed in (case, spaces and dashes do not matter). */
export function normaliseRecoveryCode(typed: string): string | null {
  const chars = typed.toLowerCase().replace(/[\s-]/gu, '').replace(/[il]/gu, '1').replace(/o/gu, '0');
  if (!/^[0-9a-hjkmnp-tv-z]{16}$/u.test(chars)) {
    return null;
  }
  return chars.match(/.{4}/gu)!.join('-');
}
