import type { DecisionDocumentInput, DecisionDocumentLine } from '../decision-document.builder.js';
import { sampleName } from './sample-decision.js';

const UNITS = ['Phòng Tổ chức cán bộ', 'Bảo tàng tỉnh', 'Thư viện tỉnh'];

/** `people` Lao động tiên tiến lines in three units, the seventh of each unit paid nothing (ND 152 Art. 49(5)). */
export function sampleLines(people: number): DecisionDocumentLine[] {
  return Array.from({ length: people }, (_, i) => ({
    name: sampleName(i).toLowerCase(),
    position: i % 3 === 0 ? 'Phó Trưởng phòng' : 'Chuyên viên',
    unitName: UNITS[Math.floor((i * UNITS.length) / people)]!,
    amount: i % 7 === 6 ? 0 : 710_000,
    note: i % 7 === 6 ? 'Đã nhận tiền thưởng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025' : null,
  }));
}

/** The builder's input for an issued Lao động tiên tiến decision of the Sở VHTTDL; override what a case needs. */
export function sampleDecisionInput(overrides: Partial<DecisionDocumentInput> = {}): DecisionDocumentInput {
  return {
    kind: 'award',
    issuer: {
      name: 'Sở Văn hóa, Thể thao và Du lịch',
      parentName: 'UBND tỉnh Vĩnh Phúc',
      symbol: 'SVHTTDL',
      place: 'Vĩnh Phúc',
      authorityTitle: 'Giám đốc Sở Văn hóa, Thể thao và Du lịch',
      headTitle: 'Giám đốc',
    },
    award: { name: 'Lao động tiên tiến', kind: 'title' },
    year: 2025,
    subject: 'individual',
    original: null,
    reason: null,
    abstract: null,
    bases: [
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng;',
    ],
    proposal: 'Theo đề nghị của Chánh Văn phòng Sở',
    executors: 'Chánh Văn phòng Sở, Thủ trưởng các đơn vị liên quan',
    signer: { prefix: 'KT.', title: 'Phó Giám đốc', name: 'nguyễn văn ước' },
    recipients: ['Như Điều 3', '- Lưu: VT, VP.'],
    fundingSource: 'quỹ thi đua, khen thưởng của Sở',
    number: 7,
    signedOn: '2026-01-05',
    plannedSignOn: '2026-01-05',
    coefficient: 0.3,
    baseSalary: 2_340_000,
    amountEach: 710_000,
    lines: sampleLines(9),
    ...overrides,
  };
}
