import { Module } from '@nestjs/common';
import { AuthPagesController } from './auth-pages.controller.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordVerifier } from './password-verifier.js';
import { TokenService } from './token.service.js';

@Module({
  controllers: [AuthController, AuthPagesController],
  providers: [AuthService, TokenService, LoginThrottleService, PasswordVerifier],
  exports: [AuthService],
})
export class AuthModule {}
