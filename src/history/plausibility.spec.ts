import { checkAward, checkRecordYear } from './plausibility.js';

const rules = (findings: { refusals: Array<{ rule: string }>; warnings: Array<{ rule: string }> }) => ({
  refusals: findings.refusals.map((f) => f.rule),
  warnings: findings.warnings.map((f) => f.rule),
});

const award = (overrides: Partial<Parameters<typeof checkAward>[0]> = {}) => ({
  awardType: 'LDTT',
  year: 2025,
  decisionDate: '2026-01-15',
  basis: 'regular' as const,
  staff: true,
  hasLdttOfYear: true,
  ...overrides,
});

describe('history plausibility', () => {
  describe('yearAfterRound: no record for a year after the current round year', () => {
    it('refuses 2027 on 01/12/2026 (round year 2026), naming both years', () => {
      const { refusals } = checkRecordYear(2027, '2026-12-01');
      expect(refusals).toEqual([{ rule: 'yearAfterRound', field: 'year', params: { year: 2027, roundYear: 2026 } }]);
    });

    it('accepts 2026 from 01/10/2026, refuses it on 30/09/2026 (round year 2025)', () => {
      expect(checkRecordYear(2026, '2026-10-01').refusals).toEqual([]);
      expect(rules(checkRecordYear(2026, '2026-09-30')).refusals).toEqual(['yearAfterRound']);
    });

    it('accepts past years', () => {
      expect(checkRecordYear(1995, '2026-12-01').refusals).toEqual([]);
    });
  });

  describe('decisionBeforeReview: a decision dated before December of the year it rewards', () => {
    it('refuses an LĐTT for 2025 decided on 01/01/2024 (the issue’s example, year in range)', () => {
      expect(rules(checkAward(award({ decisionDate: '2024-01-01' }), '2026-12-01')).refusals).toEqual(['decisionBeforeReview']);
    });

    it('refuses 30/11 of the same year, with the date written dd/mm/yyyy', () => {
      const { refusals } = checkAward(award({ decisionDate: '2025-11-30' }), '2026-12-01');
      expect(refusals[0]).toMatchObject({
        rule: 'decisionBeforeReview',
        field: 'decisionDate',
        params: { dateText: '30/11/2025', year: 2025 },
      });
    });

    it('accepts a decision of the next year without a word', () => {
      expect(rules(checkAward(award({ decisionDate: '2026-02-10' }), '2026-12-01'))).toEqual({ refusals: [], warnings: [] });
    });

    it('does not apply to ad hoc and thematic awards, decided during the year', () => {
      expect(rules(checkAward(award({ basis: 'ad_hoc', decisionDate: '2025-09-02' }), '2026-12-01'))).toEqual({
        refusals: [],
        warnings: [],
      });
      expect(rules(checkAward(award({ basis: 'thematic', decisionDate: '2025-12-20' }), '2026-12-01'))).toEqual({
        refusals: [],
        warnings: [],
      });
    });

    it('accepts a record without a decision date', () => {
      expect(rules(checkAward(award({ decisionDate: null }), '2026-12-01'))).toEqual({ refusals: [], warnings: [] });
    });
  });

  describe('decisionBeforeYearEnd: dated in December of the year it rewards (warning)', () => {
    it('warns on 20/12/2025 for 2025, refusing nothing', () => {
      expect(rules(checkAward(award({ decisionDate: '2025-12-20' }), '2026-12-01'))).toEqual({
        refusals: [],
        warnings: ['decisionBeforeYearEnd'],
      });
    });
  });

  describe('decisionInFuture: a decision dated after today', () => {
    it('refuses 02/12/2026 on 01/12/2026', () => {
      expect(rules(checkAward(award({ year: 2026, decisionDate: '2026-12-02' }), '2026-12-01')).refusals).toEqual(['decisionInFuture']);
    });
  });

  describe('yearAfterRound applies to awards too', () => {
    it('refuses an LĐTT for 2030', () => {
      expect(rules(checkAward(award({ year: 2030, decisionDate: null }), '2026-12-01')).refusals).toEqual(['yearAfterRound']);
    });
  });

  describe('cstdcsWithoutLdtt: a CSTĐCS for a year without that person’s LĐTT (warning)', () => {
    it('warns when the person has no LĐTT of the year', () => {
      const { refusals, warnings } = checkAward(award({ awardType: 'CSTDCS', hasLdttOfYear: false }), '2026-12-01');
      expect(refusals).toEqual([]);
      expect(warnings).toEqual([{ rule: 'cstdcsWithoutLdtt', field: 'awardType', params: { year: 2025 } }]);
    });

    it('says nothing when the LĐTT is there', () => {
      expect(rules(checkAward(award({ awardType: 'CSTDCS', hasLdttOfYear: true }), '2026-12-01')).warnings).toEqual([]);
    });

    it('does not apply to units, nor to other awards', () => {
      expect(rules(checkAward(award({ awardType: 'CSTDCS', staff: false, hasLdttOfYear: false }), '2026-12-01')).warnings).toEqual([]);
      expect(rules(checkAward(award({ awardType: 'GK', hasLdttOfYear: false }), '2026-12-01')).warnings).toEqual([]);
    });
  });
});
