import { type AuthUser, hasAnyRole } from '../kernel/index.js';

/**
 * Who may read a staff member's discipline records: admins, HR and managers, once the scope check
 * has shown the person is theirs (a manager's scope is the units they manage). A discipline is
 * personal data under Decree 13/2023/NĐ-CP; a viewer or council secretary has no need for it, and
 * even its existence tells about a sanction, so to them the records are withheld entirely.
 */
export const canSeeDisciplines = (user: AuthUser): boolean => hasAnyRole(user, ['hr_officer', 'manager']);
