import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

// Verified against when the username is unknown, so both cases take the same time.
const DUMMY_HASH = '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$4Pw9PnWqYaTSJSrNa9qfhL5d0v7ARmPBxFUfTjFZ2yA';

/** The one place a sign-in pays for a password hash: what the login throttle protects. */
@Injectable()
export class PasswordVerifier {
  /** False for a wrong password, a damaged hash, or no hash at all (checked against a dummy all the same). */
  verify(hash: string | undefined, password: string): Promise<boolean> {
    return argon2.verify(hash ?? DUMMY_HASH, password).catch(() => false);
  }
}
