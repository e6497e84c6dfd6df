import { Controller, HttpCode, Param, ParseUUIDPipe, Post, Render } from '@nestjs/common';
import { Roles } from '../common/access/decorators.js';
import { PageRequest } from '../common/views/page-request.js';
import { translate } from '../i18n/translate.js';
import { ImportsService } from './imports.service.js';

/** The "Hoàn tác lần nhập này" button of the import result pages posts here (CSRF-checked like every form). */
@Controller('imports')
export class ImportsPagesController {
  constructor(private readonly imports: ImportsService) {}

  @Post(':batchId/undo')
  @HttpCode(200)
  @Roles('hr_officer')
  @Render('pages/imports/undone')
  async undo(@Param('batchId', ParseUUIDPipe) batchId: string, @PageRequest() { lang, user }: PageRequest) {
    const result = await this.imports.undo(batchId, user);
    return {
      title: translate(lang, 'imports.undoneTitle'),
      message: translate(lang, 'imports.undone', { removed: result.removed, restored: result.restored }),
      back: result.kind === 'staff' ? '/staff/import' : `/history/import?kind=${result.kind}`,
    };
  }
}
