import { Injectable } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';

/** The application's OpenAPI document, built once at start (see bootstrap.ts) and served as it is. */
@Injectable()
export class ApiDocument {
  private document: OpenAPIObject | undefined;

  publish(document: OpenAPIObject): void {
    this.document = document;
  }

  get(): OpenAPIObject {
    if (!this.document) {
      throw new Error('The OpenAPI document was not published: createApp() builds it before the app starts');
    }
    return this.document;
  }
}
