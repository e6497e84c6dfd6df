import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../common/access/decorators.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { type AuthUser } from '../kernel/index.js';
import { IssueDecisionDto } from './dto/issue-decision.dto.js';
import { IssuedDecisionResponse } from './dto/issued-decision.response.js';
import { IssuingService } from './issuing.service.js';

/** Numbering and issuing. Who may issue is the issuer's business (admins, its assigned clerks): checked in the service. */
@ApiTags('decisions')
@Controller('api/decisions')
export class IssuingController {
  constructor(private readonly issuing: IssuingService) {}

  @Post(':id/issue')
  @HttpCode(200)
  @ApiOkResponse({ type: IssuedDecisionResponse })
  @ApiErrors(400, 403, 404, 409, 422)
  issue(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: IssueDecisionDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<IssuedDecisionResponse> {
    return this.issuing.issue(id, dto, actor);
  }
}
