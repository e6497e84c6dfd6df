/**
 * The typed model of the council's two records of a session (issue 10 "The council"): the minutes
 * (biên bản họp Hội đồng Thi đua – Khen thưởng) and the ballot tally (biên bản kiểm phiếu), already
 * worded and formatted, in the ND 30/2020 layout. The renderers (HTML, DOCX, PDF/A through the DOCX)
 * only place it on the page; the councils feature words it from a session.
 */

export type CouncilDocumentKind = 'minutes' | 'tally';

/** One member in a list of the session's attendance. */
export interface CouncilDocumentMember {
  /** "1", "2"… within its group. */
  ordinal: string;
  name: string;
  /** After the name: the position, then the role in the council ("Giám đốc Thư viện tỉnh – Chủ tịch Hội đồng"; the role alone without a position). */
  detail: string;
}

/** A titled group of members: "Thành viên có mặt (27):", "Thành viên vắng mặt (3):". */
export interface CouncilDocumentMemberGroup {
  heading: string;
  members: CouncilDocumentMember[];
}

/** One nomination's ballot as printed: every count already in words or figures. */
export interface CouncilDocumentRow {
  ordinal: string;
  /** "Nguyễn Thị Minh Khai" or a collective's name. */
  subject: string;
  /** The proposing unit: "Phòng Phục vụ bạn đọc". */
  unit: string;
  /** The award's name: "Chiến sĩ thi đua cấp tỉnh". */
  award: string;
  /** Votes for, present and written together, with the split: "27 (25 + 2 bằng văn bản)". */
  votesFor: string;
  votesAgainst: string;
  abstain: string;
  /** Members who do not vote on it (the nominee, the proposer): "1: Nguyễn Văn A", or "0". */
  recused: string;
  /** "27/30 (90,0 %)". */
  share: string;
  /** "≥ 27/30 (90 %)" or "≥ 16/30 (quá nửa)". */
  required: string;
  /** "Đạt" / "Không đạt"; "" on a draft before the ballot is recorded. */
  result: string;
}

export interface CouncilDocument {
  kind: CouncilDocumentKind;
  /** True while the session is open: the number is blank and every page says "DỰ THẢO". */
  draft: boolean;
  /** The unit whose council it is, upper case, not bold: "THƯ VIỆN TỈNH VĨNH PHÚC"; null when none is printed. */
  parentName: string | null;
  /** The council, upper case, bold: "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG". */
  bodyName: string;
  /** "Số: 03/BB-HĐTĐKT"; a draft "Số:      /BB-HĐTĐKT". */
  numberLine: string;
  /** "Vĩnh Phúc, ngày 15 tháng 12 năm 2025", or the date alone when the council has no place name. */
  placeAndDate: string;
  /** "BIÊN BẢN". */
  title: string;
  /** "Họp Hội đồng Thi đua – Khen thưởng xét khen thưởng năm 2025" / "Kiểm phiếu …". */
  abstract: string;
  /** The opening paragraphs: when, where, who, the quorum. */
  paragraphs: string[];
  /** Present, then absent (the minutes); empty groups are left out. */
  memberGroups: CouncilDocumentMemberGroup[];
  /** The sentence that introduces the table. */
  contentHeading: string;
  columns: {
    ordinal: string;
    subject: string;
    award: string;
    votesFor: string;
    votesAgainst: string;
    abstain: string;
    share: string;
    result: string;
  };
  rows: CouncilDocumentRow[];
  /** The thresholds used, each with its source, "chưa xác minh" where unverified. */
  notes: string[];
  conclusion: string[];
  /** At left the secretary, at right the chair (or whoever chaired); a name left blank when not present. */
  signers: { left: CouncilDocumentSigner; right: CouncilDocumentSigner };
}

export interface CouncilDocumentSigner {
  /** Upper case, bold: "THƯ KÝ HỘI ĐỒNG", "CHỦ TỊCH HỘI ĐỒNG". */
  title: string;
  name: string;
}
