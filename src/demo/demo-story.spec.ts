import { DEMO_ISSUERS, DEMO_ROOT_UNIT_CODE, DEMO_STAFF, DEMO_UNITS, MERGER_DATE } from './demo-data.js';
import { demoStory, type DemoStory, inServiceDuring, type StoryAward } from './demo-story.js';
import { type AwardCode } from '../kernel/index.js';
import { evaluateStaff, evaluateUnit, type EligibilityResult, missingCriteria, type StaffFacts, type UnitFacts } from '../law/index.js';

/** The first year the engine has a rulebook for (Law 06/2022/QH15, in force 1/1/2024). */
const FIRST_RULEBOOK_YEAR = 2024;

/** The person's or the unit's facts as the story tells them, without `leaveOut` (the award being checked). */
function staffFacts(story: DemoStory, code: string, leaveOut?: StoryAward): StaffFacts {
  return {
    staffId: code,
    appraisals: new Map(story.staffRatings.filter((r) => r.code === code).map((r) => [r.year, r.rating])),
    awards: story.awards
      .filter((a) => a.staffCode === code && a !== leaveOut)
      .map((a) => ({ awardType: a.awardType, year: a.year, revoked: false, basis: 'regular' as const })),
    initiatives: story.initiatives.filter((i) => i.staffCode === code).map((i) => ({ year: i.year, level: i.level })),
    disciplines: story.disciplines.filter((d) => d.staffCode === code).map((d) => ({ level: d.level, from: d.from, to: d.to })),
    freezes: story.freezes.filter((f) => f.staffCode === code).map((f) => ({ reason: f.reason, from: f.from, to: f.to })),
  };
}

/** Members as the eligibility lists count them: the unit and its sub-units, in service during the year. */
function unitFacts(story: DemoStory, unitCode: string, year: number, leaveOut?: StoryAward): UnitFacts {
  const members = DEMO_STAFF.filter((p) => (unitCode === DEMO_ROOT_UNIT_CODE || p.unitCode === unitCode) && inServiceDuring(p, year));
  return {
    unitId: unitCode,
    appraisals: new Map(story.unitRatings.filter((r) => r.code === unitCode).map((r) => [r.year, r.rating])),
    awards: story.awards
      .filter((a) => a.unitCode === unitCode && a !== leaveOut)
      .map((a) => ({ awardType: a.awardType, year: a.year, revoked: false, basis: 'regular' as const })),
    freezes: [],
    members: members.map((p) => staffFacts(story, p.code)),
  };
}

const evaluateAward = (story: DemoStory, award: StoryAward): EligibilityResult =>
  award.staffCode
    ? evaluateStaff(staffFacts(story, award.staffCode, award), award.awardType, award.year)
    : evaluateUnit(unitFacts(story, award.unitCode!, award.year, award), award.awardType, award.year);

type Outcome = 'eligible' | 'near_miss' | 'not_eligible';
const outcome = (result: EligibilityResult): Outcome => {
  const missing = missingCriteria(result).length;
  return missing === 0 ? 'eligible' : missing === 1 ? 'near_miss' : 'not_eligible';
};

/** Who stands where for an award in the round year, as the candidates list groups them. */
function roundOutcomes(story: DemoStory, awardType: AwardCode, subject: 'staff' | 'unit'): Set<Outcome> {
  const R = story.roundYear;
  const results =
    subject === 'staff'
      ? DEMO_STAFF.filter((p) => inServiceDuring(p, R)).map((p) => evaluateStaff(staffFacts(story, p.code), awardType, R))
      : DEMO_UNITS.map((u) => evaluateUnit(unitFacts(story, u.code, R), awardType, R));
  return new Set(results.map(outcome));
}

describe('demo story', () => {
  // Today's round and the next few: the story is told relative to the round year, never to a fixed one.
  describe.each([2026, 2027, 2028])('for the round of %i', (roundYear) => {
    const story = demoStory(roundYear);

    it('has five years of ratings ending with the round year, and awards for the four before it only', () => {
      expect(story.years).toEqual([roundYear - 4, roundYear - 3, roundYear - 2, roundYear - 1, roundYear]);
      expect(new Set(story.staffRatings.map((r) => r.year))).toEqual(new Set(story.years));
      expect(new Set(story.awards.map((a) => a.year))).toEqual(new Set(story.years.slice(0, -1)));
      for (const type of ['LDTT', 'CSTDCS', 'TTLDTT', 'TTLDXS', 'BANG_KHEN_TINH', 'GIAY_KHEN']) {
        expect(story.awards.some((a) => a.awardType === type)).toBe(true);
      }
      expect(story.disciplines).toHaveLength(1);
      expect(story.freezes).toHaveLength(1);
    });

    it('records only awards whose criteria were met in their year (Law 06/2022 Art. 23, 24, 27, 28, 74, 75)', () => {
      const checked = story.awards.filter((a) => a.year >= FIRST_RULEBOOK_YEAR);
      expect(checked.length).toBeGreaterThan(50);
      const unmet = checked
        .map((award) => ({ award, missing: missingCriteria(evaluateAward(story, award)).map((c) => c.code) }))
        .filter(({ missing }) => missing.length > 0);
      expect(unmet).toEqual([]);
    });

    it('decides each award in the next year, in the name of the issuer in force that day (merger of 1/7/2025)', () => {
      for (const award of story.awards) {
        expect(award.decisionDate > `${award.year}-12-31`).toBe(true);
        const issuer = DEMO_ISSUERS.find((i) => i.key === award.issuerKey)!;
        expect(issuer.place).toBe(award.decisionDate < MERGER_DATE ? 'Vĩnh Phúc' : 'Phú Thọ');
        expect(award.decisionNumber.endsWith(`/QĐ-${issuer.symbol}`)).toBe(true);
      }
    });

    it.each([
      ['LDTT', 'staff'],
      ['CSTDCS', 'staff'],
      ['BANG_KHEN_TINH', 'staff'],
      ['TTLDTT', 'unit'],
    ] as const)('shows eligible subjects, near misses and refusals for %s in the round year', (awardType, subject) => {
      const outcomes = roundOutcomes(story, awardType, subject);
      expect(outcomes.has('eligible')).toBe(true);
      expect(outcomes.has('near_miss')).toBe(true);
      if (awardType !== 'BANG_KHEN_TINH') {
        expect(outcomes.has('not_eligible')).toBe(true);
      }
    });
  });

  it('reaches back before the merger in today’s round (2026): 2022–2024 decided in Vĩnh Phúc, 2025 in Phú Thọ', () => {
    const story = demoStory(2026);
    const places = new Set(story.awards.map((a) => `${a.year}:${DEMO_ISSUERS.find((i) => i.key === a.issuerKey)!.place}`));
    expect([...places].sort()).toEqual(['2022:Vĩnh Phúc', '2023:Vĩnh Phúc', '2024:Vĩnh Phúc', '2025:Phú Thọ']);
  });
});
