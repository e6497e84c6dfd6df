import { buildDecisionDocument } from '../documents/index.js';
import type { DecisionLine } from './decision-line.entity.js';
import type { Decision } from './decision.entity.js';
import {
  authorityTitleOf,
  basisSentence,
  type DecisionForDocument,
  documentInputOf,
  headTitleOf,
  moneyOf,
  proposalSentence,
} from './decision-document-input.js';

const decision = (overrides: Partial<Decision> = {}): Decision =>
  ({
    id: '6f1c2d3e-0000-4000-8000-000000000001',
    kind: 'award',
    state: 'draft',
    version: 1,
    issuerId: 'i',
    awardTypeCode: 'LDTT',
    year: 2025,
    subject: 'individual',
    basis: 'regular',
    plannedSignOn: '2026-01-05',
    signerPrefix: 'KT.',
    signerTitle: 'Phó Giám đốc',
    signerName: 'trần văn bình',
    abstract: 'Về việc tặng danh hiệu “Lao động tiên tiến” năm 2025',
    proposal: 'Chánh Văn phòng Sở',
    bases: ['Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022', 'Căn cứ Quyết định số 12/2024/QĐ-UBND'],
    recipients: ['Như Điều 3', 'Lưu: VT, VP'],
    fundingSource: 'Quỹ thi đua, khen thưởng của Sở',
    lineOrder: 'unit_rank',
    originalId: null,
    reason: null,
    number: null,
    numberYear: null,
    symbol: null,
    signedOn: null,
    baseSalary: 2_340_000,
    totalAmount: 1_420_000,
    ...overrides,
  }) as Decision;

const line = (fullName: string, amount: number | null, amountNote: string | null = null): DecisionLine =>
  ({ fullName, position: 'Chuyên viên', unitName: 'Phòng Tổ chức cán bộ', coefficient: 0.3, amount, amountNote }) as DecisionLine;

const context: DecisionForDocument['context'] = {
  issuerName: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
  parentName: 'UBND TỈNH VĨNH PHÚC',
  issuerSymbol: 'SVHTTDL',
  place: 'Vĩnh Phúc',
  authorityTitle: 'Giám đốc Sở Văn hóa, Thể thao và Du lịch',
  issuerSignerTitle: 'Giám đốc',
  awardName: 'Lao động tiên tiến',
  awardKind: 'title',
  original: null,
};

describe('a decision as the documents print it', () => {
  it('a draft: no number, the planned year on the date line, the KT. line naming the head, bases and proposal as sentences', () => {
    const lines = [
      line('Nguyễn Thị Ánh', 710_000),
      line('Lê Văn Đức', 710_000),
      line('Phạm Thị Hoa', 0, 'Đã nhận tiền thưởng danh hiệu cao hơn'),
    ];
    const document = buildDecisionDocument(documentInputOf({ decision: decision(), lines, context }));
    expect(document.draft).toBe(true);
    expect(document.numberLine).toBe('Số:      /QĐ-SVHTTDL');
    expect(document.placeAndDate).toMatch(/^Vĩnh Phúc, ngày\s+tháng\s+năm 2026$/u);
    expect(document.signer).toEqual({ prefixLine: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Trần Văn Bình' });
    expect(document.authority).toBe('GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH');
    expect(document.bases).toEqual(['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;', 'Căn cứ Quyết định số 12/2024/QĐ-UBND;']);
    expect(document.proposal).toBe('Theo đề nghị của Chánh Văn phòng Sở.');
    // ND 152/2025 Art. 49(5): the line paid 0 is named in Điều 2 and noted in the list.
    expect(document.articles[1]!.text).toContain('là 710.000 đồng (Bảy trăm mười nghìn đồng), trừ 1 cá nhân');
    expect(document.list.groups[0]!.rows[2]).toMatchObject({
      name: 'Phạm Thị Hoa',
      amount: '0',
      note: 'Đã nhận tiền thưởng danh hiệu cao hơn',
    });
    expect(document.list.totalLine).toBe('Tổng cộng: 1.420.000 đồng (Một triệu bốn trăm hai mươi nghìn đồng)');
  });

  it('an issued decision: its own number and symbol, the signing date', () => {
    const issued = decision({ state: 'issued', number: 7, numberYear: 2026, symbol: 'QĐ-SVHTTDL', signedOn: '2026-01-05' });
    const document = buildDecisionDocument(documentInputOf({ decision: issued, lines: [line('Nguyễn Thị Ánh', 710_000)], context }));
    expect(document.draft).toBe(false);
    expect(document.numberLine).toBe('Số: 07/QĐ-SVHTTDL');
    expect(document.placeAndDate).toBe('Vĩnh Phúc, ngày 05 tháng 01 năm 2026');
    expect(document.list.reference).toBe(
      '(Kèm theo Quyết định số 07/QĐ-SVHTTDL ngày 05 tháng 01 năm 2026 của Giám đốc Sở Văn hóa, Thể thao và Du lịch)',
    );
  });

  it('a revocation cites its original (Law 2022 Chapter VII) and prints no money', () => {
    const revocation = decision({ kind: 'revocation', originalId: 'o', reason: 'Kê khai không trung thực', abstract: '' });
    const document = buildDecisionDocument(
      documentInputOf({
        decision: revocation,
        lines: [line('Nguyễn Thị Ánh', 710_000)],
        context: {
          ...context,
          original: {
            number: 3,
            symbol: 'QĐ-SVHTTDL',
            signedOn: '2026-01-05',
            issuerName: 'X',
            authorityTitle: null,
            issuerSignerTitle: 'GIÁM ĐỐC',
          },
        },
      }),
    );
    expect(document.abstract).toBe('Về việc thu hồi danh hiệu “Lao động tiên tiến” năm 2025');
    expect(document.articles[0]!.text).toContain('tại Quyết định số 03/QĐ-SVHTTDL ngày 05 tháng 01 năm 2026 của Giám đốc X');
    expect(document.articles[0]!.text).toContain('Lý do: Kê khai không trung thực.');
    expect(document.list.groups[0]!.rows[0]!.amount).toBe('');
    expect(document.list.totalLine).toBeNull();
  });

  it('the head: the usual signer without "Phó"; the authority from the record, else the head and the registered name', () => {
    expect(headTitleOf('Phó Giám đốc')).toBe('Giám đốc');
    expect(headTitleOf('GIÁM ĐỐC')).toBe('GIÁM ĐỐC');
    expect(authorityTitleOf(' Chủ tịch Ủy ban nhân dân tỉnh ', 'Chủ tịch', 'UBND TỈNH')).toBe('Chủ tịch Ủy ban nhân dân tỉnh');
    expect(authorityTitleOf(null, 'GIÁM ĐỐC', 'SỞ NỘI VỤ')).toBe('Giám đốc SỞ NỘI VỤ');
  });

  it('Điều 2 words the amount most lines get; no paid line, no money article', () => {
    expect(moneyOf([line('a', 710_000), line('b', 0), line('c', 710_000), { coefficient: 0.5, amount: 1_170_000 }])).toEqual({
      coefficient: 0.3,
      amountEach: 710_000,
    });
    expect(moneyOf([line('a', 0), line('b', null)])).toBeNull();
  });

  it('keeps a basis or proposal already written as a sentence', () => {
    expect(basisSentence('Căn cứ Luật Thi đua, khen thưởng')).toBe('Căn cứ Luật Thi đua, khen thưởng');
    expect(proposalSentence('Theo đề nghị của Trưởng phòng')).toBe('Theo đề nghị của Trưởng phòng');
  });
});
