import type { CouncilDocument, CouncilDocumentKind } from '../council-document.js';

/** A council's minutes (or tally) of `rows` nominations, every Vietnamese tone in the names. */
export function sampleCouncilDocument(kind: CouncilDocumentKind, rows = 3, options: { draft?: boolean } = {}): CouncilDocument {
  return {
    kind,
    draft: options.draft ?? false,
    parentName: 'THƯ VIỆN TỈNH VĨNH PHÚC',
    bodyName: 'HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG',
    numberLine: options.draft ? 'Số:      /BB-HĐTĐKT' : 'Số: 03/BB-HĐTĐKT',
    placeAndDate: 'Vĩnh Phúc, ngày 15 tháng 12 năm 2025',
    title: 'BIÊN BẢN',
    abstract: 'Họp Hội đồng Thi đua – Khen thưởng xét khen thưởng năm 2025',
    paragraphs: ['Hôm nay, ngày 15 tháng 12 năm 2025, tại Phòng họp tầng 2, Hội đồng họp xét đề nghị khen thưởng.'],
    memberGroups:
      kind === 'minutes'
        ? [
            {
              heading: 'Thành viên có mặt (2):',
              members: [
                { ordinal: '1', name: 'Nguyễn Văn Bình', detail: 'Giám đốc – Chủ tịch Hội đồng' },
                { ordinal: '2', name: 'Lê Thị Ỷ Lan', detail: 'Thư ký Hội đồng' },
              ],
            },
            { heading: 'Thành viên vắng mặt (1):', members: [{ ordinal: '1', name: 'Trần Quốc Đạt', detail: 'Ủy viên' }] },
          ]
        : [],
    contentHeading: 'Kết quả như sau:',
    columns: {
      ordinal: 'STT',
      subject: 'Cá nhân, tập thể được đề nghị',
      award: 'Danh hiệu, hình thức',
      votesFor: 'Đồng ý',
      votesAgainst: 'Không đồng ý',
      abstain: 'Không biểu quyết',
      share: 'Tỷ lệ đồng ý trên tổng số thành viên',
      result: 'Kết quả',
    },
    rows: Array.from({ length: rows }, (_, i) => ({
      ordinal: String(i + 1),
      subject: `Phạm Thị Quỳnh Hương Số ${i + 1}`,
      unit: 'Phòng Phục vụ bạn đọc',
      award: 'Chiến sĩ thi đua cấp tỉnh',
      votesFor: '27 (25 + 2 bằng văn bản)',
      votesAgainst: '3',
      abstain: '0',
      recused: '0',
      share: '27/30 (90,0 %)',
      required: '≥ 27/30 (90 % tổng số thành viên)',
      result: i % 2 === 0 ? 'Đạt' : 'Không đạt',
    })),
    notes: ['Chiến sĩ thi đua cấp tỉnh: số phiếu đồng ý đạt từ 90 % tổng số thành viên Hội đồng trở lên (chưa xác minh).'],
    conclusion: ['Biên bản đã được thông qua tại cuộc họp./.'],
    signers: { left: { title: 'THƯ KÝ HỘI ĐỒNG', name: 'Lê Thị Ỷ Lan' }, right: { title: 'CHỦ TỊCH HỘI ĐỒNG', name: 'Nguyễn Văn Bình' } },
  };
}
