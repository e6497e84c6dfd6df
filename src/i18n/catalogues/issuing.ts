/** Numbering and issuing decisions (decisions/issuing.service.ts). Vietnamese first, NFC. */
export const vi = {
  issuing: {
    /** DECISION_ALREADY_AWARDED when it is found at issuing, not when the line was added. */
    awardedMeanwhile:
      'Đã được tặng “{award}” năm {year} sau khi lập dự thảo: {names}. Không khen thưởng hai lần cho cùng một thành tích (Luật Thi đua, khen thưởng 2022, Điều 5); hãy bỏ những dòng này rồi ban hành lại. Quyết định chưa được ban hành.',
    signedInFuture: 'Ngày ký không được sau hôm nay ({today}).',
    numberRequired: 'Cơ quan này tự quản lý sổ đăng ký văn bản: hãy nhập số quyết định theo sổ.',
    numberBySystem: 'Số do hệ thống cấp theo sổ đăng ký của cơ quan; không nhập số.',
  },
};

export const en: typeof vi = {
  issuing: {
    awardedMeanwhile:
      'Awarded “{award}” for {year} after the draft was made: {names}. An achievement is not awarded twice (Law on Emulation and Commendation 2022, Art. 5); remove these lines and issue again. The decision was not issued.',
    signedInFuture: 'The signing date cannot be after today ({today}).',
    numberRequired: 'This issuer keeps its own register: type the decision number from it.',
    numberBySystem: 'The system gives the number from the issuer’s register; leave it out.',
  },
};
