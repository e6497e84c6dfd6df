import { Module } from '@nestjs/common';
import { AccountPagesController } from './account-pages.controller.js';
import { AccountService } from './account.service.js';
import { AuthPagesController } from './auth-pages.controller.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordVerifier } from './password-verifier.js';
import { TokenService } from './token.service.js';
import { TwoFactorService } from './two-factor/two-factor.service.js';

@Module({
  controllers: [AuthController, AuthPagesController, AccountPagesController],
  providers: [AuthService, AccountService, TwoFactorService, TokenService, LoginThrottleService, PasswordVerifier],
  exports: [AuthService, AccountService, TwoFactorService],
})
export class AuthModule {}
