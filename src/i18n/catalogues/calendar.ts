/** The working-day calendar: holidays, days off, make-up days. Vietnamese first; the English beside it has the same keys. */
export const vi = {
  calendar: {
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
