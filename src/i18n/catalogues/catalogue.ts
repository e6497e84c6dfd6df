/** The award catalogue. Vietnamese first; the English beside it must have the same keys (it does not compile otherwise). */
export const vi = {
  catalogue: {
    title: 'Danh mục danh hiệu, hình thức khen thưởng',
    kinds: { title: 'Danh hiệu thi đua', commendation: 'Hình thức khen thưởng' },
    subjects: { individual: 'Cá nhân', collective: 'Tập thể' },
    levels: { grassroots: 'Cấp cơ sở', provincial: 'Cấp tỉnh', national: 'Cấp quốc gia', state: 'Cấp Nhà nước' },
    unverified: 'Chưa xác minh',
    unknownType: 'Không có danh hiệu, hình thức khen thưởng mã “{code}”.',
    retiredType: '“{name}” đã ngừng sử dụng từ ngày {date}.',
    notFor: { individual: '“{name}” không tặng cho cá nhân.', collective: '“{name}” không tặng cho tập thể.' },
  },
};

export const en: typeof vi = {
  catalogue: {
    title: 'Emulation titles and forms of commendation',
    kinds: { title: 'Emulation title', commendation: 'Form of commendation' },
    subjects: { individual: 'Individual', collective: 'Collective' },
    levels: { grassroots: 'Grassroots', provincial: 'Provincial', national: 'National', state: 'State' },
    unverified: 'Not verified',
    unknownType: 'There is no award type with code "{code}".',
    retiredType: '"{name}" has been retired since {date}.',
    notFor: { individual: '"{name}" is not given to individuals.', collective: '"{name}" is not given to collectives.' },
  },
};
