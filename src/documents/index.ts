export type { DecisionDocument, DecisionDocumentPart, DecisionListGroup, DecisionListRow } from './decision-document.js';
export type {
  CouncilDocument,
  CouncilDocumentKind,
  CouncilDocumentMember,
  CouncilDocumentMemberGroup,
  CouncilDocumentRow,
  CouncilDocumentSigner,
} from './council-document.js';
export {
  buildDecisionDocument,
  defaultAbstract,
  type DecisionDocumentInput,
  type DecisionDocumentLine,
  type DecisionKind,
  type DecisionSubject,
  type SignerPrefix,
} from './decision-document.builder.js';
export { DOCUMENT_FONT_BASE, documentFont, documentFonts } from './document-fonts.js';
export {
  DOCUMENT_TEMPLATES_DIR,
  HtmlRenderer,
  type HtmlRendererOptions,
  policyFor as documentContentSecurityPolicy,
  type RenderedHtml,
} from './html-renderer.js';
export {
  amountInWords,
  awardPhrase,
  capitalisePersonName,
  dateInWords,
  DATE_BLANK,
  decisionNumber,
  decisionSymbol,
  formatNumber,
  numberLine,
  placeAndDate,
} from './text/index.js';
export { DocumentsModule } from './documents.module.js';
export { DocxRenderer, type RenderedDocx } from './docx-renderer.js';
export { PdfConverter } from './pdf-converter.js';
export { DocumentRendererUnavailable } from './documents.errors.js';
export {
  type DocumentFormat,
  type DocumentOwner,
  type DocumentPart,
  listStoredDocuments,
  readStoredDocument,
  saveStoredDocument,
  sha256Hex,
  type StoredDocument,
  type StoredDocumentInfo,
} from './stored-documents.js';
