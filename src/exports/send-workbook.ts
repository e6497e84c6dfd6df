import { StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { attachmentDisposition } from '../common/export/content-disposition.js';
import { listWorkbook, XLSX_CONTENT_TYPE } from '../common/export/list-sheet.js';
import type { ExportedList } from './exports.service.js';

/** The list as an XLSX download named in Vietnamese (`filename*`, RFC 5987). */
export async function sendWorkbook(reply: FastifyReply, list: ExportedList): Promise<StreamableFile> {
  const workbook = await listWorkbook(list.sheet);
  void reply.header('Content-Type', XLSX_CONTENT_TYPE);
  void reply.header('Content-Disposition', attachmentDisposition(`${list.fileName}.xlsx`));
  return new StreamableFile(workbook);
}
