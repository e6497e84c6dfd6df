import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { TEMPLATES_DIR } from '../config/paths.js';
import type { CouncilDocument, CouncilDocumentKind } from './council-document.js';
import type { DecisionDocument, DecisionDocumentPart } from './decision-document.js';
import { COUNCIL_DOCX_TEMPLATE_FILES, DOCX_RULE_SENTINELS, DOCX_TEMPLATE_FILES, DOCX_WIDTHS, ruleIndent } from './docx-layout.js';

/** What a renderer hands back: the file, and which template made it (stored beside the document). */
export interface RenderedDocx {
  bytes: Buffer;
  /** "documents/decision.docx" or "documents/decision-list.docx". */
  templateId: string;
  /** The sha256 of the template file's bytes (hex): tells which version of an edited template made a copy. */
  templateSha256: string;
}

/**
 * The folder the document templates come from: `DOCUMENT_TEMPLATES_DIR` when set (validated with the
 * rest of the configuration in src/config/environment.ts), else templates/documents/ of the package.
 * Read here through one function so the configuration can hand it over later without touching the renderer.
 */
export function documentTemplatesDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.DOCUMENT_TEMPLATES_DIR?.trim();
  return override ? override : join(TEMPLATES_DIR, 'documents');
}

interface LoadedTemplate {
  id: string;
  bytes: Buffer;
  sha256: string;
}

/**
 * Fills the DOCX templates (made once by scripts/make-document-templates.ts, then kept in Word) from a
 * DecisionDocument with docxtemplater. Each template file is read, hashed and checked once per
 * process; docxtemplater refuses to render one compiled instance twice, so each render unzips the
 * cached bytes afresh (about 10 ms of the total). A tag the data lacks fails the render instead of
 * printing an empty field.
 */
export class DocxRenderer {
  private readonly templates = new Map<DecisionDocumentPart | CouncilDocumentKind, LoadedTemplate>();

  constructor(private readonly folder: string = documentTemplatesDir()) {}

  render(document: DecisionDocument, part: DecisionDocumentPart = 'decision'): RenderedDocx {
    return this.fill(this.template(part), templateData(document), document.issuerName, document.abstract);
  }

  /** The council's minutes or ballot tally of a session; its rules measured as the decision's are. */
  renderCouncil(document: CouncilDocument): RenderedDocx {
    return this.fill(this.template(document.kind), document, document.bodyName, document.abstract);
  }

  private fill(template: LoadedTemplate, data: unknown, issuerName: string, abstract: string): RenderedDocx {
    const doc = compile(template);
    doc.render(data);
    const zip = doc.getZip();
    const xml = zip.file('word/document.xml')?.asText();
    if (xml === undefined) {
      throw new Error(`${template.id} has no word/document.xml`);
    }
    zip.file('word/document.xml', withMeasuredRules(xml, issuerName, abstract));
    const bytes = zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
    return { bytes, templateId: template.id, templateSha256: template.sha256 };
  }

  private template(part: DecisionDocumentPart | CouncilDocumentKind): LoadedTemplate {
    let template = this.templates.get(part);
    if (!template) {
      const file = { ...DOCX_TEMPLATE_FILES, ...COUNCIL_DOCX_TEMPLATE_FILES }[part];
      // An override folder may restyle only some documents: a file it lacks comes from the package.
      const overridden = join(this.folder, file);
      const path = existsSync(overridden) ? overridden : join(TEMPLATES_DIR, 'documents', file);
      const bytes = readFileSync(path);
      template = { id: `documents/${file}`, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
      compile(template); // a broken template (split or unbalanced tags) fails on first use, not on every render
      this.templates.set(part, template);
    }
    return template;
  }
}

function compile(template: LoadedTemplate): Docxtemplater {
  return new Docxtemplater(new PizZip(template.bytes), {
    paragraphLoop: true,
    linebreaks: true,
    parser: dottedPathParser,
    nullGetter(part) {
      throw new Error(`Document template ${template.id}: no value for {${part.value}}`);
    },
  });
}

/** `{list.title}` reads list → title; `{.}` is the loop's current value (each "Căn cứ …" line). */
function dottedPathParser(tag: string): { get(scope: unknown): unknown } {
  if (tag === '.') {
    return { get: (scope) => scope };
  }
  const path = tag.split('.');
  return {
    get(scope) {
      let value: unknown = scope;
      for (const key of path) {
        if (value === null || typeof value !== 'object') {
          return undefined;
        }
        value = (value as Record<string, unknown>)[key];
      }
      return value;
    },
  };
}

/**
 * The document as the template reads it: an absent optional part is `false` (its section is skipped),
 * so `null`/`undefined` reaching the template can only mean a tag the model lacks, and fails.
 */
function templateData(document: DecisionDocument): unknown {
  return {
    ...document,
    parentName: document.parentName ?? false,
    proposal: document.proposal ?? false,
    signer: { ...document.signer, prefixLine: document.signer.prefixLine ?? false },
    list: {
      ...document.list,
      totalLine: document.list.totalLine ?? false,
      groups: document.list.groups.map((group) => ({ ...group, heading: group.heading ?? false })),
    },
  };
}

/**
 * ND 30/2020: the rule under the issuer is 1/3–1/2 of its name, the rule under the abstract 1/3–1/2 of
 * it. The template's rules under these variable texts carry sentinel indents; they become indents
 * measured on the real texts (Tinos Bold, Times New Roman's metrics).
 */
function withMeasuredRules(xml: string, issuerName: string, abstractText: string): string {
  const issuer = ruleIndent(issuerName, 13, DOCX_WIDTHS.leftColumn, 0.4);
  const abstract = ruleIndent(abstractText, 14, DOCX_WIDTHS.text, 1 / 3);
  return xml
    .replaceAll(sentinel(DOCX_RULE_SENTINELS.issuer), `<w:ind w:left="${issuer}" w:right="${issuer}"/>`)
    .replaceAll(sentinel(DOCX_RULE_SENTINELS.abstract), `<w:ind w:left="${abstract}" w:right="${abstract}"/>`);
}

const sentinel = (value: number): string => `<w:ind w:left="${value}" w:right="${value}"/>`;
