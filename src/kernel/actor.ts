/** The languages of what users read: Vietnamese first. */
export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * `clerk` (văn thư): keeps the issuer's register, numbers and issues its decisions (ND 30/2020 Art. 15),
 * for the issuers a user is assigned to (`user_issuers`).
 */
export const ROLES = ['admin', 'hr_officer', 'manager', 'council_secretary', 'clerk', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in user as every layer sees it: who acts, in which language, over which units. */
export interface AuthUser {
  id: string;
  username: string;
  fullName: string;
  roles: Role[];
  locale: Locale;
  /** Path prefixes of the units the user is limited to; null when not limited (all units). */
  scopePaths: string[] | null;
}

export const isAdmin = (user: AuthUser): boolean => user.roles.includes('admin');

export const hasAnyRole = (user: AuthUser, roles: readonly Role[]): boolean =>
  isAdmin(user) || roles.some((role) => user.roles.includes(role));

/** SQL LIKE patterns for `units.path LIKE ANY(...)`, or null when the user sees every unit. */
export function scopePatterns(user: AuthUser): string[] | null {
  if (isAdmin(user) || user.scopePaths === null) {
    return null;
  }
  return user.scopePaths.map((path) => `${path}%`);
}

export function isUnitPathInScope(user: AuthUser, unitPath: string): boolean {
  return isAdmin(user) || user.scopePaths === null || user.scopePaths.some((path) => unitPath.startsWith(path));
}

/**
 * Who may read a staff member's discipline records: admins, HR and managers, once the scope check
 * has shown the person is theirs (a manager's scope is the units they manage). A discipline is
 * personal data under Decree 13/2023/NĐ-CP: other readers (viewers, council secretaries) get the
 * history without them, and eligibility verdicts without a discipline's level and dates.
 */
export const canSeeDisciplines = (user: AuthUser): boolean => hasAnyRole(user, ['hr_officer', 'manager']);
