import { criteriaFor } from '../criteria-for.js';
import { evaluateUnit } from '../evaluate.js';
import { rulebookFor } from '../rulebooks/rulebook-for.js';
import { buildUnit } from '../testing/facts.factory.js';
import { codes } from '../testing/result.helpers.js';
import { BAC_NINH_RULES } from './bac-ninh.js';
import { DEFAULT_PROVINCE_RULES } from './default-province.js';
import { mergeProvinceRules, NATIONAL_SETTINGS, type ProvinceRules } from './province-rules.js';

const RULEBOOK = rulebookFor('2025-12-31');
const codesOf = (province: ProvinceRules, award: 'CO_THI_DUA_TINH' | 'BANG_KHEN_TINH' | 'LDTT', subject: 'staff' | 'unit') =>
  (criteriaFor(RULEBOOK, province, award, subject) ?? []).map((spec) => spec.code);

/** A province that has said nothing yet beyond its name and deadlines. */
const BARE_PROVINCE: ProvinceRules = { ...NATIONAL_SETTINGS, name: 'Tỉnh chưa quy định', deadlines: BAC_NINH_RULES.deadlines };

describe('Bắc Ninh, the example province — QĐ 86/2025/QĐ-UBND', () => {
  it('deadlines: dossiers before 10 December, education before 10 July, discipline lists before 10 December (Điều 6)', () => {
    const { deadlines } = BAC_NINH_RULES;
    expect([deadlines.annualDossier.value, deadlines.educationSectorDossier.value, deadlines.disciplineList.value]).toEqual([
      { day: 10, month: 12 },
      { day: 10, month: 7 },
      { day: 10, month: 12 },
    ]);
    expect(deadlines.annualDossier.source).toContain('Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 6');
  });

  it('Cờ thi đua: the Law’s rating, then "dẫn đầu cụm, khối" where the Law leaves it to the province, then the principles (Luật Điều 26; QĐ 86/2025 Điều 3 khoản 1)', () => {
    expect(codesOf(BAC_NINH_RULES, 'CO_THI_DUA_TINH', 'unit')).toEqual([
      'rating_excellent',
      'leads_emulation_cluster',
      'no_freeze',
      'not_already_awarded',
    ]);
    const leads = criteriaFor(RULEBOOK, BAC_NINH_RULES, 'CO_THI_DUA_TINH', 'unit')?.[1];
    expect(leads?.legalBasis).toBe('Luật Thi đua, khen thưởng 2022, Điều 26; Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 3 khoản 1');
  });

  it('Bằng khen tỉnh for a collective: 2 years excellent or TTLĐXS, and democracy, welfare, thrift (QĐ 86/2025 Điều 3 khoản 3 điểm c)', () => {
    expect(codesOf(BAC_NINH_RULES, 'BANG_KHEN_TINH', 'unit')).toEqual([
      'excellent_or_ttldxs_2_consecutive',
      'democracy_welfare_thrift',
      'no_freeze',
      'not_already_awarded',
    ]);
    const unit = buildUnit({ ratings: { 2024: 'excellent', 2025: 'excellent' } });
    expect(evaluateUnit(unit, 'BANG_KHEN_TINH', 2025, { province: BAC_NINH_RULES }).eligible).toBe(true);
  });

  it('is the default province, under a name that says so', () => {
    expect(DEFAULT_PROVINCE_RULES.delegatedCriteria).toBe(BAC_NINH_RULES.delegatedCriteria);
    expect(DEFAULT_PROVINCE_RULES.deadlines).toBe(BAC_NINH_RULES.deadlines);
    expect(DEFAULT_PROVINCE_RULES.name).toContain('Bắc Ninh');
  });
});

describe('The province layer — Luật TĐKT 2022 Điều 24 khoản 4 (details delegated to the province)', () => {
  it('a province that has not detailed Cờ thi đua gets only the Law’s criteria and the principles', () => {
    expect(codesOf(BARE_PROVINCE, 'CO_THI_DUA_TINH', 'unit')).toEqual(['rating_excellent', 'no_freeze', 'not_already_awarded']);
    const unit = buildUnit({ ratings: { 2025: 'excellent' } });
    expect(codes(evaluateUnit(unit, 'CO_THI_DUA_TINH', 2025, { province: BARE_PROVINCE }))).not.toContain('leads_emulation_cluster');
  });

  it('delegated criteria come before the principles, additional ones after them', () => {
    const province = mergeProvinceRules(BARE_PROVINCE, {
      delegatedCriteria: {
        LDTT: {
          staff: [{ code: 'province_detail', kind: 'rating_at_least', params: { minimum: 'good' }, legalBasis: 'Quyết định của tỉnh' }],
        },
      },
      additionalCriteria: {
        LDTT: {
          staff: [
            {
              code: 'no_administrative_sanction',
              kind: 'needs_confirmation',
              params: { statements: ['no_administrative_sanction'] },
              legalBasis: 'Quyết định của tỉnh',
            },
          ],
        },
      },
    });
    expect(codesOf(province, 'LDTT', 'staff')).toEqual([
      'rating_good_or_better',
      'solidarity_and_participation',
      'province_detail',
      'no_freeze',
      'achievement_after_discipline',
      'not_already_awarded',
      'no_administrative_sanction',
    ]);
  });

  it('an award the Law does not give to a subject stays refused whatever the province adds', () => {
    expect(criteriaFor(RULEBOOK, BAC_NINH_RULES, 'LDTT', 'unit')).toBeUndefined();
  });
});
