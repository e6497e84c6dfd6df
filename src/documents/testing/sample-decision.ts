import type { DecisionDocument, DecisionListGroup } from '../decision-document.js';

// Every vowel with every tone (and đ), so a renderer that drops a glyph shows it in tests.
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const MIDDLE = ['Thị', 'Văn', 'Hữu', 'Ngọc', 'Thùy', 'Quốc', 'Xuân', 'Mỹ', 'Đức', 'Khánh'];
const GIVEN = [
  'Ánh',
  'Bảo',
  'Cường',
  'Dũng',
  'Hưởng',
  'Kiều',
  'Lượng',
  'Mẫn',
  'Nguyệt',
  'Ơn',
  'Phượng',
  'Quỳnh',
  'Sửu',
  'Tuấn',
  'Ước',
  'Yến',
  'Ỷ',
  'Ẩn',
  'Ễnh',
  'Ửng',
];
const UNITS = ['Phòng Tổ chức cán bộ', 'Phòng Quản lý thể dục thể thao', 'Bảo tàng tỉnh', 'Thư viện tỉnh', 'Trung tâm Văn hóa - Điện ảnh'];
const POSITIONS = ['Trưởng phòng', 'Phó Trưởng phòng', 'Chuyên viên', 'Viên chức', 'Kế toán viên'];

/** The name of the i-th sample person: deterministic, distinct for the first 2,400. */
export const sampleName = (i: number): string =>
  `${FAMILY[i % FAMILY.length]} ${MIDDLE[Math.floor(i / FAMILY.length) % MIDDLE.length]} ${GIVEN[Math.floor(i / (FAMILY.length * MIDDLE.length)) % GIVEN.length]}`;

/**
 * A Lao động tiên tiến decision of `people` individuals in five units, worded as the decisions
 * feature words it: the fixture of the renderers' tests and of the bench (500 lines).
 */
export function sampleDecision(people = 25, options: { draft?: boolean } = {}): DecisionDocument {
  const draft = options.draft ?? false;
  const groups: DecisionListGroup[] = UNITS.map((heading) => ({ heading, rows: [] }));
  for (let i = 0; i < people; i += 1) {
    const group = groups[i % UNITS.length]!;
    group.rows.push({
      ordinal: 0,
      name: sampleName(i),
      positionAndUnit: `${POSITIONS[i % POSITIONS.length]}, ${group.heading}`,
      amount: i % 7 === 6 ? '0' : '710.000',
      note:
        i % 7 === 6 ? 'Đã nhận tiền thưởng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025 (Nghị định 152/2025/NĐ-CP, Điều 49 khoản 5)' : '',
    });
  }
  let ordinal = 0;
  for (const group of groups) {
    for (const row of group.rows) {
      row.ordinal = ++ordinal;
    }
  }
  const paid = groups.flatMap((g) => g.rows).filter((r) => r.amount !== '0').length;
  const number = draft ? 'Số:      /QĐ-SVHTTDL' : 'Số: 07/QĐ-SVHTTDL';
  const date = draft ? 'Vĩnh Phúc, ngày      tháng      năm 2026' : 'Vĩnh Phúc, ngày 05 tháng 01 năm 2026';
  const reference = draft
    ? '(Kèm theo Quyết định số      /QĐ-SVHTTDL ngày      tháng      năm 2026 của Giám đốc Sở Văn hóa, Thể thao và Du lịch)'
    : '(Kèm theo Quyết định số 07/QĐ-SVHTTDL ngày 05 tháng 01 năm 2026 của Giám đốc Sở Văn hóa, Thể thao và Du lịch)';
  return {
    draft,
    parentName: 'UBND TỈNH VĨNH PHÚC',
    issuerName: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
    numberLine: number,
    placeAndDate: date,
    abstract: 'Về việc tặng danh hiệu “Lao động tiên tiến” năm 2025',
    authority: 'GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
    bases: [
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng;',
      'Căn cứ Quyết định số 25/2025/QĐ-UBND ngày 20 tháng 8 năm 2025 của Ủy ban nhân dân tỉnh ban hành Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh;',
    ],
    proposal: 'Theo đề nghị của Chánh Văn phòng Sở.',
    articles: [
      { label: 'Điều 1.', text: `Tặng danh hiệu “Lao động tiên tiến” năm 2025 cho ${people} cá nhân (có danh sách kèm theo).` },
      {
        label: 'Điều 2.',
        text: `Mỗi cá nhân được thưởng 0,3 lần mức lương cơ sở, là 710.000 đồng (Bảy trăm mười nghìn đồng); tổng số tiền thưởng ${(paid * 710_000).toLocaleString('de-DE')} đồng, từ quỹ thi đua, khen thưởng của Sở.`,
      },
      {
        label: 'Điều 3.',
        text: 'Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Thủ trưởng các đơn vị liên quan và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
      },
    ],
    recipients: ['- Như Điều 3;', '- Lưu: VT, VP.'],
    signer: { prefixLine: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Ước' },
    list: {
      title: 'DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG DANH HIỆU “LAO ĐỘNG TIÊN TIẾN” NĂM 2025',
      reference,
      columns: {
        ordinal: 'STT',
        name: 'Họ và tên',
        positionAndUnit: 'Chức vụ, đơn vị công tác',
        amount: 'Số tiền (đồng)',
        note: 'Ghi chú',
      },
      groups,
      totalLine: `Tổng cộng: ${(paid * 710_000).toLocaleString('de-DE')} đồng`,
      countLine: `Danh sách này có ${people} cá nhân./.`,
    },
  };
}
