import { posix } from 'node:path';
import type { ImportBudget } from './import-budget.js';
import { prefixedAttribute, readXmlPart } from './xlsx-xml.js';
import { NotAZip, type ZipEntry } from './zip-archive.js';

type Parts = ReadonlyMap<string, ZipEntry>;

/** What reading a workbook's first sheet needs: where it is, its strings and styles, its date system. */
export interface WorkbookLayout {
  /** Dates count from 1904 (old Mac workbooks) instead of 1900. */
  date1904: boolean;
  /** The first visible worksheet, else the first one (the sheet people see when they open the file). */
  sheet: ZipEntry;
  sharedStrings?: ZipEntry;
  styles?: ZipEntry;
}

interface Relationship {
  type: string;
  target: string;
}

/** A part by name; zip names are case-sensitive but some writers disagree with their own relationships. */
function part(parts: Parts, name: string): ZipEntry | undefined {
  const exact = parts.get(name);
  if (exact) {
    return exact;
  }
  const lower = name.toLowerCase();
  return [...parts.values()].find((entry) => entry.name.toLowerCase() === lower);
}

/** A relationship's target, relative to the folder of the part that names it, or absolute from the root. */
const resolveTarget = (fromFolder: string, target: string): string =>
  target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(fromFolder, target));

async function relationships(buffer: Buffer, parts: Parts, name: string, budget: ImportBudget): Promise<Map<string, Relationship>> {
  const entry = part(parts, name);
  const found = new Map<string, Relationship>();
  if (entry) {
    await readXmlPart(buffer, entry, budget, {
      open(element, attributes) {
        if (element === 'Relationship' && attributes.Id && attributes.Target && attributes.TargetMode !== 'External') {
          found.set(attributes.Id, { type: attributes.Type ?? '', target: attributes.Target });
        }
      },
    });
  }
  return found;
}

/**
 * Finds the workbook through the package's relationships (normally xl/workbook.xml), its sheets in
 * their tab order and which are hidden, and the parts holding shared strings and styles.
 */
export async function readWorkbookLayout(buffer: Buffer, parts: Parts, budget: ImportBudget): Promise<WorkbookLayout> {
  const root = await relationships(buffer, parts, '_rels/.rels', budget);
  const office = [...root.values()].find((rel) => rel.type.endsWith('/officeDocument'));
  const workbookName = office ? resolveTarget('', office.target) : 'xl/workbook.xml';
  const workbook = part(parts, workbookName);
  if (!workbook) {
    throw new NotAZip('no workbook part');
  }
  const folder = posix.dirname(workbookName);
  const rels = await relationships(buffer, parts, posix.join(folder, '_rels', `${posix.basename(workbookName)}.rels`), budget);

  let date1904 = false;
  const sheets: Array<{ id: string | undefined; hidden: boolean }> = [];
  await readXmlPart(buffer, workbook, budget, {
    open(element, attributes) {
      if (element === 'workbookPr') {
        date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      } else if (element === 'sheet') {
        sheets.push({ id: prefixedAttribute(attributes, 'id'), hidden: (attributes.state ?? 'visible') !== 'visible' });
      }
    },
  });
  const worksheets = sheets.flatMap((sheet) => {
    const rel = sheet.id === undefined ? undefined : rels.get(sheet.id);
    const entry = rel?.type.endsWith('/worksheet') ? part(parts, resolveTarget(folder, rel.target)) : undefined;
    return entry ? [{ hidden: sheet.hidden, entry }] : [];
  });
  const sheet = worksheets.find((candidate) => !candidate.hidden) ?? worksheets[0];
  if (!sheet) {
    throw new NotAZip('no worksheet');
  }
  const ofType = (suffix: string): ZipEntry | undefined => {
    const rel = [...rels.values()].find((candidate) => candidate.type.endsWith(suffix));
    return rel ? part(parts, resolveTarget(folder, rel.target)) : undefined;
  };
  return { date1904, sheet: sheet.entry, sharedStrings: ofType('/sharedStrings'), styles: ofType('/styles') };
}

/**
 * Excel's built-in number formats that have one code in every locale (ids 14–22 are dates; the
 * locale-dependent ids 27–36 and 50–58 have no fixed code, and show as plain numbers here).
 */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The number format of each cell style (a cell's `s` attribute indexes `cellXfs`); style 0 has none. */
export async function readNumberFormats(buffer: Buffer, styles: ZipEntry, budget: ImportBudget): Promise<Array<string | undefined>> {
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let section: 'numFmts' | 'cellXfs' | null = null;
  await readXmlPart(buffer, styles, budget, {
    open(element, attributes) {
      if (element === 'numFmts' || element === 'cellXfs') {
        section = element;
      } else if (element === 'numFmt' && section === 'numFmts') {
        custom.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      } else if (element === 'xf' && section === 'cellXfs') {
        formatIds.push(Number.parseInt(attributes.numFmtId ?? '0', 10) || 0);
      }
    },
    close(element) {
      if (element === section) {
        section = null;
      }
    },
  });
  return formatIds.map((id, index) => (index === 0 || id === 0 ? undefined : custom.get(id) || BUILT_IN_FORMATS[id]));
}

/** Excel writes characters XML cannot carry (control characters) as `_xHHHH_`. */
export const unescapeOoxml = (text: string): string =>
  text.replace(/_x([0-9A-F]{4})_/gu, (_whole, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

/** The shared strings a sheet's cells point to by index; rich text runs joined, phonetic guides left out. */
export async function readSharedStrings(buffer: Buffer, entry: ZipEntry, budget: ImportBudget): Promise<string[]> {
  const strings: string[] = [];
  let item: string[] | null = null;
  let text: string[] | null = null;
  let phonetic = 0;
  await readXmlPart(buffer, entry, budget, {
    open(element) {
      if (element === 'si') {
        item = [];
      } else if (element === 'rPh') {
        phonetic++;
      } else if (element === 't' && item && phonetic === 0) {
        text = [];
      }
    },
    close(element) {
      if (element === 't' && text && item) {
        item.push(unescapeOoxml(text.join('')));
        text = null;
      } else if (element === 'rPh') {
        phonetic--;
      } else if (element === 'si' && item) {
        strings.push(item.join(''));
        item = null;
      }
    },
    text(value) {
      text?.push(value);
    },
  });
  return strings;
}
