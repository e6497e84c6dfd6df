import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiProduces } from '@nestjs/swagger';

/** A multipart upload of one file in the field `file` (CSV or XLSX imports). */
export const ApiFileUpload = (description: string): MethodDecorator =>
  applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({
      description,
      schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
    }),
  );

/** An answer that is a CSV file to download, not JSON. */
export const ApiCsvDownload = (description: string): MethodDecorator =>
  applyDecorators(ApiProduces('text/csv'), ApiOkResponse({ description, content: { 'text/csv': { schema: { type: 'string' } } } }));

/** An answer that is an XLSX workbook to download (a list export), not JSON. */
export const ApiXlsxDownload = (description: string): MethodDecorator =>
  applyDecorators(
    ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    ApiOkResponse({
      description,
      content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } } },
    }),
  );
