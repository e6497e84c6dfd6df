import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiFileUpload } from '../common/openapi/operations.js';
import { readUpload } from '../common/tabular-import/read-upload.js';
import { LinesFileQuery } from './dto/add-lines.dto.js';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { type AuthUser } from '../kernel/index.js';
import { AddLinesDto } from './dto/add-lines.dto.js';
import { CreateDecisionDto } from './dto/create-decision.dto.js';
import { AddedLinesResponse, DecisionPageResponse, DecisionResponse } from './dto/decision.response.js';
import { ListDecisionsQuery } from './dto/list-decisions.query.js';
import { UpdateDecisionDto } from './dto/update-decision.dto.js';
import { DraftingService } from './drafting.service.js';

/** Award decisions while drafted: the header, the lines, the money. Drafting: HR officers (lines within their units) and admins. */
@ApiTags('decisions')
@Controller('api/decisions')
export class DraftingController {
  constructor(private readonly drafting: DraftingService) {}

  @Post()
  @Roles('hr_officer')
  @ApiCreatedResponse({ type: DecisionResponse })
  @ApiErrors(422)
  create(@Body() dto: CreateDecisionDto, @CurrentUser() actor: AuthUser): Promise<DecisionResponse> {
    return this.drafting.create(dto, actor);
  }

  @Get()
  @ApiOkResponse({ type: DecisionPageResponse })
  list(@Query() query: ListDecisionsQuery): Promise<DecisionPageResponse> {
    return this.drafting.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: DecisionResponse })
  @ApiErrors(404)
  get(@Param('id', ParseUUIDPipe) id: string): Promise<DecisionResponse> {
    return this.drafting.get(id);
  }

  @Patch(':id')
  @Roles('hr_officer')
  @ApiOkResponse({ type: DecisionResponse })
  @ApiErrors(404, 409, 422)
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateDecisionDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<DecisionResponse> {
    return this.drafting.update(id, dto, actor);
  }

  /** `{staffIds}`, `{unitIds}` or `{fromCandidates:{filter:"eligible",unitId?}}`, with a `reason` for those who do not qualify. */
  @Post(':id/lines')
  @HttpCode(201)
  @Roles('hr_officer')
  @ApiCreatedResponse({ type: AddedLinesResponse })
  @ApiErrors(403, 404, 409, 422)
  addLines(@Param('id', ParseUUIDPipe) id: string, @Body() dto: AddLinesDto, @CurrentUser() actor: AuthUser): Promise<AddedLinesResponse> {
    return this.drafting.addLines(id, dto, actor);
  }

  /** Multipart field `file`: a CSV (UTF-8) or XLSX with a "Mã" column of staff codes (unit codes for a collective decision). */
  @Post(':id/lines/file')
  @HttpCode(201)
  @Roles('hr_officer')
  @ApiFileUpload('CSV (UTF-8) or XLSX with a “Mã” column; all or nothing')
  @ApiCreatedResponse({ type: AddedLinesResponse })
  @ApiErrors(403, 404, 409, 413, 415, 422)
  async addLinesFromFile(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: LinesFileQuery,
    @Req() request: FastifyRequest,
    @CurrentUser() actor: AuthUser,
  ): Promise<AddedLinesResponse> {
    return this.drafting.addLinesFromFile(id, await readUpload(request), query.reason ?? null, actor);
  }

  @Delete(':id/lines/:lineId')
  @Roles('hr_officer')
  @ApiOkResponse({ type: DecisionResponse })
  @ApiErrors(403, 404, 409)
  removeLine(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('lineId', ParseUUIDPipe) lineId: string,
    @CurrentUser() actor: AuthUser,
  ): Promise<DecisionResponse> {
    return this.drafting.removeLine(id, lineId, actor);
  }
}
