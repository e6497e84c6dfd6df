import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { RUNTIME, type Runtime } from '../config/runtime.js';

export interface TokenClaims {
  sub: string;
  ver: number;
  exp: number;
  /** Set on a sign-in ticket only: what it is good for. A session token has none. */
  pur?: 'second-factor';
}

const TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;
/** Between the right password and the code of the second factor: long enough to open the app, type the code. */
const TICKET_LIFETIME_SECONDS = 5 * 60;

/**
 * Signed, expiring tokens: `base64url(claims).base64url(hmac)`. Used as the API bearer token and
 * as the page session cookie; the user's token_version revokes older ones on sign-out.
 */
@Injectable()
export class TokenService {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  sign(userId: string, tokenVersion: number, now = Date.now()): string {
    return this.seal({ sub: userId, ver: tokenVersion, exp: Math.floor(now / 1000) + TOKEN_LIFETIME_SECONDS });
  }

  /** A session token's claims; a ticket is not one. */
  verify(token: string, now = Date.now()): TokenClaims | null {
    const claims = this.open(token, now);
    return claims && claims.pur === undefined ? claims : null;
  }

  /**
   * The sign-in page's proof that the password was right, carried to the page asking for the second
   * factor's code: short-lived, and never accepted as a session.
   */
  signTicket(userId: string, tokenVersion: number, now = Date.now()): string {
    return this.seal({ sub: userId, ver: tokenVersion, exp: Math.floor(now / 1000) + TICKET_LIFETIME_SECONDS, pur: 'second-factor' });
  }

  verifyTicket(ticket: string, now = Date.now()): TokenClaims | null {
    const claims = this.open(ticket, now);
    return claims?.pur === 'second-factor' ? claims : null;
  }

  private seal(claims: TokenClaims): string {
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  private open(token: string, now: number): TokenClaims | null {
    const [body, mac, extra] = token.split('.');
    if (!body || !mac || extra !== undefined) {
      return null;
    }
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      return null;
    }
    try {
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TokenClaims;
      return typeof claims.sub === 'string' && claims.exp * 1000 > now ? claims : null;
    } catch {
      return null;
    }
  }

  private mac(body: string): string {
    return createHmac('sha256', this.runtime.sessionSecret).update(body).digest('base64url');
  }
}
