/**
 * A decision's documents on its page (src/decisions/decision-documents.*): the links to the
 * decision and its attached list in HTML, DOCX and PDF/A, and the state of the stored copies.
 * Vietnamese first; the English beside it must have the same keys.
 */
export const vi = {
  decisionDocuments: {
    title: 'Văn bản',
    decision: 'Quyết định (kèm danh sách)',
    list: 'Danh sách kèm theo',
    html: 'Xem và in',
    docx: 'Word (DOCX)',
    pdf: 'PDF/A',
    draftNote: 'Bản dự thảo: tạo mới mỗi lần mở, ghi “DỰ THẢO”, chưa có số.',
    stored: 'Bản lưu sau khi ban hành: {state}',
    notQueued: 'Bản lưu sau khi ban hành: chưa tạo, sẽ tạo khi mở',
  },
};

export const en: typeof vi = {
  decisionDocuments: {
    title: 'Documents',
    decision: 'Decision (with its list)',
    list: 'Attached list',
    html: 'View and print',
    docx: 'Word (DOCX)',
    pdf: 'PDF/A',
    draftNote: 'A draft: made afresh each time it is opened, marked “DỰ THẢO”, without a number.',
    stored: 'Copies stored after issuing: {state}',
    notQueued: 'Copies stored after issuing: not made yet, made when opened',
  },
};
