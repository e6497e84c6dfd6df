/**
 * Mức lương cơ sở (base salary, VND/month) by effective date: the single source of these values.
 * A later migration seeds them into a table; copy from here.
 *
 * Only the 2024 row is verified in domain-rules (ND 73/2024 Art. 3(2) [V]). The 2018–2023 rows are
 * the well-known earlier decrees; the 2026 row comes from secondary sources only [S] and must be
 * checked on vbpl.vn before use.
 */
export interface BaseSalaryRow {
  /** ISO date YYYY-MM-DD from which the amount applies. */
  effectiveFrom: string;
  amount: number;
  legalBasis: string;
  /** True while the source is unverified; the UI should say "chưa xác minh". */
  toConfirm: boolean;
}

export const BASE_SALARY_ROWS: readonly BaseSalaryRow[] = [
  { effectiveFrom: '2018-07-01', amount: 1_390_000, legalBasis: 'Nghị định 72/2018/NĐ-CP', toConfirm: false },
  { effectiveFrom: '2019-07-01', amount: 1_490_000, legalBasis: 'Nghị định 38/2019/NĐ-CP', toConfirm: false },
  { effectiveFrom: '2023-07-01', amount: 1_800_000, legalBasis: 'Nghị định 24/2023/NĐ-CP', toConfirm: false },
  {
    effectiveFrom: '2024-07-01',
    amount: 2_340_000,
    legalBasis: 'Nghị định 73/2024/NĐ-CP, Điều 3 khoản 2',
    toConfirm: false,
  },
  { effectiveFrom: '2026-07-01', amount: 2_530_000, legalBasis: 'Nghị định 161/2026/NĐ-CP', toConfirm: true },
];
