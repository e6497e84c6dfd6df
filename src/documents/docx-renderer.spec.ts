import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { TEMPLATES_DIR } from '../config/paths.js';
import type { DecisionDocument } from './decision-document.js';
import { DOCX_RULE_SENTINELS } from './docx-layout.js';
import { DocxRenderer, documentTemplatesDir } from './docx-renderer.js';
import { sampleDecision, sampleName } from './testing/sample-decision.js';

/** The parts of a DOCX a reader checks: the body, the headers by kind, the styles. */
function unzip(bytes: Buffer): { body: string; text: string; headers: string[]; styles: string } {
  const zip = new PizZip(bytes);
  const body = zip.file('word/document.xml')!.asText();
  const headers = zip.file(/word\/header\d+\.xml/).map((file) => file.asText());
  const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('\n');
  return { body, text, headers, styles: zip.file('word/styles.xml')!.asText() };
}

const sections = (body: string): string[] => [...body.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((match) => match[0]);

describe('DocxRenderer (docxtemplater filling templates/documents/decision.docx)', () => {
  const renderer = new DocxRenderer();

  describe('a decision of 500 people with its list', () => {
    const rendered = renderer.render(sampleDecision(500));
    const docx = unzip(rendered.bytes);

    it('holds every name exactly as given (NFC), the number, the date and each article', () => {
      const lines = new Set(docx.text.split('\n'));
      for (let i = 0; i < 500; i += 1) {
        expect(lines.has(sampleName(i))).toBe(true);
      }
      expect(docx.text).toBe(docx.text.normalize('NFC'));
      expect(lines.has('Số: 07/QĐ-SVHTTDL')).toBe(true);
      expect(lines.has('Vĩnh Phúc, ngày 05 tháng 01 năm 2026')).toBe(true);
      expect(lines.has('Điều 1.')).toBe(true);
      expect(docx.text).toContain('Danh sách này có 500 cá nhân./.');
      expect(docx.text).not.toMatch(/[{}]/);
    });

    it('is A4 with the margins of Decree 30/2020 (20/20/30/15 mm) in two sections, each numbered from 1 without a number on its first page', () => {
      const props = sections(docx.body);
      expect(props).toHaveLength(2);
      for (const section of props) {
        expect(section).toContain('<w:pgSz w:w="11906" w:h="16838"');
        expect(section).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
        expect(section).toContain('<w:titlePg/>');
        expect(section).toContain('<w:pgNumType w:start="1"/>');
        expect(section).toMatch(/w:type="first"/);
        expect(section).toMatch(/w:type="default"/);
      }
      // Two first-page headers without a PAGE field, two default ones with it.
      expect(docx.headers.filter((header) => header.includes('PAGE'))).toHaveLength(2);
      expect(docx.headers.filter((header) => !header.includes('PAGE'))).toHaveLength(2);
    });

    it('repeats the list header row on each page and never splits a row', () => {
      expect(docx.body.match(/<w:tblHeader\/>/g)).toHaveLength(1);
      // One row per person, one per group heading, the header row; the heading tables' rows too.
      expect((docx.body.match(/<w:cantSplit\/>/g) ?? []).length).toBeGreaterThanOrEqual(500 + 5 + 1);
    });

    it('sets Times New Roman and Vietnamese as the document defaults', () => {
      expect(docx.styles).toMatch(
        /<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/,
      );
      expect(docx.styles).toContain('<w:lang w:val="vi-VN"/>');
    });

    it('sizes the rules under the issuer and the abstract from the texts, replacing the template sentinels', () => {
      expect(docx.body).not.toContain(`w:left="${DOCX_RULE_SENTINELS.issuer}"`);
      expect(docx.body).not.toContain(`w:left="${DOCX_RULE_SENTINELS.abstract}"`);
      const shorter = unzip(renderer.render({ ...sampleDecision(3), issuerName: 'THƯ VIỆN TỈNH' }).bytes);
      const indents = (body: string): string[] => [...body.matchAll(/<w:ind w:left="(\d+)" w:right="\1"\/>/g)].map((match) => match[1]!);
      expect(indents(shorter.body)[0]).not.toBe(indents(docx.body)[0]);
    });

    it('names the template and its sha256', () => {
      const file = readFileSync(join(TEMPLATES_DIR, 'documents', 'decision.docx'));
      expect(rendered.templateId).toBe('documents/decision.docx');
      expect(rendered.templateSha256).toBe(createHash('sha256').update(file).digest('hex'));
    });
  });

  it('prints every field of the model: each string of a document made of distinct markers comes out', () => {
    const markers: string[] = [];
    const mark = (value: unknown, path: string): unknown => {
      if (typeof value === 'string') {
        markers.push(`[${path}]`);
        return `[${path}]`;
      }
      if (Array.isArray(value)) {
        return value.map((item, index) => mark(item, `${path}.${index}`));
      }
      if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mark(item, path ? `${path}.${key}` : key)]));
      }
      return value;
    };
    const doc = mark(sampleDecision(3), '') as DecisionDocument;
    const { text, headers } = unzip(renderer.render(doc).bytes);
    const printed = text + headers.join('');
    expect(markers.filter((marker) => !printed.includes(marker))).toEqual([]);
    expect(markers.length).toBeGreaterThan(30);
  });

  it('marks every page of a draft "DỰ THẢO" and leaves the number blank; an issued decision carries no such mark', () => {
    const draft = unzip(renderer.render(sampleDecision(3, { draft: true })).bytes);
    expect(draft.headers.every((header) => header.includes('DỰ THẢO'))).toBe(true);
    expect(draft.text).toContain('Số:      /QĐ-SVHTTDL');
    const issued = unzip(renderer.render(sampleDecision(3)).bytes);
    expect(issued.headers.some((header) => header.includes('DỰ THẢO'))).toBe(false);
  });

  it('drops the optional parts that are null (parent body, proposal, signing prefix, total, group headings)', () => {
    const base = sampleDecision(4);
    const doc = {
      ...base,
      parentName: null,
      proposal: null,
      signer: { ...base.signer, prefixLine: null },
      list: { ...base.list, totalLine: null, groups: base.list.groups.map((group) => ({ ...group, heading: null })) },
    };
    const { text } = unzip(renderer.render(doc).bytes);
    expect(text).not.toContain('UBND TỈNH VĨNH PHÚC');
    expect(text).not.toContain('Theo đề nghị');
    expect(text).not.toContain('KT. GIÁM ĐỐC');
    expect(text).not.toContain('Tổng cộng');
    expect(text.split('\n')).not.toContain('Phòng Tổ chức cán bộ');
    expect(text).toContain('PHÓ GIÁM ĐỐC');
  });

  it('fails instead of printing an empty field when the model lacks a value', () => {
    const doc = { ...sampleDecision(2), numberLine: undefined as unknown as string };
    expect(() => renderer.render(doc)).toThrow(/numberLine/);
  });

  it('prints the list alone: one section, the list title and rows, none of the decision', () => {
    const list = unzip(renderer.render(sampleDecision(30), 'list').bytes);
    expect(sections(list.body)).toHaveLength(1);
    expect(list.text).toContain('DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG DANH HIỆU “LAO ĐỘNG TIÊN TIẾN” NĂM 2025');
    expect(list.text).toContain(sampleName(29));
    expect(list.text).not.toContain('QUYẾT ĐỊNH:');
  });

  describe('an override folder (DOCUMENT_TEMPLATES_DIR)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'docx-templates-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it('is read from the environment, the package folder otherwise', () => {
      expect(documentTemplatesDir({ DOCUMENT_TEMPLATES_DIR: folder })).toBe(folder);
      expect(documentTemplatesDir({})).toBe(join(TEMPLATES_DIR, 'documents'));
    });

    it('takes a template it holds, the package one for a file it lacks', () => {
      const zip = new PizZip(readFileSync(join(TEMPLATES_DIR, 'documents', 'decision.docx')));
      const xml = zip.file('word/document.xml')!.asText();
      zip.file('word/document.xml', xml.replace('QUYẾT ĐỊNH:', 'QUYẾT ĐỊNH (mẫu riêng):'));
      const edited = zip.generate({ type: 'nodebuffer' });
      writeFileSync(join(folder, 'decision.docx'), edited);
      const custom = new DocxRenderer(folder);
      const rendered = custom.render(sampleDecision(2));
      expect(unzip(rendered.bytes).text).toContain('QUYẾT ĐỊNH (mẫu riêng):');
      expect(rendered.templateSha256).toBe(createHash('sha256').update(edited).digest('hex'));
      const packaged = readFileSync(join(TEMPLATES_DIR, 'documents', 'decision-list.docx'));
      expect(custom.render(sampleDecision(2), 'list').templateSha256).toBe(createHash('sha256').update(packaged).digest('hex'));
    });
  });
});
