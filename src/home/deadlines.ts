import { DEFAULT_PROVINCE_RULES, type ProvinceRules, type ProvinceSetting } from '../law/index.js';

/** A yearly date (the law's DayMonth, restated here: the law exports the setting, not the shape). */
export interface DayMonth {
  day: number;
  month: number;
}

export type DeadlineCode = 'annualDossier' | 'disciplineList' | 'educationSectorDossier' | 'nationalEmulationFighter';

/** One deadline as the home page lists it: its next date from today and how many days are left. */
export interface UpcomingDeadline {
  code: DeadlineCode;
  /** ISO date of the next occurrence, today included. */
  date: string;
  daysLeft: number;
  /** False while the setting is not verified for the province in use: the page says "chưa xác minh". */
  verified: boolean;
  source: string;
}

/**
 * The central deadline domain-rules §4.3 names: CSTĐ toàn quốc dossiers to the ministry by 31/12 of
 * the adjacent year under ND 98/2023 Art. 32; the ND 152/2025 equivalent was not read, so unverified.
 */
export const NATIONAL_DEADLINES: Partial<Record<DeadlineCode, ProvinceSetting<DayMonth>>> = {
  nationalEmulationFighter: {
    value: { day: 31, month: 12 },
    verified: false,
    source: 'Nghị định 98/2023/NĐ-CP, Điều 32 (đã hết hiệu lực); chưa đọc quy định tương ứng của Nghị định 152/2025/NĐ-CP',
  },
};

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDay = (year: number, { day, month }: DayMonth): string => `${year}-${pad(month)}-${pad(day)}`;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The deadlines of the province in use and the national ones, each at its next date on or after
 * today (local calendar day), soonest first. The home page passes the settings in force today
 * (src/settings/), whose seeded dates are the example province's (Bắc Ninh), unverified until an
 * admin confirms them. Called with the built-in default, its dates count as unverified for the body
 * using the service, whatever the example's own status.
 */
export function upcomingDeadlines(today: Date, rules: ProvinceRules = DEFAULT_PROVINCE_RULES): UpcomingDeadline[] {
  const example = rules === DEFAULT_PROVINCE_RULES;
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const settings: Array<[DeadlineCode, ProvinceSetting<DayMonth>, boolean]> = [
    ['annualDossier', rules.deadlines.annualDossier, example],
    ['disciplineList', rules.deadlines.disciplineList, example],
    ['educationSectorDossier', rules.deadlines.educationSectorDossier, example],
    ...Object.entries(NATIONAL_DEADLINES).map(
      ([code, setting]) => [code as DeadlineCode, setting, false] as [DeadlineCode, ProvinceSetting<DayMonth>, boolean],
    ),
  ];
  return settings
    .map(([code, setting, fromExample]) => {
      const { day, month } = setting.value;
      let year = today.getFullYear();
      if (Date.UTC(year, month - 1, day) < start) {
        year += 1;
      }
      return {
        code,
        date: isoDay(year, setting.value),
        daysLeft: Math.round((Date.UTC(year, month - 1, day) - start) / DAY_MS),
        verified: setting.verified && !fromExample,
        source: setting.source,
      };
    })
    .sort((a, b) => a.daysLeft - b.daysLeft || a.code.localeCompare(b.code));
}
