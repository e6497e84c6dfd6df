import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { UndoResultResponse } from './dto/undo.response.js';
import { ImportsService } from './imports.service.js';
import { type AuthUser } from '../kernel/index.js';

@ApiTags('imports')
@Controller('api/imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  /** Undoes a staff or history import (its `batchId` is in the import's answer), all or nothing. */
  @Post(':batchId/undo')
  @HttpCode(200)
  @Roles('hr_officer')
  @ApiOkResponse({ type: UndoResultResponse })
  @ApiErrors(403, 404, [409, 'IMPORT_DEPENDED_ON: the message names what has been built on the import since; IMPORT_ALREADY_UNDONE'])
  undo(@Param('batchId', ParseUUIDPipe) batchId: string, @CurrentUser() actor: AuthUser): Promise<UndoResultResponse> {
    return this.imports.undo(batchId, actor);
  }
}
