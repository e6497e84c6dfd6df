import type { EntityManager } from 'typeorm';
import { execute, one, rows, sql } from '../database/sql.js';
import { baseSalaryOn } from '../law/money/base-salary.js';
import { outrankingTitle, type RivalTitle, unpaidTitleNote } from '../law/money/highest-title.js';
import { rewardAmount } from '../law/money/reward-amount.js';
import { readSettingsInForce } from '../settings/index.js';
import { DecisionNotFound } from './decisions.errors.js';

interface DecisionMoneyRow {
  year: number;
  coefficient: string | null;
}

interface RivalRow {
  lineId: string;
  awardName: string | null;
  coefficient: string | null;
  settled: boolean | null;
}

/**
 * Prices every line of a draft and its totals at `onDate` (the planned signing date while drafting,
 * the signing date when issuing, ND 152/2025 Art. 49(1)): the award's coefficient for the decision's
 * subject × the base salary in force that day, rounded by the province setting in force that day (Art. 49(2)). A title
 * that another title of the same subject and year outranks — in this decision, another draft, or an
 * award record — is priced 0 with the reason (Art. 49(5)). A fixed number of statements whatever the
 * number of lines; runs in the caller's transaction, and fails (by the trigger) on an issued decision.
 * At signing (`settledOnly`) only award records count as rivals: a draft that may never be issued
 * warns while drafting, but must not cost an issued title its money.
 */
export async function priceDecisionLines(
  manager: EntityManager,
  decisionId: string,
  onDate: string,
  { settledOnly = false }: { settledOnly?: boolean } = {},
): Promise<{ baseSalary: number; total: number }> {
  // The row lock serialises two repricings of one decision (two officers adding lines at once).
  const decision = (
    await rows<DecisionMoneyRow>(
      manager,
      sql`
        SELECT d.year,
               CASE WHEN d.subject = 'individual' THEN t.coefficient_individual ELSE t.coefficient_collective END AS coefficient
          FROM decisions d JOIN award_types t ON t.code = d.award_type_code
         WHERE d.id = ${decisionId}
           FOR UPDATE OF d`,
    )
  )[0];
  if (decision === undefined) {
    throw new DecisionNotFound(decisionId);
  }
  const salaries = await rows<{ effectiveFrom: string; amount: string; legalBasis: string; toConfirm: boolean }>(
    manager,
    sql`SELECT to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom", amount, legal_basis AS "legalBasis", to_confirm AS "toConfirm"
          FROM base_salaries`,
  );
  const base = baseSalaryOn(
    salaries.map((salary) => ({ ...salary, amount: Number(salary.amount) })),
    onDate,
  );
  const coefficient = decision.coefficient === null ? null : Number(decision.coefficient);
  // The rounding in force on the same day as the base salary (the province may change it from a date).
  const rounding = (await readSettingsInForce(manager, onDate)).rules.moneyRounding.value;
  const lines = await lineRivals(manager, decisionId, settledOnly);

  const ids: string[] = [];
  const amounts: (number | null)[] = [];
  const notes: (string | null)[] = [];
  let total = 0;
  for (const [lineId, rivals] of lines) {
    ids.push(lineId);
    if (coefficient === null) {
      amounts.push(null);
      notes.push(null);
      continue;
    }
    const rival = outrankingTitle(coefficient, rivals);
    const amount = rival === null ? rewardAmount(coefficient, base.amount, rounding) : 0;
    amounts.push(amount);
    notes.push(rival === null ? null : unpaidTitleNote(rival, decision.year));
    total += amount;
  }

  await execute(
    manager,
    sql`
      UPDATE decision_lines l
         SET coefficient = ${coefficient}::numeric, amount = v.amount, amount_note = v.note
        FROM unnest(${ids}::uuid[], ${amounts}::bigint[], ${notes}::text[]) AS v(id, amount, note)
       WHERE l.id = v.id
         AND (l.coefficient IS DISTINCT FROM ${coefficient}::numeric OR l.amount IS DISTINCT FROM v.amount OR l.amount_note IS DISTINCT FROM v.note)`,
  );
  await one(
    manager,
    sql`UPDATE decisions SET base_salary = ${base.amount}, total_amount = ${coefficient === null ? null : total}::bigint
         WHERE id = ${decisionId} RETURNING id`,
  );
  return { baseSalary: base.amount, total };
}

/**
 * Each line of the decision with the other titles its subject holds or is drafted for in the same
 * year: award records not revoked, and lines of other award drafts. The same award in another place
 * is a duplicate (refused when lines are added and when issuing), not a rival.
 */
async function lineRivals(manager: EntityManager, decisionId: string, settledOnly: boolean): Promise<Map<string, RivalTitle[]>> {
  const found = await rows<RivalRow>(
    manager,
    sql`
      SELECT l.id AS "lineId", r.award_name AS "awardName", r.coefficient, r.settled
        FROM decisions d
        JOIN decision_lines l ON l.decision_id = d.id
        LEFT JOIN LATERAL (
          SELECT t.name AS award_name,
                 CASE WHEN ar.staff_id IS NOT NULL THEN t.coefficient_individual ELSE t.coefficient_collective END AS coefficient,
                 true AS settled
            FROM award_records ar
            JOIN award_types t ON t.code = ar.award_type_code AND t.kind = 'title'
           WHERE ar.year = d.year AND ar.revoked_at IS NULL
             AND ar.award_type_code <> d.award_type_code
             AND ar.decision_id IS DISTINCT FROM d.id
             AND (ar.staff_id = l.staff_id OR ar.unit_id = l.unit_id)
          UNION ALL
          SELECT t.name,
                 CASE WHEN ol.staff_id IS NOT NULL THEN t.coefficient_individual ELSE t.coefficient_collective END,
                 false
            FROM decision_lines ol
            JOIN decisions od ON od.id = ol.decision_id AND od.state = 'draft' AND od.kind = 'award'
            JOIN award_types t ON t.code = od.award_type_code AND t.kind = 'title'
           WHERE od.id <> d.id AND od.year = d.year AND NOT ${settledOnly}
             AND od.award_type_code <> d.award_type_code
             AND (ol.staff_id = l.staff_id OR ol.unit_id = l.unit_id)
        ) r ON r.coefficient IS NOT NULL
       WHERE d.id = ${decisionId}
         AND EXISTS (SELECT 1 FROM award_types dt WHERE dt.code = d.award_type_code AND dt.kind = 'title')
      UNION ALL
      -- Forms of commendation have no rival titles (Art. 49(7): a title and a form are both paid).
      SELECT l.id, NULL, NULL, NULL
        FROM decisions d JOIN decision_lines l ON l.decision_id = d.id
       WHERE d.id = ${decisionId}
         AND NOT EXISTS (SELECT 1 FROM award_types dt WHERE dt.code = d.award_type_code AND dt.kind = 'title')`,
  );
  const lines = new Map<string, RivalTitle[]>();
  for (const { lineId, awardName, coefficient, settled } of found) {
    const rivals = lines.get(lineId) ?? [];
    if (awardName !== null && coefficient !== null) {
      rivals.push({ awardName, coefficient: Number(coefficient), settled: settled === true });
    }
    lines.set(lineId, rivals);
  }
  return lines;
}
