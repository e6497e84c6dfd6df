import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access/decorators.js';
import { AuditService } from './audit.service.js';
import { AuditPageResponse } from './dto/audit-entry.response.js';
import { ListAuditQuery } from './dto/list-audit.query.js';

@ApiTags('audit')
@Controller('api/audit')
@Roles('admin')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOkResponse({ type: AuditPageResponse, description: 'Newest first' })
  list(@Query() query: ListAuditQuery): Promise<AuditPageResponse> {
    return this.audit.list(query);
  }
}
