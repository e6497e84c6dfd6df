import { assertFourEyes, fourEyesConflict } from './four-eyes.js';
import {
  allowedActions,
  FINAL_NOMINATION_STATES,
  nextState,
  NOMINATION_STATES,
  NOMINATION_TRANSITIONS,
  type NominationAction,
  type NominationState,
  type TransitionFacts,
} from './transitions.js';
import type { Role } from '../../kernel/index.js';
import { catchError } from '../testing/catch-error.js';

const NOMINATION = { nomineeStaffId: 'staff-nominee', proposedByUserId: 'user-hr', submittedByUserId: 'user-hr' };
const as = (roles: Role[], userId = `user-${roles.join('-')}`, staffId: string | null = null): TransitionFacts => ({
  actor: { userId, staffId, roles },
  nomination: NOMINATION,
  reason: 'Lý do',
});
const HR = as(['hr_officer'], 'user-hr');
const MANAGER = as(['manager'], 'user-manager');
const SECRETARY = as(['council_secretary'], 'user-secretary');
const CLERK = as(['clerk'], 'user-clerk');

describe('the one table of transitions — issue 10 "Nominations: States" (domain-rules §4.2)', () => {
  it('is exactly the workflow the issue describes, state × action → state', () => {
    const moves = NOMINATION_TRANSITIONS.filter((row) => row.action !== 'withdraw').map(
      (row) => `${row.from} --${row.action}--> ${row.to}`,
    );
    expect(moves).toEqual([
      'draft --submit--> submitted',
      'returned --submit--> submitted',
      'submitted --return--> returned',
      'submitted --approve--> approved',
      'submitted --reject--> rejected',
      'approved --put_on_agenda--> on_agenda',
      'on_agenda --pass--> passed',
      'on_agenda --fail--> failed',
      'passed --post--> posted',
      'posted --propose_upward--> proposed_upward',
      'passed --propose_upward--> proposed_upward',
      'posted --decide--> decided',
      'passed --decide--> decided',
      'proposed_upward --decide--> decided',
    ]);
  });

  it('withdrawn (with a reason) from every state before decided that is still alive; never from decided, rejected or failed', () => {
    const withdrawable = NOMINATION_TRANSITIONS.filter((row) => row.action === 'withdraw').map((row) => row.from);
    expect(withdrawable).toEqual(NOMINATION_STATES.filter((state) => !FINAL_NOMINATION_STATES.includes(state)));
    expect(NOMINATION_TRANSITIONS.filter((row) => row.action === 'withdraw').every((row) => row.reasonRequired)).toBe(true);
  });

  it('has one row per state and action, nothing leaves a final state, and every state is reachable from draft', () => {
    const pairs = NOMINATION_TRANSITIONS.map((row) => `${row.from}/${row.action}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(NOMINATION_TRANSITIONS.filter((row) => FINAL_NOMINATION_STATES.includes(row.from))).toEqual([]);
    const reached = new Set<NominationState>(['draft']);
    for (let grew = true; grew;) {
      grew = false;
      for (const row of NOMINATION_TRANSITIONS) {
        if (reached.has(row.from) && !reached.has(row.to)) {
          reached.add(row.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...NOMINATION_STATES].sort());
  });

  it('reasons are required exactly for return, reject and withdraw', () => {
    const withReason = [...new Set(NOMINATION_TRANSITIONS.filter((row) => row.reasonRequired).map((row) => row.action))];
    expect(withReason.sort()).toEqual(['reject', 'return', 'withdraw']);
  });
});

describe('nextState — the whole path and its refusals', () => {
  it('walks draft → submitted → returned → submitted → approved → on agenda → passed → posted → decided', () => {
    const steps: [NominationAction, TransitionFacts][] = [
      ['submit', HR],
      ['return', MANAGER],
      ['submit', HR],
      ['approve', MANAGER],
      ['put_on_agenda', SECRETARY],
      ['pass', SECRETARY],
      ['post', SECRETARY],
      ['decide', CLERK],
    ];
    const states = steps.reduce<NominationState[]>(
      (path, [action, facts]) => [...path, nextState(path.at(-1) ?? 'draft', action, facts)],
      ['draft'],
    );
    expect(states).toEqual(['draft', 'submitted', 'returned', 'submitted', 'approved', 'on_agenda', 'passed', 'posted', 'decided']);
  });

  it('an action the table does not have from the state → NOMINATION_TRANSITION_NOT_ALLOWED (the adapter answers 409)', () => {
    expect(catchError(() => nextState('draft', 'approve', MANAGER))).toMatchObject({
      code: 'NOMINATION_TRANSITION_NOT_ALLOWED',
      params: { state: 'draft', action: 'approve' },
    });
    expect(catchError(() => nextState('decided', 'withdraw', HR))).toMatchObject({ code: 'NOMINATION_TRANSITION_NOT_ALLOWED' });
    expect(catchError(() => nextState('failed', 'pass', SECRETARY))).toMatchObject({ code: 'NOMINATION_TRANSITION_NOT_ALLOWED' });
  });

  it('a role the row does not name → NOMINATION_ROLE_REFUSED; admins may do everything', () => {
    expect(catchError(() => nextState('submitted', 'approve', HR))).toMatchObject({ code: 'NOMINATION_ROLE_REFUSED' });
    expect(catchError(() => nextState('draft', 'submit', MANAGER))).toMatchObject({ code: 'NOMINATION_ROLE_REFUSED' });
    expect(catchError(() => nextState('approved', 'put_on_agenda', MANAGER))).toMatchObject({ code: 'NOMINATION_ROLE_REFUSED' });
    expect(nextState('submitted', 'approve', as(['admin'], 'user-admin'))).toBe('approved');
  });

  it('viewers can do nothing in any state', () => {
    const viewer = as(['viewer'], 'user-viewer');
    expect(NOMINATION_STATES.flatMap((state) => allowedActions(state, viewer))).toEqual([]);
  });

  it('return, reject and withdraw need a reason that is not blank → NOMINATION_REASON_REQUIRED', () => {
    for (const [state, action] of [
      ['submitted', 'return'],
      ['submitted', 'reject'],
      ['approved', 'withdraw'],
    ] as const) {
      expect(catchError(() => nextState(state, action, { ...MANAGER, reason: '  ' }))).toMatchObject({
        code: 'NOMINATION_REASON_REQUIRED',
      });
      expect(catchError(() => nextState(state, action, { ...MANAGER, reason: undefined }))).toMatchObject({
        code: 'NOMINATION_REASON_REQUIRED',
      });
    }
    expect(nextState('submitted', 'reject', MANAGER)).toBe('rejected');
  });

  it('passed goes past the posting only where the award needs none (NĐ 152/2025 Điều 44 khoản 2: state-level awards post 10 working days)', () => {
    expect(catchError(() => nextState('passed', 'decide', CLERK))).toMatchObject({ code: 'NOMINATION_POSTING_REQUIRED' });
    expect(catchError(() => nextState('passed', 'propose_upward', { ...SECRETARY, postingRequired: true }))).toMatchObject({
      code: 'NOMINATION_POSTING_REQUIRED',
    });
    expect(nextState('passed', 'decide', { ...CLERK, postingRequired: false })).toBe('decided');
    expect(nextState('posted', 'decide', CLERK)).toBe('decided');
  });

  it('a nomination proposed upward is decided, or withdrawn with a reason, by who records the answer from above (issue 10 "Upward dossier")', () => {
    expect(nextState('proposed_upward', 'decide', SECRETARY)).toBe('decided');
    expect(nextState('proposed_upward', 'withdraw', { ...CLERK, reason: 'Cấp trên không khen thưởng' })).toBe('withdrawn');
    expect(nextState('proposed_upward', 'withdraw', { ...SECRETARY, reason: 'Cấp trên không khen thưởng' })).toBe('withdrawn');
    expect(catchError(() => nextState('proposed_upward', 'withdraw', { ...CLERK, reason: ' ' }))).toMatchObject({
      code: 'NOMINATION_REASON_REQUIRED',
    });
    // Before it goes up, withdrawing stays the proposer's and the manager's act.
    expect(catchError(() => nextState('posted', 'withdraw', SECRETARY))).toMatchObject({ code: 'NOMINATION_ROLE_REFUSED' });
  });

  it('lists the actions an actor may take now: the manager on a submitted nomination reviews or withdraws', () => {
    expect(allowedActions('submitted', MANAGER)).toEqual(['return', 'approve', 'reject', 'withdraw']);
    expect(allowedActions('on_agenda', SECRETARY)).toEqual(['pass', 'fail']);
    expect(allowedActions('returned', HR)).toEqual(['submit', 'withdraw']);
  });
});

describe('four eyes — issue 10: nobody approves, votes on or posts their own nomination, nor one they submitted', () => {
  it('a manager who is the nominee cannot approve, return or reject it', () => {
    const nomineeManager = as(['manager'], 'user-manager', 'staff-nominee');
    for (const action of ['approve', 'return', 'reject'] as const) {
      expect(catchError(() => nextState('submitted', action, nomineeManager))).toMatchObject({
        code: 'NOMINATION_FOUR_EYES',
        params: { action, conflict: 'own_nomination' },
      });
    }
  });

  it('nor one they submitted or proposed, admin or not', () => {
    const submitter = as(['manager', 'hr_officer'], 'user-hr');
    expect(catchError(() => nextState('submitted', 'approve', submitter))).toMatchObject({ params: { conflict: 'proposed_by_actor' } });
    const admin = { ...as(['admin'], 'user-admin'), nomination: { ...NOMINATION, submittedByUserId: 'user-admin' } };
    expect(catchError(() => nextState('submitted', 'approve', admin))).toMatchObject({ params: { conflict: 'submitted_by_actor' } });
  });

  it('a secretary who is the nominee (by account) cannot post it', () => {
    const secretary = { ...SECRETARY, nomination: { ...NOMINATION, nomineeUserId: 'user-secretary' } };
    expect(catchError(() => nextState('passed', 'post', secretary))).toMatchObject({
      code: 'NOMINATION_FOUR_EYES',
      params: { action: 'post', conflict: 'own_nomination' },
    });
    // Nor skip the posting: with posting required by default, nothing is left to this secretary here.
    expect(allowedActions('passed', secretary)).toEqual([]);
  });

  it('a council member who is the nominee or the proposer cannot vote on it; another member can', () => {
    expect(catchError(() => assertFourEyes({ staffId: 'staff-nominee' }, NOMINATION, 'vote'))).toMatchObject({
      code: 'NOMINATION_FOUR_EYES',
      params: { action: 'vote', conflict: 'own_nomination' },
    });
    expect(catchError(() => assertFourEyes({ userId: 'user-hr', staffId: 'staff-hr' }, NOMINATION, 'vote'))).toMatchObject({
      params: { conflict: 'proposed_by_actor' },
    });
    expect(fourEyesConflict({ userId: null, staffId: 'staff-other' }, NOMINATION)).toBeNull();
  });

  it('missing identities never match each other: a collective nominee and a member without an account', () => {
    expect(fourEyesConflict({ userId: null, staffId: null }, { nomineeStaffId: null, proposedByUserId: null })).toBeNull();
  });

  it('binds exactly the review, the posting (and the votes, checked per member); submitting and withdrawing are the proposer’s own acts', () => {
    const bound = [...new Set(NOMINATION_TRANSITIONS.filter((row) => row.fourEyes).map((row) => row.action))];
    expect(bound.sort()).toEqual(['approve', 'post', 'reject', 'return']);
    expect(nextState('submitted', 'withdraw', HR)).toBe('withdrawn');
  });
});
