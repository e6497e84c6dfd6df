import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { AuthService } from './auth.service.js';
import { CurrentUser, Public } from '../common/access/decorators.js';
import { LoginDto } from './dto/login.dto.js';
import { type AuthUser } from '../kernel/index.js';

@Controller('api/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Ip() clientAddress: string) {
    const { accessToken, user } = await this.auth.login(dto.username, dto.password, clientAddress);
    return { accessToken, user: { id: user.id, username: user.username, roles: user.roles } };
  }

  @Get('me')
  me(@CurrentUser() user: AuthUser) {
    return { id: user.id, username: user.username, fullName: user.fullName, roles: user.roles, locale: user.locale };
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentUser() user: AuthUser): Promise<void> {
    await this.auth.logout(user);
  }
}
