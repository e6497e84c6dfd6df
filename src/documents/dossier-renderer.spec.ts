import PizZip from 'pizzip';
import { buildDossierDocuments, type DossierDocumentsInput, type DossierNomination } from './dossier-document.builder.js';
import { DOSSIER_RULE_SENTINEL, DossierRenderer } from './dossier-renderer.js';

const CSTD = { code: 'CSTD_TINH', name: 'Chiến sĩ thi đua cấp tỉnh', kind: 'title' as const };
const BANG_KHEN = { code: 'BANG_KHEN_TINH', name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', kind: 'commendation' as const };

const person = (name: string, award: DossierNomination['award'] = CSTD, overrides: Partial<DossierNomination> = {}): DossierNomination => ({
  award,
  awardOrder: award === CSTD ? 30 : 90,
  subject: 'individual',
  name,
  position: 'Phó Trưởng phòng',
  unitName: 'Phòng Phục vụ bạn đọc',
  dateOfBirth: '1985-03-12',
  gender: 'female',
  achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2025.\nCó sáng kiến “Số hoá tài liệu địa chí” được áp dụng.',
  priorAwards: [],
  sortKey: name,
  ...overrides,
});

const input = (nominations: DossierNomination[]): DossierDocumentsInput => ({
  sender: {
    name: 'Sở Văn hóa, Thể thao và Du lịch',
    parentName: 'UBND tỉnh Phú Thọ',
    symbol: 'SVHTTDL',
    place: 'Phú Thọ',
    signerTitle: 'Giám đốc',
    signerName: 'Nguyễn Văn Bình',
  },
  addressee: 'Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ',
  year: 2025,
  draftYear: 2026,
  bases: ['Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'],
  nominations,
});

const docxText = (bytes: Buffer): string[] => {
  const body = new PizZip(bytes).file('word/document.xml')!.asText();
  return [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]);
};

describe('the dossier sent to the level that decides (domain-rules §4.1; Law 2022 Art. 84)', () => {
  const nominations = [
    person('trần thị bình'),
    person('Lê Văn An', BANG_KHEN, {
      priorAwards: [
        {
          year: 2023,
          award: { name: 'Lao động tiên tiến', kind: 'title' },
          decisionNumber: '12/QĐ-SVHTTDL',
          decisionDate: '2024-01-05',
          issuerName: 'Sở Văn hóa, Thể thao và Du lịch',
        },
      ],
    }),
    person('Phòng Phục vụ bạn đọc', BANG_KHEN, { subject: 'collective', unitName: 'Thư viện tỉnh', sortKey: 'phong' }),
  ];
  const documents = buildDossierDocuments(input(nominations));

  it('the submission (tờ trình) names the addressee, each award with its counts, and is signed by the head', () => {
    const { submission } = documents;
    expect(submission.heading).toEqual({
      parentName: 'UBND TỈNH PHÚ THỌ',
      senderName: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
      numberLine: 'Số:      /TTr-SVHTTDL',
      placeAndDate: 'Phú Thọ, ngày      tháng      năm 2026',
    });
    expect(submission.abstract).toBe(
      'Về việc đề nghị tặng danh hiệu “Chiến sĩ thi đua cấp tỉnh” và Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2025',
    );
    expect(submission.addresseeLine).toBe('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ.');
    expect(submission.items).toEqual([
      '1. Danh hiệu “Chiến sĩ thi đua cấp tỉnh”: 01 cá nhân;',
      '2. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: 01 cá nhân và 01 tập thể.',
    ]);
    expect(submission.closing.at(-1)).toBe('Kính trình Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ xem xét, quyết định./.');
    expect(submission.signer).toEqual({ title: 'GIÁM ĐỐC', name: 'Nguyễn Văn Bình' });
  });

  it('the list proposed is grouped by award in the catalogue’s order, collectives first, names capitalised', () => {
    expect(documents.list.groups.map((group) => group.heading)).toEqual([
      'I. DANH HIỆU “CHIẾN SĨ THI ĐUA CẤP TỈNH”',
      'II. BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
    ]);
    expect(documents.list.groups[0].rows).toEqual([
      { ordinal: 1, name: 'Trần Thị Bình', positionAndUnit: 'Phó Trưởng phòng, Phòng Phục vụ bạn đọc', note: '' },
    ]);
    expect(documents.list.groups[1].rows.map((row) => row.name)).toEqual(['Phòng Phục vụ bạn đọc', 'Lê Văn An']);
    expect(documents.list.countLine).toBe('Danh sách này có 02 cá nhân và 01 tập thể./.');
    expect(documents.list.reference).toBe(
      '(Kèm theo Tờ trình số      /TTr-SVHTTDL ngày      tháng      năm 2026 của Sở Văn hóa, Thể thao và Du lịch)',
    );
  });

  it('one achievement report per nomination (Mẫu 05 for a person): the profile, the achievements line by line, the prior awards', () => {
    const [first, second, third] = documents.reports.reports;
    expect(first).toMatchObject({ breakBefore: false, subtitle: 'ĐỀ NGHỊ TẶNG DANH HIỆU “CHIẾN SĨ THI ĐUA CẤP TỈNH” NĂM 2025' });
    expect(first.profile).toContain('Ngày, tháng, năm sinh: 12/03/1985');
    expect(first.achievements).toEqual(['Hoàn thành xuất sắc nhiệm vụ năm 2025.', 'Có sáng kiến “Số hoá tài liệu địa chí” được áp dụng.']);
    expect(first.priorAwards).toEqual(['Chưa có hình thức khen thưởng nào được ghi nhận.']);
    expect(second.profileTitle).toBe('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH');
    expect(third.priorAwards).toEqual([
      '- Năm 2023: danh hiệu “Lao động tiên tiến” (Quyết định số 12/QĐ-SVHTTDL ngày 05 tháng 01 năm 2024 của Sở Văn hóa, Thể thao và Du lịch);',
    ]);
    expect([second.breakBefore, third.breakBefore]).toEqual([true, true]);
  });

  it('without an issuer the sender is the unit, the signer and place left for the văn thư', () => {
    const bare = buildDossierDocuments({
      ...input([person('Nguyễn Văn Cường')]),
      sender: { name: 'Thư viện tỉnh', parentName: null, symbol: null, place: null, signerTitle: null, signerName: null },
    });
    expect(bare.submission.heading).toMatchObject({
      parentName: null,
      numberLine: 'Số:      /TTr',
      placeAndDate: '……, ngày      tháng      năm 2026',
    });
    expect(bare.submission.signer).toEqual({ title: 'THỦ TRƯỞNG ĐƠN VỊ', name: '' });
  });

  describe('rendered', () => {
    const renderer = new DossierRenderer();

    it('HTML: each part prints its texts, with a policy for its inline styles only', () => {
      const submission = renderer.renderHtml(documents, 'submission');
      expect(submission.html).toContain('TỜ TRÌNH');
      expect(submission.html).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ.');
      expect(submission.templateId).toBe('dossier/submission.hbs');
      expect(submission.contentSecurityPolicy).toMatch(/^default-src 'none'; style-src 'sha256-[^']+' 'sha256-[^']+';/u);
      const list = renderer.renderHtml(documents, 'list').html;
      expect(list).toContain('II. BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH');
      const reports = renderer.renderHtml(documents, 'reports').html;
      expect(reports.match(/<section class="report/g)).toHaveLength(3);
      expect(reports).toContain('Có sáng kiến “Số hoá tài liệu địa chí” được áp dụng.');
    });

    it('DOCX: every text in place, no tag left, the sender’s rule measured, a page break before each report but the first', () => {
      const submission = renderer.renderDocx(documents, 'submission');
      const texts = docxText(submission.bytes);
      expect(texts).toEqual(
        expect.arrayContaining(['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'TỜ TRÌNH', '1. Danh hiệu “Chiến sĩ thi đua cấp tỉnh”: 01 cá nhân;']),
      );
      expect(texts.join('\n')).not.toMatch(/[{}]/u);
      const xml = new PizZip(submission.bytes).file('word/document.xml')!.asText();
      expect(xml).not.toContain(`w:left="${DOSSIER_RULE_SENTINEL}"`);
      const list = docxText(renderer.renderDocx(documents, 'list').bytes);
      expect(list).toEqual(
        expect.arrayContaining([
          'I. DANH HIỆU “CHIẾN SĨ THI ĐUA CẤP TỈNH”',
          'Trần Thị Bình',
          'Danh sách này có 02 cá nhân và 01 tập thể./.',
        ]),
      );
      const reports = new PizZip(renderer.renderDocx(documents, 'reports').bytes).file('word/document.xml')!.asText();
      expect(reports.match(/<w:br w:type="page"\/>/g)).toHaveLength(2);
      expect(reports.match(/>BÁO CÁO THÀNH TÍCH</g)).toHaveLength(3);
    });
  });
});
