import { createInflateRaw } from 'node:zlib';
import type { ImportBudget } from './import-budget.js';
import { ImportFileRejected, ImportLimitExceeded } from './import-problems.js';

/** One part of a zip, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated: the only two an XLSX uses. */
  method: number;
  flags: number;
  compressedSize: number;
  /** Inflated size as declared; the inflater refuses to produce more. */
  size: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MAX_COMMENT = 0xffff;
const ENCRYPTED = 0x0001;
const UTF8_NAMES = 0x0800;
const INFLATE_CHUNK = 64 * 1024;
const MB = 1024 * 1024;

/** The file is not a zip we can read: the damaged-workbook message, which says how to save it again. */
export class NotAZip extends Error {}

function u64(buffer: Buffer, at: number): number {
  const value = buffer.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new NotAZip('zip64 size out of range');
  }
  return Number(value);
}

/** Where the end-of-directory record starts: within the last 22 bytes plus the longest comment. */
function findEndOfDirectory(buffer: Buffer): number {
  const lowest = Math.max(0, buffer.length - 22 - MAX_COMMENT);
  for (let at = buffer.length - 22; at >= lowest; at--) {
    if (buffer.readUInt32LE(at) === END_OF_DIRECTORY) {
      return at;
    }
  }
  throw new NotAZip('no end of central directory');
}

interface Directory {
  entries: number;
  offset: number;
  size: number;
}

function readDirectoryLocation(buffer: Buffer): Directory {
  const end = findEndOfDirectory(buffer);
  let directory: Directory = {
    entries: buffer.readUInt16LE(end + 10),
    size: buffer.readUInt32LE(end + 12),
    offset: buffer.readUInt32LE(end + 16),
  };
  const zip64 = directory.entries === 0xffff || directory.size === 0xffffffff || directory.offset === 0xffffffff;
  if (zip64 && end >= 20 && buffer.readUInt32LE(end - 20) === ZIP64_END_LOCATOR) {
    const at = u64(buffer, end - 20 + 8);
    if (at + 56 > buffer.length || buffer.readUInt32LE(at) !== ZIP64_END_OF_DIRECTORY) {
      throw new NotAZip('bad zip64 end of central directory');
    }
    directory = { entries: u64(buffer, at + 32), size: u64(buffer, at + 40), offset: u64(buffer, at + 48) };
  }
  if (directory.offset + directory.size > buffer.length) {
    throw new NotAZip('central directory beyond the end of the file');
  }
  return directory;
}

/** Sizes and offset that did not fit 32 bits are in the zip64 extra field, in this order. */
function applyZip64(entry: ZipEntry, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + length) {
          throw new NotAZip('short zip64 extra field');
        }
        const value = u64(extra, field);
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) {
        entry.size = next();
      }
      if (entry.compressedSize === 0xffffffff) {
        entry.compressedSize = next();
      }
      if (entry.localHeaderOffset === 0xffffffff) {
        entry.localHeaderOffset = next();
      }
      return;
    }
    at += 4 + length;
  }
}

/**
 * The parts of a zip by name, from its central directory, checked against the limits before a
 * single byte is inflated: how many parts, how large each one inflates, and all of them together.
 * A workbook whose sheet declares 3.9 GB is refused here, having cost a read of its directory.
 */
export function readZipDirectory(buffer: Buffer, budget: ImportBudget): Map<string, ZipEntry> {
  const { zipEntries, zipEntryBytes, zipTotalBytes } = budget.limits;
  if (buffer.length < 22) {
    throw new NotAZip('too short');
  }
  const directory = readDirectoryLocation(buffer);
  if (directory.entries > zipEntries) {
    throw new ImportLimitExceeded('tooManyParts', { maxParts: zipEntries });
  }
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let at = directory.offset;
  const end = directory.offset + directory.size;
  while (at + 46 <= end && buffer.readUInt32LE(at) === DIRECTORY_ENTRY) {
    if (entries.size >= zipEntries) {
      throw new ImportLimitExceeded('tooManyParts', { maxParts: zipEntries });
    }
    const flags = buffer.readUInt16LE(at + 8);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    if (at + 46 + nameLength + extraLength > end) {
      throw new NotAZip('directory entry beyond the directory');
    }
    const nameBytes = buffer.subarray(at + 46, at + 46 + nameLength);
    const entry: ZipEntry = {
      name: nameBytes.toString(flags & UTF8_NAMES ? 'utf8' : 'latin1'),
      method: buffer.readUInt16LE(at + 10),
      flags,
      compressedSize: buffer.readUInt32LE(at + 20),
      size: buffer.readUInt32LE(at + 24),
      localHeaderOffset: buffer.readUInt32LE(at + 42),
    };
    applyZip64(entry, buffer.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    if (entries.has(entry.name)) {
      // Two parts with one name: which one a reader takes is a choice an attacker could exploit.
      throw new NotAZip(`duplicate entry ${entry.name}`);
    }
    if (entry.size > zipEntryBytes) {
      const maxMb = zipEntryBytes / MB;
      throw /worksheets\//u.test(entry.name)
        ? new ImportLimitExceeded('sheetInflatesTooMuch', { maxMb })
        : new ImportLimitExceeded('partInflatesTooMuch', { part: entry.name, maxMb });
    }
    total += entry.size;
    if (total > zipTotalBytes) {
      throw new ImportLimitExceeded('workbookInflatesTooMuch', { maxMb: zipTotalBytes / MB });
    }
    entries.set(entry.name, entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (entries.size === 0) {
    throw new NotAZip('empty central directory');
  }
  return entries;
}

/** Where the entry's data starts: after its local header, whose name and extra lengths may differ from the directory's. */
function dataOf(buffer: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL_HEADER) {
    throw new NotAZip(`no local header for ${entry.name}`);
  }
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  if (start + entry.compressedSize > buffer.length) {
    throw new NotAZip(`${entry.name} runs past the end of the file`);
  }
  return buffer.subarray(start, start + entry.compressedSize);
}

/**
 * The inflated bytes of one entry, in chunks, without ever holding the whole part. Inflating runs
 * in libuv's thread pool; the bytes produced are counted, and an entry that inflates past the size
 * its directory declared (already within the limit) is refused as damaged before the next chunk.
 */
export async function* inflateEntry(buffer: Buffer, entry: ZipEntry, budget: ImportBudget): AsyncGenerator<Buffer> {
  if (entry.flags & ENCRYPTED) {
    throw new NotAZip(`${entry.name} is encrypted`);
  }
  const data = dataOf(buffer, entry);
  if (entry.method === 0) {
    if (data.length !== entry.size) {
      throw new NotAZip(`${entry.name}: stored size differs from its declared size`);
    }
    for (let at = 0; at < data.length; at += INFLATE_CHUNK) {
      yield data.subarray(at, at + INFLATE_CHUNK);
      await budget.pause();
    }
    return;
  }
  if (entry.method !== 8) {
    throw new NotAZip(`${entry.name}: compression method ${entry.method}`);
  }
  const inflater = createInflateRaw({ chunkSize: INFLATE_CHUNK });
  inflater.end(data);
  let produced = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      produced += chunk.length;
      if (produced > entry.size) {
        throw new NotAZip(`${entry.name} inflates past its declared ${entry.size} bytes`);
      }
      yield chunk;
      await budget.pause();
    }
  } catch (error) {
    if (error instanceof ImportFileRejected || error instanceof NotAZip) {
      throw error;
    }
    throw new NotAZip(`${entry.name}: ${(error as Error).message}`);
  } finally {
    inflater.destroy();
  }
}
