/**
 * Decisions as print-ready HTML (A4, ND 30/2020 layout): the preview before issuing and the
 * browser's print. Templates come from `templates/documents/` or, file by file, from an
 * installation's override folder (DOCUMENT_TEMPLATES_DIR), so a province restyles them without a
 * code change. Each result names its template and the template's sha256, which the stored copy keeps.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { TEMPLATES_DIR } from '../config/paths.js';
import type { CouncilDocument, CouncilDocumentKind } from './council-document.js';
import type { DecisionDocument, DecisionDocumentPart } from './decision-document.js';
import { DOCUMENT_FONT_BASE } from './document-fonts.js';

/** The built-in templates of the documents. */
export const DOCUMENT_TEMPLATES_DIR = join(TEMPLATES_DIR, 'documents');

const ENTRY_TEMPLATES: Record<DecisionDocumentPart, string> = {
  decision: 'decision.hbs',
  list: 'decision-list.hbs',
};

/** The council's records of a session (src/documents/council-document.ts). */
const COUNCIL_TEMPLATES: Record<CouncilDocumentKind, string> = {
  minutes: 'council-minutes.hbs',
  tally: 'council-tally.hbs',
};

export interface RenderedHtml {
  html: string;
  /** The entry template's file name, "decision.hbs". */
  templateId: string;
  /** sha256 (hex) of the entry template and every partial, as loaded: changes whenever the output's template does. */
  templateSha256: string;
  /**
   * The Content-Security-Policy to answer this HTML with: its one inline style by hash, fonts from
   * the app only, nothing else (the app-wide policy refuses inline styles).
   */
  contentSecurityPolicy: string;
}

export interface HtmlRendererOptions {
  /** An installation's folder whose files replace the built-in ones of the same name; null: none. */
  overrideDir?: string | null;
  /** Where the HTML finds the fonts; default the app's `/assets/fonts`. */
  fontBase?: string;
}

interface CompiledEntry {
  template: Handlebars.TemplateDelegate;
  templateId: string;
  templateSha256: string;
}

const sha256 = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

/** Every `.hbs` of a folder, by name without the extension; {} when the folder does not exist. */
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

/** The built-in files overlaid by the override folder's, file by file. */
function overlay(builtIn: string, override: string | null): Map<string, string> {
  const merged = readTemplates(builtIn);
  if (override) {
    for (const [name, source] of readTemplates(override)) {
      merged.set(name, source);
    }
  }
  return merged;
}

export class HtmlRenderer {
  private readonly entries = new Map<DecisionDocumentPart | CouncilDocumentKind, CompiledEntry>();
  private readonly fontBase: string;

  constructor(options: HtmlRendererOptions = {}) {
    const override = options.overrideDir ?? null;
    this.fontBase = options.fontBase ?? DOCUMENT_FONT_BASE;
    // An isolated instance: the pages' helpers and partials never leak into documents, nor back.
    const hbs = Handlebars.create();
    const compileOptions: CompileOptions = { strict: true, preventIndent: true };
    const partials = overlay(join(DOCUMENT_TEMPLATES_DIR, 'partials'), override ? join(override, 'partials') : null);
    for (const [name, source] of partials) {
      hbs.registerPartial(name, hbs.compile(source, compileOptions));
    }
    const partialsDigest = [...partials.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, source]) => `${name}\0${source}\0`)
      .join('');
    const entries = overlay(DOCUMENT_TEMPLATES_DIR, override);
    const all = { ...ENTRY_TEMPLATES, ...COUNCIL_TEMPLATES };
    for (const [part, file] of Object.entries(all) as Array<[DecisionDocumentPart | CouncilDocumentKind, string]>) {
      const source = entries.get(file.replace(/\.hbs$/u, ''));
      if (source === undefined) {
        throw new Error(`Document template missing: ${file}`);
      }
      this.entries.set(part, {
        template: hbs.compile(source, compileOptions),
        templateId: file,
        templateSha256: sha256(`${file}\0${source}\0${partialsDigest}`),
      });
    }
  }

  /** The whole decision with its attached list ('decision'), or the list alone ('list'). */
  renderDecision(document: DecisionDocument, part: DecisionDocumentPart = 'decision'): RenderedHtml {
    const entry = this.entries.get(part)!;
    const hasAmounts = document.list.groups.some((group) => group.rows.some((row) => row.amount !== ''));
    const html = entry.template({ document, hasAmounts, columnCount: hasAmounts ? 5 : 4, fontBase: this.fontBase });
    return { html, templateId: entry.templateId, templateSha256: entry.templateSha256, contentSecurityPolicy: policyFor(html) };
  }

  /** The council's minutes or ballot tally of a session. */
  renderCouncil(document: CouncilDocument): RenderedHtml {
    const entry = this.entries.get(document.kind)!;
    const html = entry.template({ document, fontBase: this.fontBase });
    return { html, templateId: entry.templateId, templateSha256: entry.templateSha256, contentSecurityPolicy: policyFor(html) };
  }
}

type CompileOptions = Parameters<typeof Handlebars.compile>[1];

/** Only the styles this HTML carries, by hash; fonts from the app; no script, frame, form or image source. */
export function policyFor(html: string): string {
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/gu)].map(
    (match) => `'sha256-${createHash('sha256').update(match[1]!).digest('base64')}'`,
  );
  return `default-src 'none'; style-src ${styles.join(' ') || "'none'"}; font-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'`;
}
