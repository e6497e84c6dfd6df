import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';
import type { ImportBudget } from './import-budget.js';
import { ImportFileRejected, ImportInvalid } from './import-problems.js';
import { inflateEntry, NotAZip, type ZipEntry } from './zip-archive.js';

export type XmlAttributes = Record<string, string>;

/** What a reader of one part does with its elements; names come without their namespace prefix. */
export interface XmlHandlers {
  open(name: string, attributes: XmlAttributes): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** `x:row` and `row` are the same element: some writers prefix the spreadsheet namespace. */
const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** An attribute by its local name, whatever its prefix (`r:id` is `id` in the relationships namespace). */
export function prefixedAttribute(attributes: XmlAttributes, name: string): string | undefined {
  for (const [key, value] of Object.entries(attributes)) {
    if (key.includes(':') && localName(key) === name) {
      return value;
    }
  }
  return undefined;
}

/**
 * Streams one XML part of a workbook through a SAX parser as it inflates: memory holds one chunk
 * and whatever the handlers keep. Entities declared in a DTD are never expanded (saxes refuses
 * them), so an entity bomb is a damaged file, not gigabytes of text. Errors of the handlers (a
 * limit passed) go up as they are; anything the parser rejects makes the file not a workbook.
 */
export async function readXmlPart(buffer: Buffer, entry: ZipEntry, budget: ImportBudget, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes));
  const { close, text } = handlers;
  if (close) {
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of inflateEntry(buffer, entry, budget)) {
      parser.write(decoder.write(chunk));
    }
    parser.write(decoder.end());
    parser.close();
  } catch (error) {
    if (error instanceof ImportFileRejected || error instanceof ImportInvalid || error instanceof NotAZip) {
      throw error;
    }
    throw new NotAZip(`${entry.name}: ${(error as Error).message}`);
  }
}
