import { Injectable } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * The application's OpenAPI document, built from the running application the first time it is
 * asked for (not at start: most starts, and every test app, never serve it) and kept.
 */
@Injectable()
export class ApiDocument {
  private build: (() => OpenAPIObject) | undefined;
  private document: OpenAPIObject | undefined;

  /** Called once by createApp() with the application to read. */
  buildFrom(build: () => OpenAPIObject): void {
    this.build = build;
  }

  get(): OpenAPIObject {
    if (!this.build) {
      throw new Error('The OpenAPI document has no source: createApp() gives it one');
    }
    this.document ??= this.build();
    return this.document;
  }
}
