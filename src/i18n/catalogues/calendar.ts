/** The working-day calendar: holidays, days off, make-up days. Vietnamese first; the English beside it has the same keys. */
export const vi = {
  calendar: {
    title: 'Lịch ngày làm việc',
    intro:
      'Ngày lễ, Tết (Bộ luật Lao động 2019, Điều 112), ngày nghỉ bù, hoán đổi và ngày làm bù theo thông báo hằng năm. Các ngày khác từ thứ Hai đến thứ Sáu là ngày làm việc.',
    years: 'Năm',
    date: 'Ngày',
    kind: 'Loại',
    name: 'Tên',
    source: 'Nguồn',
    empty: 'Chưa có ngày nào của năm này.',
    fieldErrors: {
      makeUpNotWeekend: 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật ({date}).',
    },
    kinds: {
      holiday: 'Ngày lễ, Tết',
      day_off: 'Ngày nghỉ (nghỉ bù, hoán đổi)',
      make_up_workday: 'Ngày làm bù',
    },
    unverified: 'chưa xác minh',
  },
};

export const en: typeof vi = {
  calendar: {
    title: 'Working-day calendar',
    intro:
      'Public holidays (Labour Code 2019, Art. 112), compensatory and swapped days off and make-up working days as announced each year. Other days from Monday to Friday are working days.',
    years: 'Year',
    date: 'Date',
    kind: 'Kind',
    name: 'Name',
    source: 'Source',
    empty: 'No days entered for this year yet.',
    fieldErrors: {
      makeUpNotWeekend: 'A make-up working day must be a Saturday or a Sunday ({date}).',
    },
    kinds: {
      holiday: 'Public holiday',
      day_off: 'Day off (compensatory or swapped)',
      make_up_workday: 'Make-up working day',
    },
    unverified: 'unverified',
  },
};
