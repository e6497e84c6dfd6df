import { Module } from '@nestjs/common';
import { RUNTIME, type Runtime } from '../config/runtime.js';
import { DocxRenderer } from './docx-renderer.js';
import { DossierRenderer } from './dossier-renderer.js';
import { DOCUMENT_TEMPLATES_DIR, HtmlRenderer } from './html-renderer.js';
import { PdfConverter } from './pdf-converter.js';

/**
 * The document engine as providers, configured once from the validated environment: the HTML and
 * DOCX renderers (each template read and compiled once per process, an installation's folder
 * DOCUMENT_TEMPLATES_DIR overriding file by file) and the process's LibreOffice converter
 * (SOFFICE_PATH, else `soffice` on PATH; one profile and one queue per process).
 */
@Module({
  providers: [
    {
      provide: HtmlRenderer,
      useFactory: (runtime: Runtime) => new HtmlRenderer({ overrideDir: runtime.env.DOCUMENT_TEMPLATES_DIR ?? null }),
      inject: [RUNTIME],
    },
    {
      provide: DocxRenderer,
      useFactory: (runtime: Runtime) => new DocxRenderer(runtime.env.DOCUMENT_TEMPLATES_DIR ?? DOCUMENT_TEMPLATES_DIR),
      inject: [RUNTIME],
    },
    {
      provide: DossierRenderer,
      useFactory: (runtime: Runtime) => new DossierRenderer({ overrideDir: runtime.env.DOCUMENT_TEMPLATES_DIR ?? null }),
      inject: [RUNTIME],
    },
    {
      provide: PdfConverter,
      useFactory: (runtime: Runtime) => new PdfConverter(runtime.env.SOFFICE_PATH ? { soffice: runtime.env.SOFFICE_PATH } : {}),
      inject: [RUNTIME],
    },
  ],
  exports: [HtmlRenderer, DocxRenderer, PdfConverter, DossierRenderer],
})
export class DocumentsModule {}
