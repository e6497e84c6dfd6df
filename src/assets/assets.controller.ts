import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/access/decorators.js';
import { NotFound } from '../common/errors/domain-error.js';
import { TEMPLATES_DIR } from '../config/paths.js';
import { documentFont } from '../documents/index.js';

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
};

/** The few static files of `templates/assets`, read once at start: no path from the request reaches the disk. */
@Controller('assets')
export class AssetsController {
  private readonly files = new Map(
    readdirSync(join(TEMPLATES_DIR, 'assets'))
      .filter((name) => extname(name) in TYPES)
      .map((name) => [name, readFileSync(join(TEMPLATES_DIR, 'assets', name))] as const),
  );

  /** Tinos, which the HTML documents name (`/assets/fonts/Tinos-Bold.ttf`): from memory, cached a year (a font never changes under its name). */
  @Public()
  @Get('fonts/:name')
  font(@Param('name') name: string, @Res() reply: FastifyReply): void {
    const font = documentFont(name);
    if (!font) {
      throw new NotFound('asset', name);
    }
    void reply.header('Content-Type', 'font/ttf').header('Cache-Control', 'public, max-age=31536000, immutable').send(font);
  }

  @Public()
  @Get(':name')
  serve(@Param('name') name: string, @Res() reply: FastifyReply): void {
    const file = this.files.get(name);
    if (!file) {
      throw new NotFound('asset', name);
    }
    void reply.header('Content-Type', TYPES[extname(name)]).header('Cache-Control', 'public, max-age=3600').send(file);
  }
}
