export type { DecisionDocument, DecisionDocumentPart, DecisionListGroup, DecisionListRow } from './decision-document.js';
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
export { DOCUMENT_TEMPLATES_DIR, HtmlRenderer, type HtmlRendererOptions, type RenderedHtml } from './html-renderer.js';
export { amountInWords, awardPhrase, capitalisePersonName, decisionNumber, formatNumber, numberLine, placeAndDate } from './text/index.js';
