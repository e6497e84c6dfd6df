import { Module } from '@nestjs/common';
import { ApiDocsPagesController } from './api-docs-pages.controller.js';
import { ApiDocsController } from './api-docs.controller.js';
import { ApiDocument } from './api-document.js';

/** The OpenAPI document of the JSON API: for tools at /api/docs, for people at /docs/api. */
@Module({ controllers: [ApiDocsController, ApiDocsPagesController], providers: [ApiDocument], exports: [ApiDocument] })
export class ApiDocsModule {}
