import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { type AuthUser } from '../kernel/index.js';
import { CreatePostingDto } from './dto/create-posting.dto.js';
import { ListPostingsQuery } from './dto/list-postings.query.js';
import { CreateObjectionDto, ResolveObjectionDto } from './dto/objection.dto.js';
import { ObjectionResponse, PostingPageResponse, PostingResponse } from './dto/posting.response.js';
import { PostingsService } from './postings.service.js';

/**
 * Public postings (công khai) of passed nominations and the objections to them. Council secretaries
 * (within their units) and admins post and resolve; anyone signed in within the nominations' units
 * reads the posting and objects while it runs.
 */
@ApiTags('postings')
@Controller('api/postings')
export class PostingsController {
  constructor(private readonly postings: PostingsService) {}

  @Post()
  @Roles('council_secretary')
  @ApiCreatedResponse({ type: PostingResponse })
  @ApiErrors(400, 403, 409, 422)
  create(@Body() dto: CreatePostingDto, @CurrentUser() actor: AuthUser): Promise<PostingResponse> {
    return this.postings.create(dto, actor);
  }

  @Get()
  @ApiOkResponse({ type: PostingPageResponse })
  list(@Query() query: ListPostingsQuery, @CurrentUser() user: AuthUser): Promise<PostingPageResponse> {
    return this.postings.list(query, user);
  }

  @Get(':id')
  @ApiOkResponse({ type: PostingResponse })
  @ApiErrors(403, 404)
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<PostingResponse> {
    return this.postings.get(id, user);
  }

  @Post(':id/objections')
  @ApiCreatedResponse({ type: ObjectionResponse })
  @ApiErrors(400, 403, 404, 409)
  object(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateObjectionDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<ObjectionResponse> {
    return this.postings.object(id, dto, actor);
  }

  @Post(':id/objections/:objectionId/resolve')
  @HttpCode(200)
  @Roles('council_secretary')
  @ApiOkResponse({ type: ObjectionResponse })
  @ApiErrors(400, 403, 404, 409)
  resolve(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('objectionId', ParseUUIDPipe) objectionId: string,
    @Body() dto: ResolveObjectionDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<ObjectionResponse> {
    return this.postings.resolve(id, objectionId, dto, actor);
  }
}
