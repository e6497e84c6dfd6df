import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { type AuthUser } from '../kernel/index.js';
import { CouncilsService } from './councils.service.js';
import type { CouncilSummary, CouncilView } from './councils.types.js';
import { CouncilMemberDto, CreateCouncilDto, EndCouncilMemberDto, ListCouncilsQuery } from './dto/council.dto.js';
import { CouncilResponse, CouncilSummaryResponse } from './dto/councils.response.js';

/**
 * Councils (Hội đồng Thi đua – Khen thưởng) per unit and their members over time. Everyone reads the
 * councils of their units; council secretaries (in the unit's scope) and admins set them up and change
 * their members.
 */
@ApiTags('councils')
@Controller('api/councils')
export class CouncilsController {
  constructor(private readonly councils: CouncilsService) {}

  @Post()
  @Roles('council_secretary')
  @ApiCreatedResponse({ type: CouncilResponse })
  @ApiErrors(400, 403, 409)
  create(@Body() dto: CreateCouncilDto, @CurrentUser() actor: AuthUser): Promise<CouncilView> {
    return this.councils.create(dto, actor);
  }

  @Get()
  @ApiOkResponse({ type: [CouncilSummaryResponse] })
  list(@Query() query: ListCouncilsQuery, @CurrentUser() user: AuthUser): Promise<CouncilSummary[]> {
    return this.councils.list(user, query.unitId ?? null);
  }

  @Get(':id')
  @ApiOkResponse({ type: CouncilResponse })
  @ApiErrors(403, 404)
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<CouncilView> {
    return this.councils.get(id, user);
  }

  /** A member from a date (default today); not on or before a session already held, which counted the council without them. */
  @Post(':id/members')
  @Roles('council_secretary')
  @ApiCreatedResponse({ type: CouncilResponse })
  @ApiErrors(400, 403, 404, 409)
  addMember(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CouncilMemberDto, @CurrentUser() actor: AuthUser): Promise<CouncilView> {
    return this.councils.addMember(id, dto, actor);
  }

  /** The last day of a membership; not before a session that counted the member. */
  @Post(':id/members/:memberId/end')
  @HttpCode(200)
  @Roles('council_secretary')
  @ApiOkResponse({ type: CouncilResponse })
  @ApiErrors(400, 403, 404, 409)
  endMember(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() dto: EndCouncilMemberDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<CouncilView> {
    return this.councils.endMember(id, memberId, dto, actor);
  }
}
