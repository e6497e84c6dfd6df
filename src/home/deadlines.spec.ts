import { BAC_NINH_RULES } from '../law/index.js';
import { upcomingDeadlines } from './deadlines.js';

/** Deadlines (domain-rules §4.3): the next date of each from today, soonest first, with days left. */
describe('upcomingDeadlines', () => {
  it('counts the days to the annual dossier deadline, 10/12 (Bắc Ninh QĐ 86/2025 Điều 6), from 1/12/2026', () => {
    const [first] = upcomingDeadlines(new Date(2026, 11, 1));
    expect(first).toMatchObject({ code: 'annualDossier', date: '2026-12-10', daysLeft: 9 });
  });

  it('says 0 days on the day itself and moves to next year the day after', () => {
    expect(upcomingDeadlines(new Date(2026, 11, 10)).find((d) => d.code === 'annualDossier')).toMatchObject({
      date: '2026-12-10',
      daysLeft: 0,
    });
    expect(upcomingDeadlines(new Date(2026, 11, 11)).find((d) => d.code === 'annualDossier')).toMatchObject({
      date: '2027-12-10',
      daysLeft: 364,
    });
  });

  it('lists the soonest first: in January the education sector (10/7) comes before the December ones', () => {
    expect(upcomingDeadlines(new Date(2027, 0, 5)).map((d) => [d.code, d.date])).toEqual([
      ['educationSectorDossier', '2027-07-10'],
      ['annualDossier', '2027-12-10'],
      ['disciplineList', '2027-12-10'],
      ['nationalEmulationFighter', '2027-12-31'],
    ]);
  });

  it('flags the example province’s dates as unverified for the body using the default rules, and the ND 98 one always', () => {
    const deadlines = upcomingDeadlines(new Date(2026, 11, 1));
    expect(deadlines.every((d) => !d.verified)).toBe(true);
    expect(deadlines.find((d) => d.code === 'nationalEmulationFighter')!.source).toContain('Nghị định 98/2023/NĐ-CP, Điều 32');
  });

  it('keeps a verified province setting verified when the province is named (not the default)', () => {
    const deadlines = upcomingDeadlines(new Date(2026, 11, 1), BAC_NINH_RULES);
    expect(deadlines.find((d) => d.code === 'annualDossier')).toMatchObject({ verified: true, source: expect.stringContaining('Điều 6') });
    expect(deadlines.find((d) => d.code === 'nationalEmulationFighter')!.verified).toBe(false);
  });
});
