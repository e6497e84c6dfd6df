import { buildDecisionDocument, defaultAbstract } from './decision-document.builder.js';
import { sampleDecisionInput, sampleLines } from './testing/sample-decision-input.js';

describe('defaultAbstract', () => {
  it('quotes an emulation title', () => {
    expect(defaultAbstract({ name: 'Lao động tiên tiến', kind: 'title' }, 2025)).toBe(
      'Về việc tặng danh hiệu “Lao động tiên tiến” năm 2025',
    );
  });

  it('writes a commendation plainly', () => {
    expect(defaultAbstract({ name: 'Giấy khen', kind: 'commendation' }, 2025)).toBe('Về việc tặng Giấy khen năm 2025');
  });
});

describe('buildDecisionDocument', () => {
  describe('the header (ND 30/2020 Phụ lục I, ô 1–5)', () => {
    const document = buildDecisionDocument(sampleDecisionInput());

    it('upper-cases the parent, the issuer and the authority', () => {
      expect(document.parentName).toBe('UBND TỈNH VĨNH PHÚC');
      expect(document.issuerName).toBe('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH');
      expect(document.authority).toBe('GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH');
    });

    it('numbers and dates an issued decision', () => {
      expect(document.draft).toBe(false);
      expect(document.numberLine).toBe('Số: 07/QĐ-SVHTTDL');
      expect(document.placeAndDate).toBe('Vĩnh Phúc, ngày 05 tháng 01 năm 2026');
      expect(document.abstract).toBe('Về việc tặng danh hiệu “Lao động tiên tiến” năm 2025');
    });

    it('ends every basis with ";" and the proposal with "."', () => {
      expect(document.bases).toEqual([
        'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
        'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng;',
      ]);
      expect(document.proposal).toBe('Theo đề nghị của Chánh Văn phòng Sở.');
    });

    it('ends the last basis with "." when no proposal follows', () => {
      const bare = buildDecisionDocument(sampleDecisionInput({ proposal: null }));
      expect(bare.bases.at(-1)).toMatch(/khen thưởng\.$/u);
    });

    it('dashes the recipients, the last with "."', () => {
      expect(document.recipients).toEqual(['- Như Điều 3;', '- Lưu: VT, VP.']);
    });

    it('writes the signer block: prefix with the head title, upper case, the name capitalised', () => {
      expect(document.signer).toEqual({ prefixLine: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Ước' });
    });

    it('has no prefix line when the head signs', () => {
      const head = buildDecisionDocument(sampleDecisionInput({ signer: { prefix: null, title: 'Giám đốc', name: 'Lê Văn A' } }));
      expect(head.signer.prefixLine).toBeNull();
    });
  });

  describe('a draft', () => {
    const document = buildDecisionDocument(sampleDecisionInput({ number: null, signedOn: null, plannedSignOn: '2026-01-10' }));

    it('leaves the number and the day blank, keeps the planned year', () => {
      expect(document.draft).toBe(true);
      expect(document.numberLine).toBe('Số:      /QĐ-SVHTTDL');
      expect(document.placeAndDate).toBe('Vĩnh Phúc, ngày      tháng      năm 2026');
      expect(document.list.reference).toBe(
        '(Kèm theo Quyết định số      /QĐ-SVHTTDL ngày      tháng      năm 2026 của Giám đốc Sở Văn hóa, Thể thao và Du lịch)',
      );
    });
  });

  describe('the articles of an award (§5.4)', () => {
    it('Điều 1 counts the individuals and names the unit when they share one', () => {
      const lines = sampleLines(3).map((line) => ({ ...line, unitName: 'Thư viện tỉnh' }));
      const document = buildDecisionDocument(sampleDecisionInput({ lines }));
      expect(document.articles[0]).toEqual({
        label: 'Điều 1.',
        text: 'Tặng danh hiệu “Lao động tiên tiến” năm 2025 cho 3 cá nhân thuộc Thư viện tỉnh (có danh sách kèm theo).',
      });
    });

    it('Điều 1 names no unit for people of several units', () => {
      const document = buildDecisionDocument(sampleDecisionInput());
      expect(document.articles[0]!.text).toBe('Tặng danh hiệu “Lao động tiên tiến” năm 2025 cho 9 cá nhân (có danh sách kèm theo).');
    });

    it('Điều 2 gives coefficient, amount in figures and words, the total without the unpaid (ND 152 Art. 49(5)), the source', () => {
      const document = buildDecisionDocument(sampleDecisionInput());
      // 9 lines, the 7th paid nothing: 8 × 710.000 = 5.680.000.
      expect(document.articles[1]).toEqual({
        label: 'Điều 2.',
        text: 'Mỗi cá nhân được thưởng 0,3 lần mức lương cơ sở, là 710.000 đồng (Bảy trăm mười nghìn đồng), trừ 1 cá nhân ghi tại cột Ghi chú của danh sách kèm theo; tổng số tiền thưởng 5.680.000 đồng (Năm triệu sáu trăm tám mươi nghìn đồng), từ quỹ thi đua, khen thưởng của Sở.',
      });
    });

    it('Điều 2 for collectives speaks of collectives', () => {
      const document = buildDecisionDocument(
        sampleDecisionInput({
          subject: 'collective',
          award: { name: 'Tập thể lao động tiên tiến', kind: 'title' },
          coefficient: 0.8,
          amountEach: 1_880_000,
          lines: [
            { name: 'Phòng Tổ chức cán bộ', position: null, unitName: 'Sở Văn hóa, Thể thao và Du lịch', amount: 1_880_000, note: null },
          ],
        }),
      );
      expect(document.articles[0]!.text).toBe(
        'Tặng danh hiệu “Tập thể lao động tiên tiến” năm 2025 cho 1 tập thể (có danh sách kèm theo).',
      );
      expect(document.articles[1]!.text).toBe(
        'Mỗi tập thể được thưởng 0,8 lần mức lương cơ sở, là 1.880.000 đồng (Một triệu tám trăm tám mươi nghìn đồng); tổng số tiền thưởng 1.880.000 đồng (Một triệu tám trăm tám mươi nghìn đồng), từ quỹ thi đua, khen thưởng của Sở.',
      );
      expect(document.articles[2]!.text).toContain('các tập thể có tên tại Điều 1');
      expect(document.list.countLine).toBe('Danh sách này có 1 tập thể./.');
      expect(document.list.groups).toEqual([
        {
          heading: null,
          rows: [
            { ordinal: 1, name: 'Phòng Tổ chức cán bộ', positionAndUnit: 'Sở Văn hóa, Thể thao và Du lịch', amount: '1.880.000', note: '' },
          ],
        },
      ]);
    });

    it('without money, Điều 2 is the execution article and it ends with "./."', () => {
      const lines = sampleLines(2).map((line) => ({ ...line, amount: null, note: null }));
      const document = buildDecisionDocument(
        sampleDecisionInput({ award: { name: 'Giấy khen', kind: 'commendation' }, coefficient: null, amountEach: null, lines }),
      );
      expect(document.articles.map((a) => a.label)).toEqual(['Điều 1.', 'Điều 2.']);
      expect(document.articles[1]!.text).toBe(
        'Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Thủ trưởng các đơn vị liên quan và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
      );
      expect(document.list.totalLine).toBeNull();
      expect(document.list.title).toBe('DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN NĂM 2025');
    });
  });

  describe('a revocation (Law 2022 Chapter VII)', () => {
    const document = buildDecisionDocument(
      sampleDecisionInput({
        kind: 'revocation',
        number: 12,
        signedOn: '2026-03-15',
        original: { number: '07/QĐ-SVHTTDL', signedOn: '2026-01-05', authorityTitle: 'Giám đốc Sở Văn hóa, Thể thao và Du lịch' },
        reason: 'khai man thành tích',
        lines: sampleLines(2).map((line) => ({ ...line, amount: null, note: null })),
      }),
    );

    it('words "Thu hồi …" with the original and the reason', () => {
      expect(document.abstract).toBe('Về việc thu hồi danh hiệu “Lao động tiên tiến” năm 2025');
      expect(document.articles[0]!.text).toBe(
        'Thu hồi danh hiệu “Lao động tiên tiến” năm 2025 đã tặng cho 2 cá nhân tại Quyết định số 07/QĐ-SVHTTDL ngày 05 tháng 01 năm 2026 của Giám đốc Sở Văn hóa, Thể thao và Du lịch (có danh sách kèm theo). Lý do: khai man thành tích.',
      );
      expect(document.articles[1]!.text).toContain('nộp lại hiện vật khen thưởng và số tiền thưởng đã nhận');
      expect(document.list.title).toBe('DANH SÁCH CÁ NHÂN BỊ THU HỒI DANH HIỆU “LAO ĐỘNG TIÊN TIẾN” NĂM 2025');
      expect(document.placeAndDate).toBe('Vĩnh Phúc, ngày 15 tháng 3 năm 2026');
      expect(document.list.totalLine).toBeNull();
    });

    it('refuses a revocation without its original', () => {
      expect(() => buildDecisionDocument(sampleDecisionInput({ kind: 'revocation', original: null }))).toThrow(RangeError);
    });
  });

  describe('a correction', () => {
    it('names the original in the abstract and in Điều 1', () => {
      const document = buildDecisionDocument(
        sampleDecisionInput({
          kind: 'correction',
          original: { number: '07/QĐ-SVHTTDL', signedOn: '2026-01-05', authorityTitle: 'Giám đốc Sở Văn hóa, Thể thao và Du lịch' },
          lines: [
            { name: 'Nguyễn Thị Ánh', position: 'Chuyên viên', unitName: 'Thư viện tỉnh', amount: null, note: 'Đã ghi: Nguyễn Thị Anh' },
          ],
        }),
      );
      expect(document.abstract).toBe(
        'Về việc đính chính Quyết định số 07/QĐ-SVHTTDL ngày 05 tháng 01 năm 2026 của Giám đốc Sở Văn hóa, Thể thao và Du lịch',
      );
      expect(document.articles[0]!.text).toMatch(
        /^Đính chính Quyết định số 07\/QĐ-SVHTTDL .* đối với 1 cá nhân \(có danh sách kèm theo\)\.$/u,
      );
      expect(document.list.groups[0]!.rows[0]!.note).toBe('Đã ghi: Nguyễn Thị Anh');
    });
  });

  describe('the attached list (§5.5)', () => {
    const document = buildDecisionDocument(sampleDecisionInput());

    it('titles it and references the decision', () => {
      expect(document.list.title).toBe('DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG DANH HIỆU “LAO ĐỘNG TIÊN TIẾN” NĂM 2025');
      expect(document.list.reference).toBe(
        '(Kèm theo Quyết định số 07/QĐ-SVHTTDL ngày 05 tháng 01 năm 2026 của Giám đốc Sở Văn hóa, Thể thao và Du lịch)',
      );
    });

    it('groups consecutive lines by unit, numbering across groups', () => {
      expect(document.list.groups.map((g) => [g.heading, g.rows.map((r) => r.ordinal)])).toEqual([
        ['Phòng Tổ chức cán bộ', [1, 2, 3]],
        ['Bảo tàng tỉnh', [4, 5, 6]],
        ['Thư viện tỉnh', [7, 8, 9]],
      ]);
    });

    it('capitalises names, joins position and unit, prints amounts with dots, 0 for the unpaid', () => {
      expect(document.list.groups[0]!.rows[0]).toEqual({
        ordinal: 1,
        name: 'Nguyễn Thị Ánh',
        positionAndUnit: 'Phó Trưởng phòng, Phòng Tổ chức cán bộ',
        amount: '710.000',
        note: '',
      });
      expect(document.list.groups[2]!.rows[0]).toMatchObject({ ordinal: 7, amount: '0' });
      expect(document.list.groups[2]!.rows[0]!.note).toContain('Chiến sĩ thi đua cơ sở');
    });

    it('totals and counts', () => {
      expect(document.list.totalLine).toBe('Tổng cộng: 5.680.000 đồng (Năm triệu sáu trăm tám mươi nghìn đồng)');
      expect(document.list.countLine).toBe('Danh sách này có 9 cá nhân./.');
    });

    it('prints everything precomposed (NFC) even from decomposed input', () => {
      const decomposed = sampleDecisionInput({
        lines: sampleLines(3).map((line) => ({ ...line, name: line.name.normalize('NFD'), unitName: line.unitName!.normalize('NFD') })),
      });
      const json = JSON.stringify(buildDecisionDocument(decomposed));
      expect(json).toBe(json.normalize('NFC'));
    });
  });
});
