import { foldForSearch } from '../common/text/vietnamese.js';
import { checkSamePerson, checkStaffDates } from './plausibility.js';

const TODAY = '2026-12-01';
const rules = (findings: { refusals: Array<{ rule: string }>; warnings: Array<{ rule: string }> }) => ({
  refusals: findings.refusals.map((f) => f.rule),
  warnings: findings.warnings.map((f) => f.rule),
});

describe('staff plausibility', () => {
  it('a usual record: nothing to say', () => {
    expect(rules(checkStaffDates({ dateOfBirth: '1990-08-15', startedOn: '2014-09-01' }, TODAY))).toEqual({ refusals: [], warnings: [] });
  });

  describe('birthInFuture: born after today', () => {
    it('refuses 02/12/2026, the dates dd/mm/yyyy in the params', () => {
      const { refusals } = checkStaffDates({ dateOfBirth: '2026-12-02', startedOn: null }, TODAY);
      expect(refusals).toEqual([
        { rule: 'birthInFuture', field: 'dateOfBirth', params: { dateText: '02/12/2026', todayText: '01/12/2026' } },
      ]);
    });

    it('accepts someone born today (a baby is no colleague, but not impossible as a date)', () => {
      expect(rules(checkStaffDates({ dateOfBirth: TODAY, startedOn: null }, TODAY)).refusals).toEqual([]);
    });
  });

  describe('startInFuture: started work after today', () => {
    it('refuses a start in 2030 (the issue’s example)', () => {
      expect(rules(checkStaffDates({ dateOfBirth: null, startedOn: '2030-01-01' }, TODAY)).refusals).toEqual(['startInFuture']);
    });
  });

  describe('startBeforeAge15: work before the 15th birthday (Labour Code 2019 Art. 3)', () => {
    it('refuses born 2025, starting 2030: both rules', () => {
      expect(rules(checkStaffDates({ dateOfBirth: '2025-01-01', startedOn: '2030-01-01' }, TODAY)).refusals).toEqual([
        'startInFuture',
        'startBeforeAge15',
      ]);
    });

    it('refuses the day before the 15th birthday, accepts the birthday itself', () => {
      expect(rules(checkStaffDates({ dateOfBirth: '1990-08-15', startedOn: '2005-08-14' }, TODAY)).refusals).toEqual(['startBeforeAge15']);
      expect(rules(checkStaffDates({ dateOfBirth: '1990-08-15', startedOn: '2005-08-15' }, TODAY)).refusals).toEqual([]);
    });

    it('refuses a start before birth', () => {
      expect(rules(checkStaffDates({ dateOfBirth: '1990-08-15', startedOn: '1989-01-01' }, TODAY)).refusals).toEqual(['startBeforeAge15']);
    });
  });

  describe('ageOver65: older than 65 today (warning)', () => {
    it('warns at 66 with the age, not at 65', () => {
      const { warnings } = checkStaffDates({ dateOfBirth: '1960-11-30', startedOn: null }, TODAY);
      expect(warnings).toEqual([{ rule: 'ageOver65', field: 'dateOfBirth', params: { birthText: '30/11/1960', age: 66 } }]);
      expect(rules(checkStaffDates({ dateOfBirth: '1961-12-02', startedOn: null }, TODAY)).warnings).toEqual([]);
    });
  });

  describe('startBefore1950: a work start before 1950 (warning)', () => {
    it('warns on 31/12/1949, not on 01/01/1950', () => {
      expect(rules(checkStaffDates({ dateOfBirth: null, startedOn: '1949-12-31' }, TODAY))).toEqual({
        refusals: [],
        warnings: ['startBefore1950'],
      });
      expect(rules(checkStaffDates({ dateOfBirth: null, startedOn: '1950-01-01' }, TODAY)).warnings).toEqual([]);
    });
  });

  describe('samePerson: same full name (without diacritics or case) and date of birth (warning)', () => {
    const stored = [
      { id: 'a', code: 'TVVP-101', fullName: 'Nguyễn Văn Hùng', dateOfBirth: '1990-08-15' },
      { id: 'b', code: 'TVVP-102', fullName: 'Nguyễn Văn Hùng', dateOfBirth: '1991-08-15' },
      { id: 'c', code: 'TVVP-103', fullName: 'Nguyễn Văn Hưng', dateOfBirth: '1990-08-15' },
    ];

    it('warns for the same name typed without diacritics and the same birth date, naming the other record', () => {
      const { warnings } = checkSamePerson({ fullName: 'nguyen van hung', dateOfBirth: '1990-08-15' }, stored, foldForSearch);
      // Hưng folds to hung too: the check is diacritics-insensitive, as the card asks.
      expect(warnings.map((w) => w.params.code)).toEqual(['TVVP-101', 'TVVP-103']);
      expect(warnings[0]).toEqual({
        rule: 'samePerson',
        field: 'fullName',
        params: { name: 'Nguyễn Văn Hùng', code: 'TVVP-101', birthText: '15/08/1990' },
      });
    });

    it('ignores the record itself and people without a birth date', () => {
      expect(
        checkSamePerson({ id: 'a', fullName: 'Nguyễn Văn Hùng', dateOfBirth: '1990-08-15' }, stored.slice(0, 2), foldForSearch).warnings,
      ).toEqual([]);
      expect(checkSamePerson({ fullName: 'Nguyễn Văn Hùng', dateOfBirth: null }, stored, foldForSearch).warnings).toEqual([]);
    });
  });
});
