import { type CriterionResult, param, reason } from '../law/index.js';
import { withholdDisciplineDetails } from './discipline-privacy.js';
import { reasonText } from './reason-text.js';

/** Decree 13/2023/NĐ-CP: a discipline's level and period are personal data. */
describe('withholdDisciplineDetails (Decree 13/2023)', () => {
  const criterion = (given: CriterionResult['reason']): CriterionResult => ({
    code: 'achievement_after_discipline',
    met: false,
    reason: given,
    legalBasis: 'Nghị định 152/2025/NĐ-CP, Điều 4',
  });

  it('keeps the verdict and drops every level and period of a discipline', () => {
    const disciplined = reason('no_discipline_in_year.disciplined', {
      disciplines: param.list([
        reason('no_discipline_in_year.discipline', {
          level: param.disciplineLevel('warning'),
          period: param.period({ from: '2024-03-01', to: null }),
        }),
      ]),
    });
    const before = criterion(disciplined);
    const after = withholdDisciplineDetails(before);
    expect(after.met).toBe(false);
    expect(reasonText(before.reason, 'vi')).toContain('01/03/2024');
    const text = reasonText(after.reason, 'vi');
    expect(text).not.toContain('01/03/2024');
    expect(text).not.toContain('cảnh cáo');
    expect(text).toContain('Nghị định 13/2023/NĐ-CP');
    expect(JSON.stringify(after.reason)).not.toContain('2024-03-01');
  });

  it('leaves a threshold that names nobody as it was', () => {
    const none = reason('no_member_discipline_at_least.none', { minimum: param.disciplineLevel('reprimand'), year: param.year(2025) });
    expect(withholdDisciplineDetails(criterion(none)).reason).toEqual(none);
  });
});
