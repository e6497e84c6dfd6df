import type { EntityManager } from 'typeorm';
import { rows, sql } from '../database/sql.js';
import { translate } from '../i18n/translate.js';
import { dayMonthYear } from '../issuers/index.js';
import { type Locale } from '../kernel/index.js';
import { decisionNumberText } from './revocation-wording.js';

/** An issued revocation or correction, as the original's view names it. */
export interface DecisionReference {
  id: string;
  /** "03/QĐ-SVHTTDL". */
  number: string;
  signedOn: string;
}

/** A correction of one line: the decision and the snapshot it corrects the line to. */
export interface LineCorrection extends DecisionReference {
  fullName: string;
  position: string | null;
  unitName: string | null;
}

/** The money and certificate recovered after a revocation (Law 2022 Chapter VII), as recorded. */
export interface RecoveryView {
  id: string;
  recoveredOn: string;
  moneyRecovered: boolean;
  certificateRecovered: boolean;
  note: string | null;
  createdAt: Date;
}

/** What became of one line of an issued decision. */
export interface LineFate {
  lineId: string;
  fullName: string;
  /** The issued revocation of the line, null while it stands. */
  revokedBy: DecisionReference | null;
  /** Issued corrections, oldest first: the last is the line as it now reads. */
  correctedBy: LineCorrection[];
  recoveries: RecoveryView[];
}

/**
 * Per line of the decision, the issued revocation and corrections that concern it and the
 * recoveries recorded, so the original stays readable as issued and is shown as revoked or corrected
 * with the link. Lines nothing happened to are left out. Two statements whatever the size.
 */
export async function lineFates(manager: EntityManager, decisionId: string): Promise<LineFate[]> {
  const later = await rows<{
    line_id: string;
    original_name: string;
    id: string;
    kind: 'revocation' | 'correction';
    number: number;
    symbol: string | null;
    signed_on: string;
    full_name: string;
    position: string | null;
    unit_name: string | null;
  }>(
    manager,
    sql`SELECT ol.id AS line_id, ol.full_name AS original_name, d.id, d.kind, d.number, d.symbol, d.signed_on::text AS signed_on,
               rl.full_name, rl.position, rl.unit_name
          FROM decision_lines ol
          JOIN decision_lines rl ON rl.original_line_id = ol.id
          JOIN decisions d ON d.id = rl.decision_id AND d.state = 'issued'
         WHERE ol.decision_id = ${decisionId}
         ORDER BY d.signed_on, d.number_year, d.number`,
  );
  const recoveries = await rows<RecoveryView & { lineId: string; fullName: string }>(
    manager,
    sql`SELECT r.id, r.line_id AS "lineId", ol.full_name AS "fullName", r.recovered_on::text AS "recoveredOn",
               r.money_recovered AS "moneyRecovered", r.certificate_recovered AS "certificateRecovered", r.note, r.created_at AS "createdAt"
          FROM decision_line_recoveries r JOIN decision_lines ol ON ol.id = r.line_id
         WHERE ol.decision_id = ${decisionId}
         ORDER BY r.recovered_on, r.created_at`,
  );
  const fates = new Map<string, LineFate>();
  const fateOf = (lineId: string, fullName: string): LineFate => {
    let fate = fates.get(lineId);
    if (!fate) {
      fate = { lineId, fullName, revokedBy: null, correctedBy: [], recoveries: [] };
      fates.set(lineId, fate);
    }
    return fate;
  };
  for (const found of later) {
    const fate = fateOf(found.line_id, found.original_name);
    const reference = { id: found.id, number: decisionNumberText(found.number, found.symbol), signedOn: found.signed_on };
    if (found.kind === 'revocation') {
      fate.revokedBy = reference;
    } else {
      fate.correctedBy.push({ ...reference, fullName: found.full_name, position: found.position, unitName: found.unit_name });
    }
  }
  for (const { lineId, fullName, ...recovery } of recoveries) {
    fateOf(lineId, fullName).recoveries.push(recovery);
  }
  return [...fates.values()];
}

/** "Đã thu hồi tại Quyết định số 03/QĐ-SVHTTDL ngày 10/02/2026", "Đính chính tại …", the recoveries. */
export function fateNotes(fate: LineFate, lang: Locale): string[] {
  const notes = fate.correctedBy.map((c) =>
    translate(lang, 'decisionFates.correctedBy', { number: c.number, date: dayMonthYear(c.signedOn) }),
  );
  if (fate.revokedBy) {
    notes.push(translate(lang, 'decisionFates.revokedBy', { number: fate.revokedBy.number, date: dayMonthYear(fate.revokedBy.signedOn) }));
  }
  for (const recovery of fate.recoveries) {
    const date = dayMonthYear(recovery.recoveredOn);
    const what =
      recovery.moneyRecovered && recovery.certificateRecovered
        ? 'moneyAndCertificate'
        : recovery.moneyRecovered
          ? 'money'
          : recovery.certificateRecovered
            ? 'certificate'
            : null;
    notes.push(
      what === null
        ? translate(lang, 'decisionFates.recoveredNothing', { date })
        : translate(lang, 'decisionFates.recovered', { what: translate(lang, `decisionFates.${what}`), date }),
    );
  }
  return notes;
}
