import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController, type OpenAPIObject } from '@nestjs/swagger';
import { ApiDocument } from './api-document.js';

/** `GET /api/docs`: the OpenAPI document for tools, with a bearer token like the rest of the API. */
@ApiExcludeController()
@Controller('api/docs')
export class ApiDocsController {
  constructor(private readonly document: ApiDocument) {}

  @Get()
  get(): OpenAPIObject {
    return this.document.get();
  }
}
