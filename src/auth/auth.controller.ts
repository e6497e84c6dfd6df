import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthService } from './auth.service.js';
import { CurrentUser, Public } from '../common/access/decorators.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { LoginResponse, MeResponse } from './dto/auth.response.js';
import { LoginDto } from './dto/login.dto.js';
import { type AuthUser } from '../kernel/index.js';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponse })
  @ApiErrors([401, 'Wrong username or password, or the account is inactive'], 429)
  async login(@Body() dto: LoginDto, @Ip() clientAddress: string): Promise<LoginResponse> {
    const { accessToken, user } = await this.auth.login(dto.username, dto.password, clientAddress);
    return { accessToken, user: { id: user.id, username: user.username, roles: user.roles } };
  }

  @Get('me')
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentUser() user: AuthUser): MeResponse {
    return { id: user.id, username: user.username, fullName: user.fullName, roles: user.roles, locale: user.locale };
  }

  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signs out everywhere: every token issued to the user so far stops working' })
  async logout(@CurrentUser() user: AuthUser): Promise<void> {
    await this.auth.logout(user);
  }
}
