// Makes the DOCX templates of the award decision ONCE: `npm run templates:documents` writes
// templates/documents/decision.docx (the decision and its attached list, two sections) and
// templates/documents/decision-list.docx (the attached list alone), and the council's records of a
// session, templates/documents/council-minutes.docx and council-tally.docx. From then on the files are the
// source: a clerk may restyle them in Word, keeping the {tags}; re-running this script overwrites them.
//
// Layout: Decree 30/2020/NĐ-CP (docs domain-rules §5) as measured in docs documents.md "What works":
// A4, margins 20/20/30/15 mm, each section with its own first page (no number) and a default header
// with a centred PAGE field, Times New Roman with lang vi-VN, rules as bottom-bordered empty paragraphs
// whose indents come from the text's width measured with fontkit on Tinos (Times New Roman's metrics).
// Tags are docxtemplater's, filled by src/documents/docx-renderer.ts from a DecisionDocument.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fontkit, { type Font } from '@pdf-lib/fontkit';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  type ISectionOptions,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import PizZip from 'pizzip';
import { PACKAGE_ROOT } from '../src/config/paths.js';
import {
  COUNCIL_DOCX_TEMPLATE_FILES,
  DOCX_RULE_SENTINELS,
  DOCX_TEMPLATE_FILES,
  DOCX_WIDTHS,
  TINOS_FILES,
} from '../src/documents/docx-layout.js';
import { DOSSIER_DOCX_FILES, DOSSIER_RULE_SENTINEL } from '../src/documents/dossier-renderer.js';

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);

/** A4 portrait and the Decree's margins: top/bottom 20 mm, left 30 mm, right 15 mm. */
const PAGE = { width: 11906, height: 16838, top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right; // 9355 twips, 165 mm
/** The two columns of the heading (issuer | national title), as wide as the usual Word templates. */
const LEFT_COLUMN = DOCX_WIDTHS.leftColumn; // 62 mm
const RIGHT_COLUMN = TEXT_WIDTH - LEFT_COLUMN;
/** 30–35 mm left between the signer's title and name for the signature and the seal (ND 30 Art. 33). */
const SIGNATURE_SPACE = mm(32);

/** Half-points, as Word counts sizes. */
const pt = (size: number): number => size * 2;
const FONT = 'Times New Roman';

const tinos = { bold: fontkit.create(readFileSync(TINOS_FILES.bold)) };

/** The width in twips of one line of text at `size` points, as Word lays it out with Times New Roman's metrics. */
function textWidth(text: string, size: number, font: Font): number {
  return Math.round((font.layout(text).advanceWidth / font.unitsPerEm) * size * 20);
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

/** Single spacing, `lineRule: 'auto'` (without it LibreOffice reads an exact 12 pt and lines overlap). */
const SINGLE = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 };
/** Body text: 1.15 lines and 6 pt after each paragraph (ND 30: single to 1.5 lines, at least 6 pt between). */
const BODY = { line: 276, lineRule: LineRuleType.AUTO, before: 0, after: 120 };

interface Line {
  text: string;
  size: number;
  bold?: boolean;
  italics?: boolean;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  spacing?: { line: number; lineRule: typeof LineRuleType.AUTO; before: number; after: number };
  firstLine?: number;
  keepNext?: boolean;
}

function line(spec: Line): Paragraph {
  return new Paragraph({
    alignment: spec.align ?? AlignmentType.CENTER,
    spacing: spec.spacing ?? SINGLE,
    indent: spec.firstLine ? { firstLine: spec.firstLine } : undefined,
    keepNext: spec.keepNext,
    run: { size: pt(spec.size), bold: spec.bold, italics: spec.italics },
    children: [new TextRun({ text: spec.text, size: pt(spec.size), bold: spec.bold, italics: spec.italics })],
  });
}

/** A paragraph holding only a loop tag: with `paragraphLoop` docxtemplater drops it and repeats what lies between. */
function tag(text: string, size = 14): Paragraph {
  return line({ text, size, spacing: SINGLE });
}

/**
 * A solid rule under a centred text: an empty paragraph with a bottom border, its length set by the
 * indents. `indent` is the indent on each side (twips); the renderer replaces the sentinel values of
 * variable texts by indents measured on the real text.
 */
function rule(indent: number, spaceAfter = 0, spaceBefore = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 240, lineRule: LineRuleType.AUTO, before: spaceBefore, after: spaceAfter },
    indent: { left: indent, right: indent },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 4 },
    children: [],
  });
}

function cell(width: number, children: Paragraph[], options: { span?: number } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: options.span,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    children,
  });
}

/** National title, motto and the motto's rule, as long as the motto. */
function nationalTitle(): Paragraph[] {
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  const mottoWidth = textWidth(motto, 14, tinos.bold);
  return [
    line({ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', size: 12, bold: true }),
    line({ text: motto, size: 14, bold: true }),
    rule(Math.max(0, Math.floor((RIGHT_COLUMN - mottoWidth) / 2))),
  ];
}

/** Parent body (if any), the issuer (or the council: `{bodyName}`) in bold and its rule. */
function issuerBlock(nameTag = '{issuerName}'): Paragraph[] {
  return [
    tag('{#parentName}', 13),
    line({ text: '{parentName}', size: 13 }),
    tag('{/parentName}', 13),
    line({ text: nameTag, size: 13, bold: true }),
    rule(DOCX_RULE_SENTINELS.issuer),
  ];
}

/** The two-column heading of page 1; the list's first page repeats it without the number row (Mẫu 1.3). */
function heading(withNumber: boolean, nameTag = '{issuerName}'): Table {
  const rows = [
    new TableRow({
      children: [cell(LEFT_COLUMN, issuerBlock(nameTag)), cell(RIGHT_COLUMN, nationalTitle())],
    }),
  ];
  if (withNumber) {
    rows.push(
      new TableRow({
        children: [
          cell(LEFT_COLUMN, [line({ text: '{numberLine}', size: 13, spacing: { ...SINGLE, before: 120 } })]),
          cell(RIGHT_COLUMN, [line({ text: '{placeAndDate}', size: 14, italics: true, spacing: { ...SINGLE, before: 120 } })]),
        ],
      }),
    );
  }
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_COLUMN, RIGHT_COLUMN],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows,
  });
}

function decisionBody(): Array<Paragraph | Table> {
  const body = (text: string, options: Partial<Line> = {}): Paragraph =>
    line({ text, size: 14, align: AlignmentType.JUSTIFIED, spacing: BODY, firstLine: mm(12.7), ...options });
  const article = new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: BODY,
    indent: { firstLine: mm(12.7) },
    run: { size: pt(14) },
    children: [new TextRun({ text: '{label}', size: pt(14), bold: true }), new TextRun({ text: ' {text}', size: pt(14) })],
  });
  return [
    heading(true),
    line({ text: 'QUYẾT ĐỊNH', size: 14, bold: true, spacing: { ...SINGLE, before: 360 } }),
    line({ text: '{abstract}', size: 14, bold: true }),
    rule(DOCX_RULE_SENTINELS.abstract, 240),
    line({ text: '{authority}', size: 14, bold: true, spacing: { ...SINGLE, after: 240 } }),
    tag('{#bases}'),
    body('{.}', { italics: true }),
    tag('{/bases}'),
    tag('{#proposal}'),
    body('{proposal}', { italics: true }),
    tag('{/proposal}'),
    line({ text: 'QUYẾT ĐỊNH:', size: 14, bold: true, spacing: { ...BODY, before: 120 } }),
    tag('{#articles}'),
    article,
    tag('{/articles}'),
    signatureBlock(),
  ];
}

/** Recipients at left, level with the signer's title; the signer at right with 32 mm for signature and seal. */
function signatureBlock(): Table {
  const left = mm(80);
  const right = TEXT_WIDTH - left;
  const signer = (text: string, extra: Partial<Line> = {}): Paragraph => line({ text, size: 14, bold: true, ...extra });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(left, [
            line({
              text: 'Nơi nhận:',
              size: 12,
              bold: true,
              italics: true,
              align: AlignmentType.LEFT,
              spacing: { ...SINGLE, before: 120 },
            }),
            tag('{#recipients}', 11),
            line({ text: '{.}', size: 11, align: AlignmentType.LEFT }),
            tag('{/recipients}', 11),
          ]),
          cell(right, [
            tag('{#signer}'),
            tag('{#prefixLine}'),
            signer('{prefixLine}', { spacing: { ...SINGLE, before: 120 } }),
            tag('{/prefixLine}'),
            signer('{title}'),
            signer('{name}', { spacing: { ...SINGLE, before: SIGNATURE_SPACE } }),
            tag('{/signer}'),
          ]),
        ],
      }),
    ],
  });
}

/** STT | Họ và tên | Chức vụ, đơn vị công tác | Số tiền (đồng) | Ghi chú, in 13 pt; the header row repeats on every page. */
const LIST_COLUMNS = [mm(12), mm(45), mm(58), mm(22)];
LIST_COLUMNS.push(TEXT_WIDTH - LIST_COLUMNS.reduce((a, b) => a + b, 0));

function listTable(): Table {
  const text = (value: string, align: Line['align'], bold = false, keepNext = false): Paragraph =>
    line({ text: value, size: 13, bold, align, keepNext, spacing: { ...SINGLE, before: 40, after: 40 } });
  const c = (index: number, paragraphs: Paragraph[], span?: number): TableCell =>
    new TableCell({
      width: {
        size: span ? LIST_COLUMNS.slice(index, index + span).reduce((a, b) => a + b, 0) : LIST_COLUMNS[index]!,
        type: WidthType.DXA,
      },
      columnSpan: span,
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { top: 0, bottom: 0, left: 57, right: 57 },
      children: paragraphs,
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: LIST_COLUMNS,
    layout: TableLayoutType.FIXED,
    borders: GRID,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: [
          c(0, [text('{list.columns.ordinal}', AlignmentType.CENTER, true)]),
          c(1, [text('{list.columns.name}', AlignmentType.CENTER, true)]),
          c(2, [text('{list.columns.positionAndUnit}', AlignmentType.CENTER, true)]),
          c(3, [text('{list.columns.amount}', AlignmentType.CENTER, true)]),
          c(4, [text('{list.columns.note}', AlignmentType.CENTER, true)]),
        ],
      }),
      // A group's heading row, printed only when the group has a heading: the loop tags sit in two
      // cells, so docxtemplater repeats (or drops) the whole row.
      new TableRow({
        cantSplit: true,
        children: [
          // Kept with the group's first row: a heading never ends a page alone.
          c(0, [text('{#list.groups}{#heading}', AlignmentType.CENTER, false, true)]),
          c(1, [text('{heading}{/heading}', AlignmentType.LEFT, true, true)], 4),
        ],
      }),
      new TableRow({
        cantSplit: true,
        children: [
          c(0, [text('{#rows}{ordinal}', AlignmentType.CENTER)]),
          c(1, [text('{name}', AlignmentType.LEFT)]),
          c(2, [text('{positionAndUnit}', AlignmentType.LEFT)]),
          c(3, [text('{amount}', AlignmentType.RIGHT)]),
          c(4, [text('{note}{/rows}{/list.groups}', AlignmentType.LEFT)]),
        ],
      }),
    ],
  });
}

function listBody(): Array<Paragraph | Table> {
  return [
    heading(false),
    line({ text: '{list.title}', size: 14, bold: true, spacing: { ...SINGLE, before: 360 } }),
    line({ text: '{list.reference}', size: 14, italics: true }),
    rule(mm(60), 240, 60),
    listTable(),
    tag('{#list.totalLine}'),
    line({ text: '{list.totalLine}', size: 14, bold: true, align: AlignmentType.LEFT, spacing: { ...BODY, before: 120 } }),
    tag('{/list.totalLine}'),
    line({ text: '{list.countLine}', size: 14, italics: true, align: AlignmentType.LEFT, spacing: { ...BODY, before: 120 } }),
  ];
}

/**
 * The council's records of a session (src/documents/council-document.ts): the minutes and the ballot
 * tally share one layout — the heading with the council's own number, "BIÊN BẢN" and its abstract,
 * the opening paragraphs, the members present and absent (the minutes), the ballots in a table of
 * eight columns whose header row repeats, the thresholds used, the conclusion, and the secretary (left)
 * and the chair (right) signing, 32 mm left for each signature.
 */
const BALLOT_COLUMNS = [mm(11), mm(40), mm(25), mm(16), mm(16), mm(16), mm(27)];
BALLOT_COLUMNS.push(TEXT_WIDTH - BALLOT_COLUMNS.reduce((a, b) => a + b, 0));

function ballotTable(): Table {
  const text = (value: string, align: Line['align'], options: { bold?: boolean; size?: number; italics?: boolean } = {}): Paragraph =>
    line({
      text: value,
      size: options.size ?? 12,
      bold: options.bold,
      italics: options.italics,
      align,
      spacing: { ...SINGLE, before: 30, after: 30 },
    });
  const c = (index: number, paragraphs: Paragraph[]): TableCell =>
    new TableCell({
      width: { size: BALLOT_COLUMNS[index]!, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { top: 0, bottom: 0, left: 57, right: 57 },
      children: paragraphs,
    });
  const headings = ['ordinal', 'subject', 'award', 'votesFor', 'votesAgainst', 'abstain', 'share', 'result'];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: BALLOT_COLUMNS,
    layout: TableLayoutType.FIXED,
    borders: GRID,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headings.map((name, index) => c(index, [text(`{columns.${name}}`, AlignmentType.CENTER, { bold: true })])),
      }),
      new TableRow({
        cantSplit: true,
        children: [
          c(0, [text('{#rows}{ordinal}', AlignmentType.CENTER)]),
          c(1, [
            text('{subject}', AlignmentType.LEFT, { bold: true }),
            text('{unit}', AlignmentType.LEFT),
            text('Không tham gia biểu quyết: {recused}', AlignmentType.LEFT, { size: 10 }),
          ]),
          c(2, [text('{award}', AlignmentType.LEFT)]),
          c(3, [text('{votesFor}', AlignmentType.CENTER)]),
          c(4, [text('{votesAgainst}', AlignmentType.CENTER)]),
          c(5, [text('{abstain}', AlignmentType.CENTER)]),
          c(6, [text('{share}', AlignmentType.LEFT), text('Cần {required}', AlignmentType.LEFT, { size: 10 })]),
          c(7, [text('{result}{/rows}', AlignmentType.CENTER)]),
        ],
      }),
    ],
  });
}

function councilSigners(): Table {
  const half = Math.round(TEXT_WIDTH / 2);
  const signer = (side: 'left' | 'right'): TableCell =>
    cell(side === 'left' ? half : TEXT_WIDTH - half, [
      line({ text: `{signers.${side}.title}`, size: 14, bold: true, spacing: { ...SINGLE, before: 240 } }),
      line({ text: `{signers.${side}.name}`, size: 14, bold: true, spacing: { ...SINGLE, before: SIGNATURE_SPACE } }),
    ]);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, TEXT_WIDTH - half],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [signer('left'), signer('right')] })],
  });
}

function councilBody(): Array<Paragraph | Table> {
  const body = (text: string, options: Partial<Line> = {}): Paragraph =>
    line({ text, size: 14, align: AlignmentType.JUSTIFIED, spacing: BODY, firstLine: mm(10), ...options });
  const member = new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: { ...SINGLE, after: 40 },
    indent: { left: mm(10) },
    run: { size: pt(14) },
    children: [
      new TextRun({ text: '{ordinal}. ', size: pt(14) }),
      new TextRun({ text: '{name}', size: pt(14), bold: true }),
      new TextRun({ text: ', {detail}', size: pt(14) }),
    ],
  });
  return [
    heading(true, '{bodyName}'),
    line({ text: '{title}', size: 14, bold: true, spacing: { ...SINGLE, before: 360 } }),
    line({ text: '{abstract}', size: 14, bold: true }),
    rule(DOCX_RULE_SENTINELS.abstract, 240),
    tag('{#paragraphs}'),
    body('{.}'),
    tag('{/paragraphs}'),
    tag('{#memberGroups}'),
    body('{heading}', { bold: true, firstLine: undefined }),
    tag('{#members}'),
    member,
    tag('{/members}'),
    tag('{/memberGroups}'),
    body('{contentHeading}', { bold: true, firstLine: undefined, spacing: { ...BODY, before: 120 } }),
    ballotTable(),
    tag('{#notes}'),
    body('{.}', { italics: true, size: 12, spacing: { ...BODY, before: 80 } }),
    tag('{/notes}'),
    tag('{#conclusion}'),
    body('{.}'),
    tag('{/conclusion}'),
    councilSigners(),
  ];
}

/**
 * Headers: the first page carries no number (ND 30: not on page 1), only "DỰ THẢO" on a draft; the
 * others the page number centred in the top margin, 14 pt, and "DỰ THẢO" at the right on a draft.
 */
function headers(): ISectionOptions['headers'] {
  const tabs = [
    { type: TabStopType.CENTER, position: Math.round(TEXT_WIDTH / 2) },
    { type: TabStopType.RIGHT, position: TEXT_WIDTH },
  ];
  const draftMark = (): ParagraphChild[] => [
    new TextRun({ text: '\t', size: pt(14) }),
    new TextRun({ text: '{#draft}DỰ THẢO{/draft}', size: pt(12), bold: true }),
  ];
  return {
    first: new Header({
      children: [new Paragraph({ tabStops: tabs, spacing: SINGLE, children: [new TextRun({ text: '\t', size: pt(14) }), ...draftMark()] })],
    }),
    default: new Header({
      children: [
        new Paragraph({
          tabStops: tabs,
          spacing: SINGLE,
          children: [
            new TextRun({ text: '\t', size: pt(14) }),
            new TextRun({ children: [PageNumber.CURRENT], size: pt(14) }),
            ...draftMark(),
          ],
        }),
      ],
    }),
  };
}

function section(children: Array<Paragraph | Table>): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: mm(10), footer: mm(10) },
        pageNumbers: { start: 1 },
      },
    },
    headers: headers(),
    children,
  };
}

function document(sections: ISectionOptions[], title = 'Quyết định khen thưởng'): Document {
  return new Document({
    creator: 'Commendation Tracker',
    title,
    styles: {
      default: {
        document: {
          run: { font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT }, size: pt(14), language: { value: 'vi-VN' } },
          paragraph: { spacing: SINGLE },
        },
      },
    },
    sections,
  });
}

// ---------------------------------------------------------------------------------------------
// The dossier sent to the level that decides (src/upward/, templates/documents/dossier/): the
// submission (tờ trình), the list proposed grouped by award, the achievement reports. Same page,
// fonts and heading as the decision; the tags are filled by src/documents/dossier-renderer.ts.

/** The heading inside `{#heading}…{/heading}`: the sending body and its rule (measured by the renderer), the national title, ô 3 and ô 4. */
function dossierHeading(withNumber: boolean): Array<Paragraph | Table> {
  const issuer = [
    tag('{#parentName}', 13),
    line({ text: '{parentName}', size: 13 }),
    tag('{/parentName}', 13),
    line({ text: '{senderName}', size: 13, bold: true }),
    rule(DOSSIER_RULE_SENTINEL),
  ];
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_COLUMN, RIGHT_COLUMN],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({ children: [cell(LEFT_COLUMN, issuer), cell(RIGHT_COLUMN, nationalTitle())] }),
      new TableRow({
        children: [
          cell(LEFT_COLUMN, [line({ text: withNumber ? '{numberLine}' : '', size: 13, spacing: { ...SINGLE, before: 120 } })]),
          cell(RIGHT_COLUMN, [line({ text: '{placeAndDate}', size: 14, italics: true, spacing: { ...SINGLE, before: 120 } })]),
        ],
      }),
    ],
  });
  return [tag('{#heading}'), table, tag('{/heading}')];
}

const dossierBody = (text: string, options: Partial<Line> = {}): Paragraph =>
  line({ text, size: 14, align: AlignmentType.JUSTIFIED, spacing: BODY, firstLine: mm(12.7), ...options });
const dossierSection = (text: string): Paragraph =>
  line({ text, size: 14, bold: true, align: AlignmentType.LEFT, spacing: { ...BODY, before: 120 } });
/** A quarter of the text's width, centred: the rule under a title whose length the renderer does not measure. */
const dossierRule = (after = 240): Paragraph => rule(Math.round((TEXT_WIDTH * 3) / 8), after);

function dossierSubmissionBody(): Array<Paragraph | Table> {
  const left = mm(80);
  const right = TEXT_WIDTH - left;
  const closing = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(left, [
            line({
              text: 'Nơi nhận:',
              size: 12,
              bold: true,
              italics: true,
              align: AlignmentType.LEFT,
              spacing: { ...SINGLE, before: 120 },
            }),
            tag('{#recipients}', 11),
            line({ text: '{.}', size: 11, align: AlignmentType.LEFT }),
            tag('{/recipients}', 11),
          ]),
          cell(right, [
            tag('{#signer}'),
            line({ text: '{title}', size: 14, bold: true, spacing: { ...SINGLE, before: 120 } }),
            line({ text: '{name}', size: 14, bold: true, spacing: { ...SINGLE, before: SIGNATURE_SPACE } }),
            tag('{/signer}'),
          ]),
        ],
      }),
    ],
  });
  return [
    ...dossierHeading(true),
    line({ text: 'TỜ TRÌNH', size: 14, bold: true, spacing: { ...SINGLE, before: 360 } }),
    line({ text: '{abstract}', size: 14, bold: true }),
    dossierRule(),
    line({ text: '{addresseeLine}', size: 14, spacing: { ...SINGLE, after: 240 } }),
    tag('{#bases}'),
    dossierBody('{.}', { italics: true }),
    tag('{/bases}'),
    dossierBody('{request}'),
    tag('{#items}'),
    dossierBody('{.}'),
    tag('{/items}'),
    tag('{#closing}'),
    dossierBody('{.}'),
    tag('{/closing}'),
    closing,
  ];
}

/** STT | Họ và tên (tên tập thể) | Chức vụ, đơn vị công tác | Ghi chú; a row per award heading, its rows under it. */
const DOSSIER_COLUMNS = [mm(12), mm(55), mm(70)];
DOSSIER_COLUMNS.push(TEXT_WIDTH - DOSSIER_COLUMNS.reduce((a, b) => a + b, 0));

function dossierListBody(): Array<Paragraph | Table> {
  const text = (value: string, align: Line['align'], bold = false, keepNext = false): Paragraph =>
    line({ text: value, size: 13, bold, align, keepNext, spacing: { ...SINGLE, before: 40, after: 40 } });
  const c = (index: number, paragraphs: Paragraph[], span?: number): TableCell =>
    new TableCell({
      width: {
        size: span ? DOSSIER_COLUMNS.slice(index, index + span).reduce((a, b) => a + b, 0) : DOSSIER_COLUMNS[index]!,
        type: WidthType.DXA,
      },
      columnSpan: span,
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { top: 0, bottom: 0, left: 57, right: 57 },
      children: paragraphs,
    });
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: DOSSIER_COLUMNS,
    layout: TableLayoutType.FIXED,
    borders: GRID,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: [
          c(0, [text('{columns.ordinal}', AlignmentType.CENTER, true)]),
          c(1, [text('{columns.name}', AlignmentType.CENTER, true)]),
          c(2, [text('{columns.positionAndUnit}', AlignmentType.CENTER, true)]),
          c(3, [text('{columns.note}', AlignmentType.CENTER, true)]),
        ],
      }),
      new TableRow({
        cantSplit: true,
        children: [
          c(0, [text('{#groups}', AlignmentType.CENTER, false, true)]),
          c(1, [text('{heading}', AlignmentType.LEFT, true, true)], 3),
        ],
      }),
      new TableRow({
        cantSplit: true,
        children: [
          c(0, [text('{#rows}{ordinal}', AlignmentType.CENTER)]),
          c(1, [text('{name}', AlignmentType.LEFT)]),
          c(2, [text('{positionAndUnit}', AlignmentType.LEFT)]),
          c(3, [text('{note}{/rows}{/groups}', AlignmentType.LEFT)]),
        ],
      }),
    ],
  });
  return [
    ...dossierHeading(false),
    line({ text: '{title}', size: 14, bold: true, spacing: { ...SINGLE, before: 360 } }),
    line({ text: '{reference}', size: 14, italics: true }),
    rule(mm(60), 240, 60),
    table,
    line({ text: '{countLine}', size: 14, italics: true, align: AlignmentType.LEFT, spacing: { ...BODY, before: 120 } }),
  ];
}

function dossierReportsBody(): Array<Paragraph | Table> {
  const half = Math.round(TEXT_WIDTH / 2);
  const signatures = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, TEXT_WIDTH - half],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(half, [line({ text: '{confirmTitle}', size: 14, bold: true, spacing: { ...SINGLE, before: 240 } })]),
          cell(TEXT_WIDTH - half, [
            line({ text: '{reporterTitle}', size: 14, bold: true, spacing: { ...SINGLE, before: 240 } }),
            line({ text: '{reporterName}', size: 14, bold: true, spacing: { ...SINGLE, before: SIGNATURE_SPACE } }),
          ]),
        ],
      }),
    ],
  });
  // Each report after the first begins on a new page: the break sits inside an inline condition.
  const pageBreak = new Paragraph({
    spacing: SINGLE,
    children: [new TextRun({ text: '{#breakBefore}', size: 2 }), new PageBreak(), new TextRun({ text: '{/breakBefore}', size: 2 })],
  });
  return [
    tag('{#reports}'),
    pageBreak,
    ...dossierHeading(false),
    line({ text: 'BÁO CÁO THÀNH TÍCH', size: 14, bold: true, spacing: { ...SINGLE, before: 360 } }),
    line({ text: '{subtitle}', size: 14, bold: true }),
    dossierRule(),
    dossierSection('{profileTitle}'),
    tag('{#profile}'),
    dossierBody('{.}'),
    tag('{/profile}'),
    dossierSection('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    tag('{#achievements}'),
    dossierBody('{.}'),
    tag('{/achievements}'),
    dossierSection('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
    tag('{#priorAwards}'),
    dossierBody('{.}'),
    tag('{/priorAwards}'),
    signatures,
    tag('{/reports}'),
  ];
}

/** The dossier's three templates, each a document of one section (page numbers from page 2). */
function dossierTemplates(): Array<[string, Document]> {
  return [
    [DOSSIER_DOCX_FILES.submission, document([section(dossierSubmissionBody())], 'Tờ trình đề nghị khen thưởng')],
    [DOSSIER_DOCX_FILES.list, document([section(dossierListBody())], 'Danh sách đề nghị khen thưởng')],
    [DOSSIER_DOCX_FILES.reports, document([section(dossierReportsBody())], 'Báo cáo thành tích')],
  ];
}

/**
 * The same bytes on every run: docx stamps the creation time in docProps/core.xml and the zip stamps
 * each entry, so an unchanged layout would otherwise get a new sha256 (and look like a new template
 * beside every stored document).
 */
function reproducible(bytes: Buffer): Buffer {
  const source = new PizZip(bytes);
  const target = new PizZip();
  for (const name of Object.keys(source.files).sort()) {
    const entry = source.files[name]!;
    if (entry.dir) {
      continue;
    }
    const content =
      name === 'docProps/core.xml'
        ? entry.asText().replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${FIXED_DATE.toISOString().replace(/\.\d+Z$/, 'Z')}`)
        : entry.asUint8Array();
    target.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  return target.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

export async function makeDocumentTemplates(): Promise<string[]> {
  const folder = join(PACKAGE_ROOT, 'templates', 'documents');
  const outputs: Array<[string, Document]> = [
    [DOCX_TEMPLATE_FILES.decision, document([section(decisionBody()), section(listBody())])],
    [DOCX_TEMPLATE_FILES.list, document([section(listBody())])],
    ...dossierTemplates(),
    [COUNCIL_DOCX_TEMPLATE_FILES.minutes, document([section(councilBody())], 'Biên bản họp Hội đồng Thi đua – Khen thưởng')],
    [COUNCIL_DOCX_TEMPLATE_FILES.tally, document([section(councilBody())], 'Biên bản kiểm phiếu')],
  ];
  const written: string[] = [];
  for (const [file, doc] of outputs) {
    const path = join(folder, file);
    writeFileSync(path, reproducible(await Packer.toBuffer(doc)));
    written.push(path);
  }
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const path of await makeDocumentTemplates()) {
    console.log(`wrote ${path}`);
  }
}
