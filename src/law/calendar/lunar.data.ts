/**
 * The two lunar dates Labour Code 2019 Art. 112(1) makes public holidays, as solar dates, per year:
 * Tết Nguyên đán (1/1 lunar, the first of its 5 days is chosen by the Prime Minister) and Giỗ Tổ Hùng
 * Vương (10/3 lunar). A table, never computed at run time.
 *
 * Source: the Vietnamese lunar calendar of Hồ Ngọc Đức ("Lịch Việt Nam", amlich, time zone UTC+7,
 * after J. Meeus, Astronomical Algorithms), which is the calendar Vietnamese almanacs print. The dates
 * were checked here by running that published new-moon formula (month 1 = the second new moon after
 * the month holding the winter solstice; 10/3 = the third month's new moon + 9 days; no leap month falls
 * between months 11 and 3 in 2024–2030). 2024–2026 also match the official announcements (10/2/2024;
 * 29/1/2025 and 7/4/2025; 16/2/2026 = 29 tháng Chạp, so 17/2/2026 = mùng 1).
 *
 * 2030: the new moon falls at about 23:07 UTC+7 on 2 February, so Vietnam's Tết is 2/2/2030, one day
 * before China's (UTC+8): close to midnight, recheck against the 2030 announcement.
 */
export interface LunarHolidays {
  /** 1 tháng Giêng (Tết Nguyên đán), YYYY-MM-DD. */
  tet: string;
  /** 10 tháng Ba (Giỗ Tổ Hùng Vương), YYYY-MM-DD. */
  hungKings: string;
}

export const LUNAR_HOLIDAYS: Readonly<Record<number, LunarHolidays>> = {
  2024: { tet: '2024-02-10', hungKings: '2024-04-18' },
  2025: { tet: '2025-01-29', hungKings: '2025-04-07' },
  2026: { tet: '2026-02-17', hungKings: '2026-04-26' },
  2027: { tet: '2027-02-06', hungKings: '2027-04-16' },
  2028: { tet: '2028-01-26', hungKings: '2028-04-04' },
  2029: { tet: '2029-02-13', hungKings: '2029-04-23' },
  2030: { tet: '2030-02-02', hungKings: '2030-04-12' },
};
