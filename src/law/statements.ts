/**
 * Facts only a person can confirm (`needs_confirmation`), by a stable key; their wording, in each
 * language, is in the i18n catalogue `law.statements`. A province that adds a criterion of its own
 * adds its statement here and in the catalogue: the adapter does not compile while one lacks words.
 */
export const CONFIRMATION_STATEMENTS = [
  /** Law Art. 24(1)(b): tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia phong trào thi đua. */
  'solidarity_and_participation',
  /** Law Art. 27, 28: phong trào thi đua thường xuyên, thiết thực, hiệu quả; nội bộ đoàn kết… */
  'emulation_movement_and_unity',
  /** Law Art. 73–75: gương mẫu chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật. */
  'exemplary_law_abiding',
  /** Nội bộ đoàn kết. */
  'internal_unity',
  /** Law Art. 75: thành tích được công nhận trong phong trào thi đua, hoặc thành tích đột xuất. */
  'recognised_achievement',
  /** Bắc Ninh QĐ 86/2025 Art. 3(1): dẫn đầu cụm, khối thi đua do tỉnh tổ chức. */
  'leads_emulation_cluster',
  /** Bắc Ninh QĐ 86/2025 Art. 3(3)(c): dân chủ ở cơ sở, đời sống cán bộ, tiết kiệm, phòng chống tham nhũng. */
  'democracy_welfare_thrift',
  /** A common provincial addition (Lào Cai, domain-rules §2.1): no administrative sanction in the year. */
  'no_administrative_sanction',
] as const;

export type ConfirmationStatement = (typeof CONFIRMATION_STATEMENTS)[number];
