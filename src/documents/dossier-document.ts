/**
 * The typed model of a dossier sent to the level that decides (hồ sơ đề nghị khen thưởng,
 * domain-rules §4.1; Law 2022 Art. 84): the submission (tờ trình, ND 152/2025 Mẫu 01), the list
 * proposed grouped by award (danh sách đề nghị) and the achievement reports (báo cáo thành tích,
 * Mẫu 05 for a person), already worded. The council's minutes are the council's own document and
 * join the download beside these. The HTML and DOCX renderers only place these texts on the page.
 */

/** The heading of each document: the sending body (ô 2) beside the national title (ô 1), then ô 3 and ô 4. */
export interface DossierHeading {
  /** Upper case: "UBND TỈNH PHÚ THỌ"; null when the body has none above it. */
  parentName: string | null;
  /** Upper case, bold: "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH". */
  senderName: string;
  /** "Số:      /TTr-SVHTTDL": the văn thư writes the number when it is registered. */
  numberLine: string;
  /** "Phú Thọ, ngày      tháng      năm 2026". */
  placeAndDate: string;
}

export interface DossierSigner {
  /** Upper case, bold: "GIÁM ĐỐC". */
  title: string;
  /** Bold, after the room for the signature and the seal; "" when it is written by hand. */
  name: string;
}

/** Tờ trình đề nghị khen thưởng. */
export interface DossierSubmission {
  heading: DossierHeading;
  /** "Về việc đề nghị tặng danh hiệu “Chiến sĩ thi đua cấp tỉnh” năm 2025". */
  abstract: string;
  /** "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ." */
  addresseeLine: string;
  /** Each "Căn cứ …;" line, with its punctuation. */
  bases: string[];
  /** The request, ending with "cụ thể như sau:". */
  request: string;
  /** One line per award: "1. Danh hiệu “Chiến sĩ thi đua cấp tỉnh”: 02 cá nhân;" (the last ends with "."). */
  items: string[];
  /** "(Có danh sách, báo cáo thành tích … kèm theo)" and "Kính trình … xem xét, quyết định./.". */
  closing: string[];
  /** "- Như trên;", "- Lưu: VT.". */
  recipients: string[];
  signer: DossierSigner;
}

export interface DossierListRow {
  /** STT, from 1 in each group. */
  ordinal: number;
  /** A person's name capitalised (ND 30/2020 Phụ lục II), or the collective's. */
  name: string;
  /** "Chức vụ, đơn vị công tác"; for a collective, the unit above it. */
  positionAndUnit: string;
  note: string;
}

export interface DossierListGroup {
  /** "I. DANH HIỆU “CHIẾN SĨ THI ĐUA CẤP TỈNH”". */
  heading: string;
  rows: DossierListRow[];
}

/** Danh sách đề nghị khen thưởng, grouped by award. */
export interface DossierList {
  heading: DossierHeading;
  /** "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025". */
  title: string;
  /** "(Kèm theo Tờ trình số      /TTr-SVHTTDL ngày      tháng      năm 2026 của Sở …)". */
  reference: string;
  columns: { ordinal: string; name: string; positionAndUnit: string; note: string };
  groups: DossierListGroup[];
  /** "Danh sách này có 05 cá nhân và 01 tập thể./.". */
  countLine: string;
}

/** One achievement report (báo cáo thành tích), a person's (Mẫu 05) or a collective's. */
export interface AchievementReport {
  /** False for the first report: the others begin on a new page. */
  breakBefore: boolean;
  heading: DossierHeading;
  /** "ĐỀ NGHỊ TẶNG DANH HIỆU “CHIẾN SĨ THI ĐUA CẤP TỈNH” NĂM 2025". */
  subtitle: string;
  /** "I. SƠ LƯỢC LÝ LỊCH" (a person) or "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH" (a collective). */
  profileTitle: string;
  /** "Họ và tên: Nguyễn Thị Hoa", … */
  profile: string[];
  /** The achievements as the nomination states them, one paragraph per line of its text. */
  achievements: string[];
  /** "- Năm 2023: danh hiệu “Lao động tiên tiến” (Quyết định số …)", or one line saying there are none. */
  priorAwards: string[];
  /** Left: "XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ"; right: "NGƯỜI BÁO CÁO THÀNH TÍCH" and the person's name. */
  confirmTitle: string;
  reporterTitle: string;
  reporterName: string;
}

export interface DossierReports {
  /** "BÁO CÁO THÀNH TÍCH": the document's title (the HTML's <title>). */
  title: string;
  reports: AchievementReport[];
}

export interface DossierDocuments {
  submission: DossierSubmission;
  list: DossierList;
  reports: DossierReports;
}

/** The parts a renderer prints, each a document of its own. */
export const DOSSIER_PARTS = ['submission', 'list', 'reports'] as const;
export type DossierPart = (typeof DOSSIER_PARTS)[number];
