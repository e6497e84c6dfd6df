import { Body, Controller, Get, HttpCode, Ip, Post, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AccountService } from './account.service.js';
import { OpenDuringAccountSetup } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { CurrentUser, Public, Roles } from '../common/access/decorators.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import {
  AccountPolicyDto,
  ChangePasswordDto,
  CurrentPasswordDto,
  OwnEmailDto,
  ResetPasswordDto,
  TwoFactorCodeDto,
} from './dto/account.dto.js';
import {
  AccountPolicyResponse,
  LoginResponse,
  MeResponse,
  OwnEmailResponse,
  PasswordChangedResponse,
  RecoveryCodesResponse,
  TwoFactorSecretResponse,
  TwoFactorStatusResponse,
} from './dto/auth.response.js';
import { LoginDto } from './dto/login.dto.js';
import { TwoFactorService } from './two-factor/two-factor.service.js';
import { type AuthUser } from '../kernel/index.js';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly account: AccountService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponse })
  @ApiErrors([401, 'Wrong username or password, or the account is inactive; TWO_FACTOR_REQUIRED: send `code` too; SIGN_IN_CODE_WRONG'], 429)
  async login(@Body() dto: LoginDto, @Ip() clientAddress: string): Promise<LoginResponse> {
    const { accessToken, user } = await this.auth.login(dto.username, dto.password, clientAddress, dto.code);
    return { accessToken, user: { id: user.id, username: user.username, roles: user.roles } };
  }

  @Get('me')
  @OpenDuringAccountSetup()
  @ApiOkResponse({ type: MeResponse })
  async me(@CurrentUser() user: AuthUser): Promise<MeResponse> {
    const account = await this.auth.accountOf(user);
    return { id: user.id, username: user.username, fullName: user.fullName, roles: user.roles, locale: user.locale, ...account };
  }

  @Post('logout')
  @OpenDuringAccountSetup()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signs out everywhere: every token issued to the user so far stops working' })
  async logout(@CurrentUser() user: AuthUser): Promise<void> {
    await this.auth.logout(user);
  }

  @Post('password')
  @OpenDuringAccountSetup()
  @HttpCode(200)
  @ApiOkResponse({ type: PasswordChangedResponse, description: 'Changed; every session but the one of the new token has ended' })
  @ApiErrors([400, 'CURRENT_PASSWORD_WRONG, PASSWORD_UNCHANGED, or a new password under 8 characters'], 429)
  async changePassword(
    @Body() dto: ChangePasswordDto,
    @CurrentUser() user: AuthUser,
    @Ip() clientAddress: string,
  ): Promise<PasswordChangedResponse> {
    return { accessToken: await this.account.changePassword(user, dto.currentPassword, dto.newPassword, clientAddress) };
  }

  /** One's own e-mail address, where notifications are mailed when the service has an SMTP server. */
  @Get('email')
  @ApiOkResponse({ type: OwnEmailResponse })
  email(@CurrentUser() user: AuthUser): Promise<OwnEmailResponse> {
    return this.account.email(user);
  }

  @Put('email')
  @ApiOkResponse({ type: OwnEmailResponse, description: 'Set; null or "" removes it' })
  @ApiErrors(400)
  setEmail(@Body() dto: OwnEmailDto, @CurrentUser() user: AuthUser): Promise<OwnEmailResponse> {
    return this.account.setEmail(user, dto.email ?? null);
  }

  @Public()
  @Post('reset-password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The password is set and the link used up; sign in with the new password' })
  @ApiErrors(400, [410, 'RESET_LINK_INVALID: the link is unknown, used, expired or replaced'])
  async resetPassword(@Body() dto: ResetPasswordDto): Promise<void> {
    await this.account.resetPassword(dto.token, dto.newPassword);
  }

  @Get('two-factor')
  @OpenDuringAccountSetup()
  @ApiOkResponse({ type: TwoFactorStatusResponse })
  twoFactorStatus(@CurrentUser() user: AuthUser): Promise<TwoFactorStatusResponse> {
    return this.twoFactor.status(user.id);
  }

  @Post('two-factor/setup')
  @OpenDuringAccountSetup()
  @HttpCode(200)
  @ApiOkResponse({ type: TwoFactorSecretResponse, description: 'A new secret for the app; it counts once `enable` gets a code from it' })
  @ApiErrors([409, 'TWO_FACTOR_ALREADY_ON'])
  setUpTwoFactor(@CurrentUser() user: AuthUser): Promise<TwoFactorSecretResponse> {
    return this.twoFactor.setup(user);
  }

  @Post('two-factor/enable')
  @OpenDuringAccountSetup()
  @HttpCode(200)
  @ApiOkResponse({ type: RecoveryCodesResponse, description: 'On: from the next sign-in the code is asked for' })
  @ApiErrors([400, 'TWO_FACTOR_CODE_WRONG'], [409, 'TWO_FACTOR_NOT_SET_UP or TWO_FACTOR_ALREADY_ON'])
  async enableTwoFactor(@Body() dto: TwoFactorCodeDto, @CurrentUser() user: AuthUser): Promise<RecoveryCodesResponse> {
    return { recoveryCodes: await this.twoFactor.enable(user, dto.code) };
  }

  @Post('two-factor/disable')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Off: the secret and the recovery codes are gone' })
  @ApiErrors([400, 'CURRENT_PASSWORD_WRONG'], [409, 'TWO_FACTOR_NOT_SET_UP'], 429)
  async disableTwoFactor(@Body() dto: CurrentPasswordDto, @CurrentUser() user: AuthUser, @Ip() clientAddress: string): Promise<void> {
    await this.account.disableTwoFactor(user, dto.currentPassword, clientAddress);
  }

  @Post('two-factor/recovery-codes')
  @HttpCode(200)
  @ApiOkResponse({ type: RecoveryCodesResponse, description: 'New recovery codes; the old ones stop working' })
  @ApiErrors([400, 'CURRENT_PASSWORD_WRONG'], [409, 'TWO_FACTOR_NOT_SET_UP'], 429)
  async renewRecoveryCodes(
    @Body() dto: CurrentPasswordDto,
    @CurrentUser() user: AuthUser,
    @Ip() clientAddress: string,
  ): Promise<RecoveryCodesResponse> {
    return { recoveryCodes: await this.account.renewRecoveryCodes(user, dto.currentPassword, clientAddress) };
  }

  @Get('policy')
  @Roles('admin')
  @ApiOkResponse({ type: AccountPolicyResponse })
  policy(): Promise<AccountPolicyResponse> {
    return this.account.policy();
  }

  @Put('policy')
  @Roles('admin')
  @ApiOkResponse({ type: AccountPolicyResponse })
  @ApiErrors(403, [409, 'OWN_TWO_FACTOR_FIRST: turn on your own second factor first'])
  setPolicy(@Body() dto: AccountPolicyDto, @CurrentUser() user: AuthUser): Promise<AccountPolicyResponse> {
    return this.account.setPolicy(dto, user);
  }
}
