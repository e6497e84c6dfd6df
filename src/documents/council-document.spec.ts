import PizZip from 'pizzip';
import { DocxRenderer } from './docx-renderer.js';
import { HtmlRenderer } from './html-renderer.js';
import { sampleCouncilDocument } from './testing/sample-council.js';

const wordText = (bytes: Buffer): { xml: string; text: string } => {
  const xml = new PizZip(bytes).file('word/document.xml')!.asText();
  return { xml, text: [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((match) => match[1]).join('\n') };
};

describe('the council’s minutes and ballot tally in the documents engine (ND 30/2020 layout)', () => {
  const html = new HtmlRenderer();
  const docx = new DocxRenderer();

  it('HTML: the council’s heading, its own number, every member and row, each style allowed by its hash', () => {
    const rendered = html.renderCouncil(sampleCouncilDocument('minutes', 40));
    expect(rendered.templateId).toBe('council-minutes.hbs');
    for (const text of [
      'THƯ VIỆN TỈNH VĨNH PHÚC',
      'HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG',
      'Số: 03/BB-HĐTĐKT',
      'Lê Thị Ỷ Lan',
      'Trần Quốc Đạt',
      'Phạm Thị Quỳnh Hương Số 40',
    ]) {
      expect(rendered.html).toContain(text);
    }
    expect([...rendered.html.matchAll(/<style>/gu)]).toHaveLength(2);
    expect(rendered.contentSecurityPolicy.match(/'sha256-/gu)).toHaveLength(2);
    expect(rendered.html).not.toContain('DỰ THẢO');
  });

  it('a draft says DỰ THẢO and leaves the number blank; the tally has no member lists', () => {
    const draft = html.renderCouncil(sampleCouncilDocument('tally', 1, { draft: true }));
    expect(draft.templateId).toBe('council-tally.hbs');
    expect(draft.html).toContain('DỰ THẢO');
    expect(draft.html).toContain('Số:      /BB-HĐTĐKT');
    expect(draft.html).not.toContain('Thành viên có mặt');
  });

  it('DOCX: A4 with the Decree’s margins, every text filled (no tag left), the ballot table’s header row repeated', () => {
    const rendered = docx.renderCouncil(sampleCouncilDocument('minutes', 60));
    expect(rendered.templateId).toBe('documents/council-minutes.docx');
    const { xml, text } = wordText(rendered.bytes);
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/u);
    expect(xml).toContain('<w:tblHeader/>');
    const lines = new Set(text.split('\n'));
    for (const expected of [
      'Số: 03/BB-HĐTĐKT',
      'Vĩnh Phúc, ngày 15 tháng 12 năm 2025',
      'BIÊN BẢN',
      'Lê Thị Ỷ Lan',
      'Phạm Thị Quỳnh Hương Số 60',
      'CHỦ TỊCH HỘI ĐỒNG',
    ]) {
      expect(lines.has(expected)).toBe(true);
    }
    expect(text).not.toMatch(/[{}]/u);
    expect(text).toBe(text.normalize('NFC'));
  });

  it('DOCX of the tally: its own template, no member groups printed', () => {
    const rendered = docx.renderCouncil(sampleCouncilDocument('tally', 2));
    expect(rendered.templateId).toBe('documents/council-tally.docx');
    expect(wordText(rendered.bytes).text).not.toContain('Thành viên có mặt');
  });
});
