/**
 * The dossier's documents (tờ trình, danh sách đề nghị, báo cáo thành tích) in HTML (to preview and
 * print) and DOCX (to edit in Word, then PDF through LibreOffice), from `templates/documents/dossier/`
 * or, file by file, from an installation's override folder laid out the same way (DOCUMENT_TEMPLATES_DIR).
 * The HTML shares the decision's A4 style (`templates/documents/partials/style.hbs`); the DOCX
 * templates are made by scripts/make-document-templates.ts, like the decision's, then kept in Word.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Docxtemplater from 'docxtemplater';
import Handlebars from 'handlebars';
import PizZip from 'pizzip';
import type { DossierDocuments, DossierPart } from './dossier-document.js';
import { DOCUMENT_FONT_BASE } from './document-fonts.js';
import type { RenderedDocx } from './docx-renderer.js';
import { DOCX_WIDTHS, ruleIndent } from './docx-layout.js';
import { DOCUMENT_TEMPLATES_DIR, policyFor, type RenderedHtml } from './html-renderer.js';

/** The DOCX templates of the dossier, under `<templates>/documents/`. */
export const DOSSIER_DOCX_FILES: Record<DossierPart, string> = {
  submission: 'dossier/submission.docx',
  list: 'dossier/list.docx',
  reports: 'dossier/reports.docx',
};

/** The indent the templates give the rule under the sender's name: replaced by one measured on the real name. */
export const DOSSIER_RULE_SENTINEL = 3333;

const HTML_FILES: Record<DossierPart, string> = { submission: 'submission.hbs', list: 'list.hbs', reports: 'reports.hbs' };

type CompileOptions = Parameters<typeof Handlebars.compile>[1];
const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

function readTemplates(dir: string): Map<string, string> {
  if (!existsSync(dir)) {
    return new Map();
  }
  return new Map(
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.hbs'))
      .map((entry) => [entry.name.replace(/\.hbs$/u, ''), readFileSync(join(dir, entry.name), 'utf8')] as const),
  );
}

function overlay(builtIn: string, override: string | null): Map<string, string> {
  const merged = readTemplates(builtIn);
  for (const [name, source] of override ? readTemplates(override) : []) {
    merged.set(name, source);
  }
  return merged;
}

interface Compiled {
  template: Handlebars.TemplateDelegate;
  templateId: string;
  templateSha256: string;
}

interface LoadedDocx {
  id: string;
  bytes: Buffer;
  sha256: string;
}

export interface DossierRendererOptions {
  /** An installation's folder laid out like templates/documents/ (its `dossier/` files replace the built-in ones). */
  overrideDir?: string | null;
  fontBase?: string;
}

/** Each template read and compiled once per process; DOCX bytes unzipped afresh per render (docxtemplater renders an instance once). */
export class DossierRenderer {
  private readonly html = new Map<DossierPart, Compiled>();
  private readonly docx = new Map<DossierPart, LoadedDocx>();
  private readonly override: string | null;
  private readonly fontBase: string;

  constructor(options: DossierRendererOptions = {}) {
    this.override = options.overrideDir ?? null;
    this.fontBase = options.fontBase ?? DOCUMENT_FONT_BASE;
    const hbs = Handlebars.create();
    const compileOptions: CompileOptions = { strict: true, preventIndent: true };
    const partials = new Map([
      ...overlay(join(DOCUMENT_TEMPLATES_DIR, 'partials'), this.override ? join(this.override, 'partials') : null),
      ...overlay(join(DOCUMENT_TEMPLATES_DIR, 'dossier', 'partials'), this.override ? join(this.override, 'dossier', 'partials') : null),
    ]);
    for (const [name, source] of partials) {
      hbs.registerPartial(name, hbs.compile(source, compileOptions));
    }
    const digest = [...partials.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, source]) => `${name}\0${source}\0`)
      .join('');
    const entries = overlay(join(DOCUMENT_TEMPLATES_DIR, 'dossier'), this.override ? join(this.override, 'dossier') : null);
    for (const [part, file] of Object.entries(HTML_FILES) as Array<[DossierPart, string]>) {
      const source = entries.get(file.replace(/\.hbs$/u, ''));
      if (source === undefined) {
        throw new Error(`Document template missing: dossier/${file}`);
      }
      this.html.set(part, {
        template: hbs.compile(source, compileOptions),
        templateId: `dossier/${file}`,
        templateSha256: sha256(`${file}\0${source}\0${digest}`),
      });
    }
  }

  renderHtml(documents: DossierDocuments, part: DossierPart): RenderedHtml {
    const entry = this.html.get(part)!;
    // `draft` is read by the shared style: the dossier's documents carry no "DỰ THẢO" (the văn thư numbers them).
    const html = entry.template({ document: { ...documents[part], draft: false }, fontBase: this.fontBase });
    return { html, templateId: entry.templateId, templateSha256: entry.templateSha256, contentSecurityPolicy: policyFor(html) };
  }

  renderDocx(documents: DossierDocuments, part: DossierPart): RenderedDocx {
    const template = this.docxTemplate(part);
    const doc = compile(template);
    doc.render(templateData(documents, part));
    const zip = doc.getZip();
    const xml = zip.file('word/document.xml')?.asText();
    if (xml === undefined) {
      throw new Error(`${template.id} has no word/document.xml`);
    }
    const indent = ruleIndent(documents[part === 'reports' ? 'submission' : part].heading.senderName, 13, DOCX_WIDTHS.leftColumn, 0.4);
    zip.file(
      'word/document.xml',
      xml.replaceAll(
        `<w:ind w:left="${DOSSIER_RULE_SENTINEL}" w:right="${DOSSIER_RULE_SENTINEL}"/>`,
        `<w:ind w:left="${indent}" w:right="${indent}"/>`,
      ),
    );
    return {
      bytes: zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' }),
      templateId: template.id,
      templateSha256: template.sha256,
    };
  }

  private docxTemplate(part: DossierPart): LoadedDocx {
    let template = this.docx.get(part);
    if (!template) {
      const file = DOSSIER_DOCX_FILES[part];
      const overridden = this.override ? join(this.override, file) : null;
      const path = overridden && existsSync(overridden) ? overridden : join(DOCUMENT_TEMPLATES_DIR, file);
      const bytes = readFileSync(path);
      template = { id: `documents/${file}`, bytes, sha256: sha256(bytes) };
      compile(template); // a broken template fails on first use, not on every render
      this.docx.set(part, template);
    }
    return template;
  }
}

function compile(template: LoadedDocx): Docxtemplater {
  return new Docxtemplater(new PizZip(template.bytes), {
    paragraphLoop: true,
    linebreaks: true,
    parser: dottedPath,
    nullGetter(part) {
      throw new Error(`Document template ${template.id}: no value for {${part.value}}`);
    },
  });
}

/** `{heading.senderName}` reads heading → senderName; `{.}` is the loop's current value. */
function dottedPath(tag: string): { get(scope: unknown): unknown } {
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

/** The part as its template reads it: an absent heading line is `false` (skipped), never null (which fails the render). */
function templateData(documents: DossierDocuments, part: DossierPart): unknown {
  const heading = <H extends { parentName: string | null }>(value: H) => ({ ...value, parentName: value.parentName ?? false });
  // The shared page headers print "DỰ THẢO" on a draft: the dossier's documents never are one.
  switch (part) {
    case 'submission':
      return { ...documents.submission, draft: false, heading: heading(documents.submission.heading) };
    case 'list':
      return { ...documents.list, draft: false, heading: heading(documents.list.heading) };
    case 'reports':
      return {
        ...documents.reports,
        draft: false,
        reports: documents.reports.reports.map((report) => ({ ...report, heading: heading(report.heading) })),
      };
  }
}
