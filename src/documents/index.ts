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
// The dossier sent to the level that decides (the upward feature): its model, wording and renderers.
export type { AchievementReport, DossierDocuments, DossierList, DossierPart, DossierSubmission } from './dossier-document.js';
export { DOSSIER_PARTS } from './dossier-document.js';
export {
  buildDossierDocuments,
  type DossierDocumentsInput,
  type DossierNomination,
  type DossierPriorAward,
  type DossierSubject,
} from './dossier-document.builder.js';
export { DossierRenderer } from './dossier-renderer.js';
