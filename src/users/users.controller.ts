import { Body, Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Patch, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AccountService, resetLinkPath, TwoFactorService } from '../auth/index.js';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { publicAddress } from '../common/http/public-address.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { RUNTIME, type Runtime } from '../config/runtime.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import { UpdateUserDto } from './dto/update-user.dto.js';
import { ResetLinkResponse, UserResponse } from './dto/user.response.js';
import { UsersService } from './users.service.js';
import { type AuthUser } from '../kernel/index.js';

@ApiTags('users')
@Controller('api/users')
@Roles('admin')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly accounts: AccountService,
    private readonly twoFactor: TwoFactorService,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: UserResponse })
  @ApiErrors(409)
  create(@Body() dto: CreateUserDto, @CurrentUser() actor: AuthUser): Promise<UserResponse> {
    return this.users.create(dto, actor);
  }

  @Get()
  @ApiOkResponse({ type: [UserResponse] })
  list(): Promise<UserResponse[]> {
    return this.users.list();
  }

  @Get(':id')
  @ApiOkResponse({ type: UserResponse })
  @ApiErrors(404)
  get(@Param('id', ParseUUIDPipe) id: string): Promise<UserResponse> {
    return this.users.get(id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserResponse })
  @ApiErrors(404, 409)
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateUserDto, @CurrentUser() actor: AuthUser): Promise<UserResponse> {
    return this.users.update(id, dto, actor);
  }

  /** For a user who forgot their password: a link that sets a new one, once, within a day; an older link stops working. */
  @Post(':id/reset-link')
  @ApiCreatedResponse({ type: ResetLinkResponse })
  @ApiErrors(404, [409, 'ACCOUNT_INACTIVE: activate the account first'])
  async resetLink(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() actor: AuthUser,
    @Req() request: FastifyRequest,
  ): Promise<ResetLinkResponse> {
    const { token, expiresAt } = await this.accounts.issueResetLink(id, actor);
    return { url: publicAddress(resetLinkPath(token), request, this.runtime.env.PUBLIC_URL), expiresAt };
  }

  /** For a user who lost both their phone and their recovery codes: signs in with the password alone again. */
  @Delete(':id/two-factor')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The second factor is off; the user may set it up again' })
  @ApiErrors(404, [409, 'TWO_FACTOR_NOT_SET_UP'])
  async resetTwoFactor(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthUser): Promise<void> {
    await this.twoFactor.disable(id, actor);
  }
}
