/** Award decisions: drafting, lines and money. Vietnamese first; the English beside it must have the same keys. */
export const vi = {
  decisions: {
    andOthers: 'và {count} người khác',
    staffWord: 'cán bộ',
    unitWord: 'đơn vị',
    fieldErrors: {
      oneLineSource: 'Chọn đúng một cách thêm người: danh sách cán bộ, danh sách đơn vị hoặc danh sách đủ điều kiện.',
      issuerNotInForce: 'Cơ quan ban hành không còn (hoặc chưa) hoạt động vào ngày {date}.',
      unknownCode: 'Dòng {line}: không có {what} nào mã “{code}”.',
      emptyFile: 'Tệp không có mã nào.',
    },
    awardUnavailable: {
      retired: 'loại khen thưởng này đã thôi áp dụng từ năm {year}.',
      notForIndividuals: 'loại khen thưởng này không tặng cho cá nhân.',
      notForCollectives: 'loại khen thưởng này không tặng cho tập thể.',
    },
  },
};

export const en: typeof vi = {
  decisions: {
    andOthers: 'and {count} others',
    staffWord: 'staff member',
    unitWord: 'unit',
    fieldErrors: {
      oneLineSource: 'Choose exactly one way to add people: staff, units, or the eligible list.',
      issuerNotInForce: 'The issuer does not issue decisions on {date}.',
      unknownCode: 'Line {line}: there is no {what} with code "{code}".',
      emptyFile: 'The file has no codes.',
    },
    awardUnavailable: {
      retired: 'this award type is retired as of {year}.',
      notForIndividuals: 'this award type is not given to individuals.',
      notForCollectives: 'this award type is not given to collectives.',
    },
  },
};
