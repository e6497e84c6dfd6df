/**
 * The typed model of an award decision and its attached list: everything the three renderers
 * (HTML, DOCX, PDF/A) print, already worded and formatted. Renderers only place it on the page; the
 * decisions feature builds it (from a draft for the preview, from an issued decision for the copy).
 */

/** One line of the attached list (danh sách kèm theo). */
export interface DecisionListRow {
  /** STT, from 1, in list order across groups. */
  ordinal: number;
  /** Capitalised per ND 30/2020 Phụ lục II: "Nguyễn Thị Minh Khai"; a collective's name as registered. */
  name: string;
  /** "Chức vụ, đơn vị công tác": "Phó Trưởng phòng, Phòng Tổ chức cán bộ"; for a collective, its parent. */
  positionAndUnit: string;
  /** Money in figures with dots, "710.000", or "" when the line carries none. */
  amount: string;
  /** Ghi chú: why the amount is 0, a revoked line, …; "" when none. */
  note: string;
}

/** A group of rows under a unit heading ("Phòng Tổ chức cán bộ"); a list without groups has one with heading null. */
export interface DecisionListGroup {
  heading: string | null;
  rows: DecisionListRow[];
}

export interface DecisionDocument {
  /** True before issuing: the number is left blank and every page says "DỰ THẢO". */
  draft: boolean;
  /** Upper case, not bold: "UBND TỈNH VĨNH PHÚC"; null when the issuer has no parent body. */
  parentName: string | null;
  /** Upper case, bold: "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH". */
  issuerName: string;
  /** "Số: 07/QĐ-SVHTTDL"; for a draft "Số:      /QĐ-SVHTTDL". */
  numberLine: string;
  /** "Vĩnh Phúc, ngày 05 tháng 01 năm 2026"; for a draft "Vĩnh Phúc, ngày      tháng      năm 2026". */
  placeAndDate: string;
  /** "Về việc tặng danh hiệu “Lao động tiên tiến” năm 2025". */
  abstract: string;
  /** "GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH". */
  authority: string;
  /** Each "Căn cứ …" line, with its closing ";" (and "." on the last one unless a proposal follows). */
  bases: string[];
  /** "Theo đề nghị của … ." with its full stop, or null. */
  proposal: string | null;
  /** The articles: "Điều 1." in bold, then the text; the last one ends with "./.". */
  articles: Array<{ label: string; text: string }>;
  /** "Nơi nhận:" items, each with its "- " and closing ";" or "."; the last "- Lưu: VT, VP.". */
  recipients: string[];
  signer: {
    /** "KT. GIÁM ĐỐC" or null (the head signs): upper case, bold. */
    prefixLine: string | null;
    /** "PHÓ GIÁM ĐỐC": upper case, bold. */
    title: string;
    /** "Nguyễn Văn A": bold, after 30–35 mm left for the signature and the seal. */
    name: string;
  };
  list: {
    /** "DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG DANH HIỆU “LAO ĐỘNG TIÊN TIẾN” NĂM 2025". */
    title: string;
    /** "(Kèm theo Quyết định số 07/QĐ-SVHTTDL ngày 05 tháng 01 năm 2026 của Giám đốc Sở …)". */
    reference: string;
    /** Column headings, e.g. STT | Họ và tên | Chức vụ, đơn vị công tác | Số tiền (đồng) | Ghi chú. */
    columns: { ordinal: string; name: string; positionAndUnit: string; amount: string; note: string };
    groups: DecisionListGroup[];
    /** "Tổng cộng: 17.750.000 đồng (Mười bảy triệu bảy trăm năm mươi nghìn đồng)" or null. */
    totalLine: string | null;
    /** "Danh sách này có 25 cá nhân./.". */
    countLine: string;
  };
}

/** The parts a renderer may print alone: the whole decision with its list, or the attached list alone. */
export type DecisionDocumentPart = 'decision' | 'list';
