import { DEFAULT_PROVINCE_RULES, NOMINATION_ACTIONS, NOMINATION_STATES, transitionFrom } from '../law/index.js';
import { type AuthUser, ROLES, type Role } from '../kernel/index.js';
import type { LockedNomination } from './nominations.sql.js';
import { decide } from './transition-decision.js';

const UNIT_PATH = '/root/unit/';
const nomination = (overrides: Partial<LockedNomination> = {}): LockedNomination => ({
  id: 'nomination-1',
  state: 'draft',
  version: 3,
  awardType: 'LDTT',
  year: 2025,
  staffId: 'staff-nominee',
  unitId: null,
  proposedByUnitId: 'unit',
  proposedBy: 'user-proposer',
  submittedBy: 'user-submitter',
  nomineeUserId: null,
  proposingUnitPath: UNIT_PATH,
  proposingUnitName: 'Phòng Phục vụ bạn đọc',
  subjectName: 'Trần Thị Bình',
  holdKinds: null,
  ...overrides,
});
const actor = (roles: Role[], scopePaths: string[] | null = [UNIT_PATH]): AuthUser => ({
  id: `user-${roles.join('-')}`,
  username: 'u',
  fullName: 'Người Thử',
  roles,
  locale: 'vi',
  scopePaths,
});
const outcome = (run: () => string): string => {
  try {
    return run();
  } catch (error: unknown) {
    return (error as { code: string }).code;
  }
};

/**
 * The fast tier of the role × state matrix (issue 10 "Roles: every route tested in a role × state
 * matrix"): every role, state and action through the service's decision, against the law's table.
 */
describe('the transition decision, role × state × action', () => {
  it('answers what NOMINATION_TRANSITIONS says for every role, state and action (an in-unit award: posted before decided)', () => {
    const failures: string[] = [];
    for (const role of ROLES) {
      for (const state of NOMINATION_STATES) {
        for (const action of NOMINATION_ACTIONS) {
          const row = transitionFrom(state, action);
          const expected =
            row === undefined
              ? 'NOMINATION_TRANSITION_NOT_ALLOWED'
              : role !== 'admin' && !row.roles.includes(role)
                ? 'NOMINATION_ROLE_REFUSED'
                : row.skipsPosting
                  ? 'NOMINATION_POSTING_REQUIRED'
                  : row.to;
          const got = outcome(() =>
            decide(actor([role]), null, nomination({ state }), 3, { items: [], action }, 'Lý do', DEFAULT_PROVINCE_RULES),
          );
          if (got !== expected) {
            failures.push(`${role} ${state} ${action}: ${got}, expected ${expected}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('checks the scope first: a manager of another unit is refused whatever the state (OUT_OF_SCOPE)', () => {
    for (const state of NOMINATION_STATES) {
      expect(
        outcome(() =>
          decide(
            actor(['manager'], ['/other/']),
            null,
            nomination({ state }),
            3,
            { items: [], action: 'approve' },
            null,
            DEFAULT_PROVINCE_RULES,
          ),
        ),
      ).toBe('OUT_OF_SCOPE');
    }
    // Unlimited users and admins see every unit.
    expect(
      outcome(() =>
        decide(
          actor(['manager'], null),
          null,
          nomination({ state: 'submitted' }),
          3,
          { items: [], action: 'approve' },
          null,
          DEFAULT_PROVINCE_RULES,
        ),
      ),
    ).toBe('approved');
  });

  it('then the version read: another one is stale (409); none given is not checked', () => {
    const submitted = nomination({ state: 'submitted' });
    const approve = { items: [], action: 'approve' as const };
    expect(outcome(() => decide(actor(['manager']), null, submitted, 2, approve, null, DEFAULT_PROVINCE_RULES))).toBe(
      'NOMINATION_VERSION_STALE',
    );
    expect(outcome(() => decide(actor(['manager']), null, submitted, undefined, approve, null, DEFAULT_PROVINCE_RULES))).toBe('approved');
  });

  it('then the holds (an objection at the posting): nothing moves on but a withdrawal', () => {
    const held = nomination({ state: 'posted', holdKinds: 'objection' });
    expect(outcome(() => decide(actor(['clerk']), null, held, 3, { items: [], action: 'decide' }, null, DEFAULT_PROVINCE_RULES))).toBe(
      'NOMINATION_ON_HOLD',
    );
    expect(
      outcome(() => decide(actor(['hr_officer']), null, held, 3, { items: [], action: 'withdraw' }, 'Rút', DEFAULT_PROVINCE_RULES)),
    ).toBe('withdrawn');
  });

  it('binds the review by four eyes with the parties of the row: the nominee (through their account or staff record), the proposer, the submitter', () => {
    const submitted = nomination({ state: 'submitted', proposedBy: 'user-manager', submittedBy: 'user-hr' });
    const approve = { items: [], action: 'approve' as const };
    expect(outcome(() => decide(actor(['manager']), null, submitted, 3, approve, null, DEFAULT_PROVINCE_RULES))).toBe(
      'NOMINATION_FOUR_EYES',
    );
    const bySubmitter = nomination({ state: 'submitted', submittedBy: 'user-manager' });
    expect(outcome(() => decide(actor(['manager']), null, bySubmitter, 3, approve, null, DEFAULT_PROVINCE_RULES))).toBe(
      'NOMINATION_FOUR_EYES',
    );
    const own = nomination({ state: 'submitted' });
    expect(outcome(() => decide(actor(['manager']), 'staff-nominee', own, 3, approve, null, DEFAULT_PROVINCE_RULES))).toBe(
      'NOMINATION_FOUR_EYES',
    );
    const ownAccount = nomination({ state: 'submitted', nomineeUserId: 'user-manager' });
    expect(outcome(() => decide(actor(['manager']), null, ownAccount, 3, approve, null, DEFAULT_PROVINCE_RULES))).toBe(
      'NOMINATION_FOUR_EYES',
    );
  });

  it('lets an award that needs no posting go from passed to decided when the caller says so (NĐ 152/2025 Điều 44 khoản 2 is for State awards)', () => {
    const passed = nomination({ state: 'passed' });
    const decideIt = { items: [], action: 'decide' as const, postingRequired: false };
    expect(outcome(() => decide(actor(['clerk']), null, passed, 3, decideIt, null, DEFAULT_PROVINCE_RULES))).toBe('decided');
  });
});
