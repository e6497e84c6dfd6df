import { randomBytes } from 'node:crypto';
import { applyIssuedRevocation } from '../../src/decisions/index.js';
import { Decision } from '../../src/decisions/decision.entity.js';
import type { TestApp } from '../support/test-app.js';
import { bearer } from '../support/test-app.js';

const unique = (): string => randomBytes(3).toString('hex').toUpperCase();

export async function createIssuer(
  t: TestApp,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; name: string; symbol: string }> {
  const res = await t
    .http()
    .post('/api/issuers')
    .set(bearer(t.adminToken))
    .send({
      name: 'Sở Văn hóa, Thể thao và Du lịch',
      parentName: 'UBND tỉnh Vĩnh Phúc',
      symbol: `SVH${unique()}`,
      place: 'Vĩnh Phúc',
      signerTitle: 'Giám đốc',
      signerName: 'Nguyễn Văn Hùng',
      ...overrides,
    })
    .expect(201);
  return res.body as { id: string; name: string; symbol: string };
}

export interface IssuedInput {
  issuerId: string;
  symbol: string;
  awardType?: string;
  year?: number;
  number: number;
  signedOn: string;
  /** Staff members, each with the name its line prints. */
  staff: Array<{ id: string; fullName: string; unitName?: string }>;
  amount?: number;
}

export interface IssuedDecision {
  id: string;
  lines: Array<{ id: string; staffId: string; fullName: string; awardRecordId: string }>;
}

/**
 * An issued award decision written straight to the tables, as the issuing code (another branch)
 * leaves it: the draft and its lines, one award record per line (source 'issued', linked both ways),
 * then the flip to issued (the trigger allows leaving draft, and nothing after).
 */
export async function createIssuedDecision(t: TestApp, input: IssuedInput): Promise<IssuedDecision> {
  const awardType = input.awardType ?? 'LDTT';
  const year = input.year ?? 2025;
  return t.dataSource.transaction(async (manager) => {
    const [{ id }] = (await manager.query(
      `INSERT INTO decisions (issuer_id, award_type_code, year, subject, signer_prefix, signer_title, signer_name, abstract, bases, recipients)
       VALUES ($1, $2, $3, 'individual', 'KT.', 'Phó Giám đốc', 'Trần Văn Bình', $4, $5::jsonb, $6::jsonb) RETURNING id`,
      [
        input.issuerId,
        awardType,
        year,
        `Về việc tặng danh hiệu “Lao động tiên tiến” năm ${year}`,
        JSON.stringify(['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;']),
        JSON.stringify(['Như Điều 3;', 'Lưu: VT, VP.']),
      ],
    )) as Array<{ id: string }>;
    const lines: IssuedDecision['lines'] = [];
    for (const [index, person] of input.staff.entries()) {
      const [line] = (await manager.query(
        `INSERT INTO decision_lines (decision_id, staff_id, full_name, position, unit_name, sort_key, coefficient, amount, verdict)
         VALUES ($1, $2, $3, 'Chuyên viên', $4, $5, 0.3, $6, 'eligible') RETURNING id`,
        [id, person.id, person.fullName, person.unitName ?? 'Phòng Nghiệp vụ', String(index).padStart(4, '0'), input.amount ?? 710_000],
      )) as Array<{ id: string }>;
      const [record] = (await manager.query(
        `INSERT INTO award_records (award_type_code, staff_id, year, decision_number, decision_date, issuer_id, source, decision_id, decision_line_id)
         VALUES ($1, $2, $3, $4, $5, $6, 'issued', $7, $8) RETURNING id`,
        [
          awardType,
          person.id,
          year,
          `${String(input.number).padStart(2, '0')}/QĐ-${input.symbol}`,
          input.signedOn,
          input.issuerId,
          id,
          line.id,
        ],
      )) as Array<{ id: string }>;
      await manager.query(`UPDATE decision_lines SET award_record_id = $1 WHERE id = $2`, [record.id, line.id]);
      lines.push({ id: line.id, staffId: person.id, fullName: person.fullName, awardRecordId: record.id });
    }
    await flipToIssued(manager, id, input.number, input.signedOn, input.symbol);
    return { id, lines };
  });
}

async function flipToIssued(
  manager: { query: (text: string, params: unknown[]) => Promise<unknown> },
  id: string,
  number: number,
  signedOn: string,
  symbol: string,
): Promise<void> {
  await manager.query(
    `UPDATE decisions SET state = 'issued', number = $2, number_year = $3, symbol = $4, signed_on = $5, issued_at = now() WHERE id = $1`,
    [id, number, Number(signedOn.slice(0, 4)), `QĐ-${symbol}`, signedOn],
  );
}

/**
 * Issues a revocation or correction draft as the issuing code will: in one transaction,
 * `applyIssuedRevocation` and the flip to issued with its number.
 */
export async function issueLaterDecision(t: TestApp, id: string, number: number, signedOn: string, symbol: string): Promise<void> {
  const [admin] = (await t.dataSource.query(`SELECT id FROM users WHERE username = 'admin'`)) as Array<{ id: string }>;
  await t.dataSource.transaction(async (manager) => {
    // As the issuing code calls it: the locked draft (no number on it yet) and the number it settled.
    const decision = await manager.findOneByOrFail(Decision, { id });
    await applyIssuedRevocation(manager, decision, admin.id, { number: `${String(number).padStart(2, '0')}/QĐ-${symbol}`, signedOn });
    await flipToIssued(manager, id, number, signedOn, symbol);
  });
}

/** A minimal PDF: the header the content check reads, and a little body. */
export const pdfBytes = (text = 'signed'): Buffer =>
  Buffer.from(`%PDF-1.7\n% ${text}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`, 'latin1');
