import { ballotOutcome, ballotThreshold, ballotThresholdFor, requiredVotes, type BallotThreshold } from './ballot.js';
import { catchError } from '../testing/catch-error.js';
import { DEFAULT_PROVINCE_RULES } from '../provinces/default-province.js';
import { councilThresholdMet, mergeProvinceRules } from '../provinces/province-rules.js';

const NINETY: BallotThreshold = ballotThreshold({ value: 90, verified: false, source: 'NĐ 98/2023 Điều 30 khoản 7' });
const EIGHTY: BallotThreshold = ballotThreshold({ value: 80, verified: false, source: 'NĐ 98/2023 Điều 30 khoản 7' });
const MAJORITY: BallotThreshold = { kind: 'simple_majority_of_members' };

describe('ballot threshold counted on ALL members — NĐ 98/2023/NĐ-CP Điều 30 khoản 7 (NĐ 152/2025 clause not found: unverified setting)', () => {
  it('27 of 30 at 90 % passes (27 ≥ 0.9 × 30 is false in floating point)', () => {
    const outcome = ballotOutcome({ members: 30, for: 27, against: 3 }, NINETY);
    expect(outcome).toMatchObject({ passed: true, votesFor: 27, required: 27, members: 30 });
  });

  it('26 of 30 at 90 % fails', () => {
    expect(ballotOutcome({ members: 30, for: 26, against: 4 }, NINETY)).toMatchObject({ passed: false, required: 27 });
  });

  it('counts on all members, not on those present: 18 for of 20 present is 90 % of the room but fails on a council of 30', () => {
    const outcome = ballotOutcome({ members: 30, present: 20, for: 18, against: 2 }, NINETY);
    expect(outcome.passed).toBe(false);
    expect(outcome.notVoting).toBe(10);
  });

  it('written votes of absent members count with the votes for: 22 present + 5 written of 30 passes at 90 %', () => {
    const outcome = ballotOutcome({ members: 30, present: 24, for: 22, against: 2, writtenFor: 5, writtenAgainst: 1 }, NINETY);
    expect(outcome).toMatchObject({ passed: true, votesFor: 27, votesAgainst: 3, notVoting: 0 });
  });

  it('80 % for CSTĐCS: 8 of 10 passes, 7 of 10 fails; 12 of 15 passes, 11 of 15 fails (12 ≥ 0.8 × 15 exactly)', () => {
    expect(ballotOutcome({ members: 10, for: 8, against: 2 }, EIGHTY).passed).toBe(true);
    expect(ballotOutcome({ members: 10, for: 7, against: 3 }, EIGHTY).passed).toBe(false);
    expect(ballotOutcome({ members: 15, for: 12, against: 3 }, EIGHTY).passed).toBe(true);
    expect(ballotOutcome({ members: 15, for: 11, against: 4 }, EIGHTY).passed).toBe(false);
  });

  it('the default province gives CSTĐ tỉnh 90 % and CSTĐCS 80 %, both unverified, with NĐ 98 as source', () => {
    const cstdTinh = ballotThresholdFor(DEFAULT_PROVINCE_RULES, 'CSTD_TINH');
    expect(cstdTinh).toMatchObject({ kind: 'percent_of_members', percent: 90, verified: false });
    expect(cstdTinh.kind === 'percent_of_members' && cstdTinh.source).toContain('Điều 30 khoản 7');
    expect(ballotThresholdFor(DEFAULT_PROVINCE_RULES, 'CSTDCS')).toMatchObject({ percent: 80, verified: false });
  });

  it('a threshold the province changes is the one used (75 % of 12 needs 9)', () => {
    const rules = mergeProvinceRules(DEFAULT_PROVINCE_RULES, {
      councilThresholdPercent: { CSTDCS: { value: 75, verified: true, source: 'Quyết định của tỉnh' } },
    });
    expect(ballotOutcome({ members: 12, for: 9, against: 3 }, ballotThresholdFor(rules, 'CSTDCS'))).toMatchObject({
      passed: true,
      required: 9,
    });
  });

  it('agrees with councilThresholdMet for every tally of councils from 1 to 40 members at 80 % and 90 %', () => {
    const disagreements: string[] = [];
    for (const [award, threshold] of [
      ['CSTDCS', EIGHTY],
      ['CSTD_TINH', NINETY],
    ] as const) {
      for (let members = 1; members <= 40; members += 1) {
        for (let votesFor = 0; votesFor <= members; votesFor += 1) {
          const passed = ballotOutcome({ members, for: votesFor, against: members - votesFor }, threshold).passed;
          if (passed !== councilThresholdMet(DEFAULT_PROVINCE_RULES, award, votesFor, members)) {
            disagreements.push(`${award} ${votesFor}/${members}`);
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('refuses a threshold that is not a whole percent from 1 to 100', () => {
    expect(catchError(() => ballotThreshold({ value: 0, verified: true, source: 'x' }))).toMatchObject({
      code: 'INVALID_COUNCIL_THRESHOLD',
    });
    expect(catchError(() => ballotThreshold({ value: 90.5, verified: true, source: 'x' }))).toMatchObject({
      code: 'INVALID_COUNCIL_THRESHOLD',
    });
    expect(catchError(() => ballotThreshold({ value: 101, verified: true, source: 'x' }))).toMatchObject({
      code: 'INVALID_COUNCIL_THRESHOLD',
    });
  });
});

describe('simple majority of all members where no threshold is set — Bắc Ninh QĐ 86/2025 Điều 9 (the council votes by majority)', () => {
  it('LĐTT has no threshold in the settings: a simple majority decides', () => {
    expect(ballotThresholdFor(DEFAULT_PROVINCE_RULES, 'LDTT')).toEqual(MAJORITY);
  });

  it('6 of 10 passes, 5 of 10 (a tie) fails; 6 of 11 passes', () => {
    expect(ballotOutcome({ members: 10, for: 6, against: 4 }, MAJORITY).passed).toBe(true);
    expect(ballotOutcome({ members: 10, for: 5, against: 5 }, MAJORITY).passed).toBe(false);
    expect(requiredVotes(MAJORITY, 11)).toBe(6);
  });

  it('a majority of those present is not a majority of the council: 4 of 7 present on a council of 10 fails', () => {
    expect(ballotOutcome({ members: 10, present: 7, for: 4, against: 3 }, MAJORITY).passed).toBe(false);
  });
});

describe('recused members: the nominee and the proposer do not vote (NĐ 98/2023 Điều 30 khoản 7 counts on all members)', () => {
  it('are counted as recused, stay in the base, and their absence of a vote can make the threshold unreachable', () => {
    const outcome = ballotOutcome({ members: 10, for: 7, against: 1, recused: 2 }, EIGHTY);
    expect(outcome).toMatchObject({ passed: false, recused: 2, required: 8, notVoting: 0 });
  });

  it('with one member recused, 8 of the other 9 still pass 80 % of 10', () => {
    expect(ballotOutcome({ members: 10, for: 8, against: 1, recused: 1 }, EIGHTY).passed).toBe(true);
  });
});

describe('totals cannot exceed the members (a typed error, never a silent pass)', () => {
  it('votes + written votes + recused above the members → BALLOT_TOTALS_EXCEED_MEMBERS', () => {
    expect(catchError(() => ballotOutcome({ members: 10, for: 8, against: 2, recused: 1 }, EIGHTY))).toMatchObject({
      code: 'BALLOT_TOTALS_EXCEED_MEMBERS',
      params: { total: 11, limit: 10, counted: 'members' },
    });
  });

  it('present votes above those present, or written votes above those absent, are refused too', () => {
    expect(catchError(() => ballotOutcome({ members: 10, present: 7, for: 7, against: 1 }, EIGHTY))).toMatchObject({
      params: { total: 8, limit: 7, counted: 'present' },
    });
    expect(catchError(() => ballotOutcome({ members: 10, present: 8, for: 6, against: 0, writtenFor: 3 }, EIGHTY))).toMatchObject({
      params: { total: 3, limit: 2, counted: 'absent' },
    });
    expect(catchError(() => ballotOutcome({ members: 10, present: 11, for: 1, against: 0 }, EIGHTY))).toMatchObject({
      code: 'BALLOT_TOTALS_EXCEED_MEMBERS',
    });
  });

  it('recused members present take no seat among the voters: 9 present with 1 recused leave 8 votes in the room', () => {
    // A council of 10, 9 present, the nominee among them (recused) and one member absent.
    const tally = { members: 10, present: 9, recused: 1, recusedPresent: 1, against: 0 };
    expect(ballotOutcome({ ...tally, for: 8 }, EIGHTY)).toMatchObject({ passed: true, votesFor: 8, notVoting: 1 });
    expect(catchError(() => ballotOutcome({ ...tally, for: 9 }, EIGHTY))).toMatchObject({
      code: 'BALLOT_TOTALS_EXCEED_MEMBERS',
      params: { total: 9, limit: 8, counted: 'present' },
    });
    // The one absent member may still write; a recused absent member may not.
    expect(ballotOutcome({ ...tally, for: 8, writtenFor: 1 }, EIGHTY).votesFor).toBe(9);
    expect(
      catchError(() =>
        ballotOutcome({ members: 10, present: 9, recused: 1, recusedPresent: 0, for: 8, against: 0, writtenFor: 1 }, EIGHTY),
      ),
    ).toMatchObject({ params: { total: 1, limit: 0, counted: 'absent' } });
  });

  it('recused present beyond the recused, or beyond those present, is not a count that can be', () => {
    expect(
      catchError(() => ballotOutcome({ members: 10, present: 9, recused: 1, recusedPresent: 2, for: 0, against: 0 }, EIGHTY)),
    ).toMatchObject({ code: 'INVALID_COUNCIL_COUNT', params: { field: 'recusedPresent' } });
    expect(
      catchError(() => ballotOutcome({ members: 10, present: 8, recused: 3, recusedPresent: 0, for: 0, against: 0 }, EIGHTY)),
    ).toMatchObject({ code: 'INVALID_COUNCIL_COUNT', params: { field: 'recusedPresent' } });
  });

  it('negative, fractional or missing counts and a council without members → INVALID_COUNCIL_COUNT', () => {
    expect(catchError(() => ballotOutcome({ members: 10, for: -1, against: 0 }, EIGHTY))).toMatchObject({
      code: 'INVALID_COUNCIL_COUNT',
      params: { field: 'for' },
    });
    expect(catchError(() => ballotOutcome({ members: 10, for: 1.5, against: 0 }, EIGHTY))).toMatchObject({ params: { field: 'for' } });
    expect(catchError(() => ballotOutcome({ members: 0, for: 0, against: 0 }, EIGHTY))).toMatchObject({ params: { field: 'members' } });
    expect(catchError(() => ballotOutcome({ members: 10, for: 1, against: Number.NaN }, EIGHTY))).toMatchObject({
      params: { field: 'against' },
    });
  });
});
