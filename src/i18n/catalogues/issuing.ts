/** Numbering and issuing decisions (decisions/issuing.service.ts). Vietnamese first, NFC. */
export const vi = {
  issuing: {
    /** DECISION_ALREADY_AWARDED when it is found at issuing, not when the line was added. */
    awardedMeanwhile:
      'Đã được tặng “{award}” năm {year} sau khi lập dự thảo: {names}. Không khen thưởng hai lần cho cùng một thành tích (Luật Thi đua, khen thưởng 2022, Điều 5); hãy bỏ những dòng này rồi ban hành lại. Quyết định chưa được ban hành.',
    signedInFuture: 'Ngày ký không được sau hôm nay ({today}).',
    numberRequired: 'Cơ quan này tự quản lý sổ đăng ký văn bản: hãy nhập số quyết định theo sổ.',
    numberBySystem: 'Số do hệ thống cấp theo sổ đăng ký của cơ quan; không nhập số.',
    pageTitle: 'Ban hành quyết định',
    issuer: 'Cơ quan ban hành',
    abstract: 'Trích yếu',
    award: 'Hình thức khen thưởng',
    lines: 'Số người, tập thể trong danh sách',
    total: 'Tổng tiền thưởng',
    signedOn: 'Ngày ký',
    signedOnHint: 'số và tiền thưởng tính theo ngày này',
    number: 'Số quyết định',
    numberHint: 'theo sổ đăng ký văn bản của cơ quan',
    numberBySystemHint: 'Số quyết định do hệ thống cấp tiếp theo sổ đăng ký của cơ quan trong năm của ngày ký.',
    onceIssued:
      'Đã ban hành thì quyết định và danh sách kèm theo không sửa được nữa; muốn thay đổi phải lập quyết định thu hồi hoặc đính chính.',
    submit: 'Ban hành',
    justIssued: 'Đã ban hành.',
    issuedAs: 'Quyết định số {number}, ngày {date}.',
  },
};

export const en: typeof vi = {
  issuing: {
    awardedMeanwhile:
      'Awarded “{award}” for {year} after the draft was made: {names}. An achievement is not awarded twice (Law on Emulation and Commendation 2022, Art. 5); remove these lines and issue again. The decision was not issued.',
    signedInFuture: 'The signing date cannot be after today ({today}).',
    numberRequired: 'This issuer keeps its own register: type the decision number from it.',
    numberBySystem: 'The system gives the number from the issuer’s register; leave it out.',
    pageTitle: 'Issue the decision',
    issuer: 'Issuer',
    abstract: 'Abstract',
    award: 'Award',
    lines: 'People and collectives in the list',
    total: 'Total reward money',
    signedOn: 'Signed on',
    signedOnHint: 'the number and the money follow this date',
    number: 'Decision number',
    numberHint: 'from the issuer’s register',
    numberBySystemHint: 'The system gives the next number of the issuer’s register for the year of the signing date.',
    onceIssued: 'Once issued, the decision and its list cannot change; a change needs a revocation or a correction decision.',
    submit: 'Issue',
    justIssued: 'Issued.',
    issuedAs: 'Decision no. {number}, dated {date}.',
  },
};
