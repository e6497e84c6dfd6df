import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { CreateIssuerDto } from './dto/create-issuer.dto.js';
import { IssuerResponse } from './dto/issuer.response.js';
import { UpdateIssuerDto } from './dto/update-issuer.dto.js';
import { IssuersService } from './issuers.service.js';
import { type AuthUser } from '../kernel/index.js';

@ApiTags('issuers')
@Controller('api/issuers')
export class IssuersController {
  constructor(private readonly issuers: IssuersService) {}

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: IssuerResponse })
  @ApiErrors(409)
  create(@Body() dto: CreateIssuerDto, @CurrentUser() actor: AuthUser): Promise<IssuerResponse> {
    return this.issuers.create(dto, actor);
  }

  @Get()
  @ApiOkResponse({ type: [IssuerResponse] })
  list(): Promise<IssuerResponse[]> {
    return this.issuers.list();
  }

  @Get(':id')
  @ApiOkResponse({ type: IssuerResponse })
  @ApiErrors(404)
  get(@Param('id', ParseUUIDPipe) id: string): Promise<IssuerResponse> {
    return this.issuers.get(id);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOkResponse({ type: IssuerResponse })
  @ApiErrors(404, 409)
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateIssuerDto, @CurrentUser() actor: AuthUser): Promise<IssuerResponse> {
    return this.issuers.update(id, dto, actor);
  }
}
