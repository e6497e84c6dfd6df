import { constants, crc32, deflateRawSync } from 'node:zlib';

/** One part of a hand-made zip. */
export interface ZipPart {
  name: string;
  /** The bytes the part inflates to; or give `deflated` (raw deflate) and `size` instead. */
  data?: Buffer;
  deflated?: Buffer;
  /** Inflated size written in the headers; defaults to the real one (lie here to test a lying directory). */
  size?: number;
  /** Kept as is (method 0) instead of deflated. */
  stored?: boolean;
}

/**
 * A zip as an XLSX writer makes it (deflated parts, a central directory at the end), with what a
 * hostile one can put in it: a declared size that is a lie, a part that inflates to gigabytes.
 */
export function zipFile(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const method = part.stored ? 0 : 8;
    const deflated = part.stored ? (part.data ?? Buffer.alloc(0)) : (part.deflated ?? deflateRawSync(part.data ?? Buffer.alloc(0)));
    const size = part.size ?? part.data?.length ?? 0;
    const crc = part.data ? crc32(part.data) : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, deflated);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);
    offset += local.length + name.length + deflated.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

/**
 * A raw deflate stream that inflates to `before`, `copies` × `chunk`, then `after`, built without
 * deflating the whole: each piece is a sync-flushed segment (byte-aligned, no reference outside
 * itself), then a final empty block. `repeatedDeflate(Buffer.alloc(1 << 20, ' '), 4000)` is about
 * 4 MB and inflates to 4 GB.
 */
export function repeatedDeflate(chunk: Buffer, copies: number, around: { before?: string; after?: string } = {}): Buffer {
  const segment = (bytes: Buffer): Buffer => deflateRawSync(bytes, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const repeated = segment(chunk);
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  return Buffer.concat([
    segment(Buffer.from(around.before ?? '')),
    ...Array.from({ length: copies }, () => repeated),
    segment(Buffer.from(around.after ?? '')),
    finalEmptyBlock,
  ]);
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * The smallest workbook Excel opens, with the given sheet XML (the content of `<sheetData>` or a
 * whole part with `whole: true`) and optional shared strings; or a sheet part of your own making
 * (a bomb) through `sheetPart`.
 */
export function minimalXlsx(options: { sheetData?: string; sharedStrings?: string[]; sheetPart?: Omit<ZipPart, 'name'> }): Buffer {
  const sheetXml = `${XML}<worksheet xmlns="${MAIN}"><sheetData>${options.sheetData ?? ''}</sheetData></worksheet>`;
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '</Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: Buffer.from(
        `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', ...(options.sheetPart ?? { data: Buffer.from(sheetXml) }) },
  ];
  if (options.sharedStrings) {
    const items = options.sharedStrings.map((text) => `<si><t xml:space="preserve">${text}</t></si>`).join('');
    parts.push({ name: 'xl/sharedStrings.xml', data: Buffer.from(`${XML}<sst xmlns="${MAIN}">${items}</sst>`) });
  }
  return zipFile(parts);
}
