import { DEFAULT_COUNCIL_MEETING_SETTINGS, percent } from './council-settings.js';
import { sessionAttendance } from './quorum.js';
import { catchError } from '../testing/catch-error.js';

describe('council quorum and attendance — domain-rules §2.9 (Bắc Ninh QĐ 86/2025 Điều 8: 2/3 to meet, ≥ 80 % present to consider awards)', () => {
  it('20 of 30 present is exactly 2/3: the council meets; 19 of 30 does not', () => {
    expect(sessionAttendance(30, 20, DEFAULT_COUNCIL_MEETING_SETTINGS).quorum).toMatchObject({ met: true, required: 20 });
    expect(sessionAttendance(30, 19, DEFAULT_COUNCIL_MEETING_SETTINGS).quorum.met).toBe(false);
  });

  it('awards need 80 % present: 24 of 30 may consider awards, 23 of 30 may meet but not consider them', () => {
    expect(sessionAttendance(30, 24, DEFAULT_COUNCIL_MEETING_SETTINGS).awards).toMatchObject({ met: true, required: 24 });
    const short = sessionAttendance(30, 23, DEFAULT_COUNCIL_MEETING_SETTINGS);
    expect([short.quorum.met, short.awards.met]).toEqual([true, false]);
  });

  it('rounds the required attendance up: 2/3 of 7 needs 5, 80 % of 7 needs 6', () => {
    const attendance = sessionAttendance(7, 5, DEFAULT_COUNCIL_MEETING_SETTINGS);
    expect([attendance.quorum.required, attendance.awards.required]).toEqual([5, 6]);
    expect([attendance.quorum.met, attendance.awards.met]).toEqual([true, false]);
  });

  it('both settings are marked unverified for a unit’s council, with Bắc Ninh Điều 8 as source', () => {
    const { quorum, awards } = sessionAttendance(9, 9, DEFAULT_COUNCIL_MEETING_SETTINGS);
    expect([quorum.verified, awards.verified]).toEqual([false, false]);
    expect(quorum.source).toContain('Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 8');
  });

  it('a province’s own setting replaces the default (quorum of one half: 5 of 10 meets)', () => {
    const settings = { ...DEFAULT_COUNCIL_MEETING_SETTINGS, quorum: { value: percent(50), verified: true, source: 'Quy chế' } };
    expect(sessionAttendance(10, 5, settings).quorum).toMatchObject({ met: true, verified: true });
  });

  it('more present than members, or counts that are not whole numbers, are typed errors', () => {
    expect(catchError(() => sessionAttendance(10, 11, DEFAULT_COUNCIL_MEETING_SETTINGS))).toMatchObject({
      code: 'BALLOT_TOTALS_EXCEED_MEMBERS',
    });
    expect(catchError(() => sessionAttendance(0, 0, DEFAULT_COUNCIL_MEETING_SETTINGS))).toMatchObject({ code: 'INVALID_COUNCIL_COUNT' });
    expect(catchError(() => sessionAttendance(10, 2.5, DEFAULT_COUNCIL_MEETING_SETTINGS))).toMatchObject({ code: 'INVALID_COUNCIL_COUNT' });
  });

  it('a share in the settings that is not n/d of whole numbers with 0 < n ≤ d is refused, not applied', () => {
    for (const value of [
      { numerator: 2, denominator: 0 },
      { numerator: 0.66, denominator: 1 },
      { numerator: 4, denominator: 3 },
    ]) {
      const settings = { ...DEFAULT_COUNCIL_MEETING_SETTINGS, quorum: { value, verified: true, source: 'x' } };
      expect(catchError(() => sessionAttendance(10, 8, settings))).toMatchObject({ code: 'INVALID_COUNCIL_THRESHOLD' });
    }
  });
});
