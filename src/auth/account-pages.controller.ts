import { Body, Controller, Get, Param, Post, Render } from '@nestjs/common';
import { Public } from '../common/access/decorators.js';
import { Trail } from '../common/views/breadcrumbs.js';
import { rotateCsrfSecret } from '../common/http/csrf.js';
import { FlashQuery, flashMessage } from '../common/views/flash.js';
import type { FieldErrors } from '../common/views/form.js';
import { answerForm, type FormBody } from '../common/views/form-submission.js';
import { QueryOrDefaults } from '../common/views/page-queries.js';
import { type PageAnswer, PageRequest, redirectTo } from '../common/views/page-request.js';
import { translate } from '../i18n/translate.js';
import { type AuthUser, type Locale } from '../kernel/index.js';
import { ChangePasswordForm, NewPasswordForm } from './account-forms.js';
import { AccountService } from './account.service.js';
import { OpenDuringAccountSetup, SESSION_COOKIE, SESSION_COOKIE_OPTIONS } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { CurrentPasswordDto, MIN_PASSWORD, OwnEmailDto, TwoFactorCodeDto } from './dto/account.dto.js';
import { TwoFactorService } from './two-factor/two-factor.service.js';

/**
 * The signed-in user's own account: the password, the second factor; and the public page a reset
 * link opens. Open while the account's setup is pending, since these pages are that setup.
 */
@Controller('account')
@OpenDuringAccountSetup()
export class AccountPagesController {
  constructor(
    private readonly auth: AuthService,
    private readonly account: AccountService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  @Get()
  @Render('pages/account/index')
  async overview(@QueryOrDefaults(FlashQuery) query: FlashQuery, @PageRequest() { lang, user }: PageRequest) {
    return { ...(await this.overviewModel(lang, user, null)), flash: flashMessage(lang, query) };
  }

  /** One's own e-mail address, where notifications are mailed; an empty field removes it. */
  @Post('email')
  setEmail(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(page, OwnEmailDto, body, (form) => this.account.setEmail(page.user, form.email ?? null), {
      redirectTo: '/account',
      template: 'pages/account/index',
      model: () => this.overviewModel(page.lang, page.user, typeof body.email === 'string' ? body.email : ''),
    });
  }

  /** The account's facts; `emailValue` is what the e-mail field shows (the stored address unless a refused one is shown back). */
  private async overviewModel(lang: Locale, user: AuthUser, emailValue: string | null) {
    const state = await this.auth.accountOf(user);
    const status = await this.twoFactor.status(user.id);
    const { email } = await this.account.email(user);
    return {
      title: translate(lang, 'account.title'),
      flash: null,
      username: user.username,
      fullName: user.fullName,
      ...state,
      twoFactor: status,
      email,
      emailValue: emailValue ?? email ?? '',
      alert: null,
    };
  }

  @Trail({ label: 'nav.account', href: '/account' })
  @Get('password')
  @Render('pages/account/password')
  async passwordPage(@PageRequest() { lang, user }: PageRequest) {
    return this.passwordModel(lang, (await this.auth.accountOf(user)).mustChangePassword);
  }

  @Trail({ label: 'nav.account', href: '/account' })
  @Post('password')
  async changePassword(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const required = (await this.auth.accountOf(page.user)).mustChangePassword;
    return answerForm(
      page,
      ChangePasswordForm,
      body,
      async (form) => {
        const token = await this.account.changePassword(page.user, form.currentPassword, form.newPassword, page.request.ip);
        // Every other session has ended; this one goes on with the new token.
        void page.reply.setCookie(SESSION_COOKIE, token, SESSION_COOKIE_OPTIONS);
        rotateCsrfSecret(page.request, page.reply);
      },
      {
        redirectTo: '/account',
        template: 'pages/account/password',
        model: () => this.passwordModel(page.lang, required),
        errors: (errors) => passwordErrors(errors, body, page.lang),
      },
    );
  }

  @Trail({ label: 'nav.account', href: '/account' })
  @Get('two-factor')
  @Render('pages/account/two-factor')
  twoFactorPage(@QueryOrDefaults(FlashQuery) query: FlashQuery, @PageRequest() { lang, user }: PageRequest) {
    return this.twoFactorModel(lang, user, flashMessage(lang, query));
  }

  @Post('two-factor/setup')
  async setUpTwoFactor(@PageRequest() page: PageRequest): Promise<PageAnswer> {
    await this.twoFactor.setup(page.user);
    return redirectTo(page, '/account/two-factor');
  }

  @Trail({ label: 'nav.account', href: '/account' })
  @Post('two-factor/enable')
  enableTwoFactor(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(page, TwoFactorCodeDto, body, (form) => this.twoFactor.enable(page.user, form.code), {
      template: 'pages/account/two-factor',
      model: async (submission) =>
        submission.ok ? this.recoveryCodesModel(page, submission.result) : this.twoFactorModel(page.lang, page.user, null),
    });
  }

  @Trail({ label: 'nav.account', href: '/account' })
  @Post('two-factor/recovery-codes')
  renewRecoveryCodes(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(
      page,
      CurrentPasswordDto,
      body,
      (form) => this.account.renewRecoveryCodes(page.user, form.currentPassword, page.request.ip),
      {
        template: 'pages/account/two-factor',
        model: async (submission) =>
          submission.ok
            ? this.recoveryCodesModel(page, submission.result)
            : { ...(await this.twoFactorModel(page.lang, page.user, null)), failedForm: 'renew' },
      },
    );
  }

  @Trail({ label: 'nav.account', href: '/account' })
  @Post('two-factor/disable')
  disableTwoFactor(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(
      page,
      CurrentPasswordDto,
      body,
      (form) => this.account.disableTwoFactor(page.user, form.currentPassword, page.request.ip),
      {
        redirectTo: '/account/two-factor',
        template: 'pages/account/two-factor',
        model: async () => ({ ...(await this.twoFactorModel(page.lang, page.user, null)), failedForm: 'disable' }),
      },
    );
  }

  /** What a reset link opens: the new password form, or the error page when the link no longer works. */
  @Public()
  @Get('reset/:token')
  @Render('pages/account/reset')
  async resetPage(@Param('token') token: string, @PageRequest() { lang }: PageRequest) {
    return { title: translate(lang, 'account.resetTitle'), username: await this.account.resetLinkUser(token), token };
  }

  @Public()
  @Post('reset/:token')
  async reset(@Param('token') token: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const username = await this.account.resetLinkUser(token);
    return answerForm(page, NewPasswordForm, body, (form) => this.account.resetPassword(token, form.newPassword), {
      redirectTo: '/login',
      flash: 'reset',
      template: 'pages/account/reset',
      model: () => ({ title: translate(page.lang, 'account.resetTitle'), username, token }),
      errors: (errors) => passwordErrors(errors, body, page.lang),
    });
  }

  private passwordModel(lang: Locale, required: boolean) {
    return { title: translate(lang, 'account.passwordTitle'), required };
  }

  private async twoFactorModel(lang: Locale, user: PageRequest['user'], flash: string | null) {
    const status = await this.twoFactor.status(user.id);
    const state = await this.auth.accountOf(user);
    return {
      title: translate(lang, 'account.twoFactorTitle'),
      flash,
      status,
      required: state.twoFactorRequired,
      pendingSecret: status.pending ? await this.twoFactor.pendingSecret(user) : null,
      failedForm: null,
      recoveryCodes: null,
    };
  }

  /** The page again, with the recovery codes on this answer only (not after a redirect: they are not shown twice). */
  private async recoveryCodesModel(page: PageRequest, codes: string[]) {
    return { ...(await this.twoFactorModel(page.lang, page.user, null)), recoveryCodes: codes };
  }
}

/** A short new password reads "at least 8 characters" (the generic too-short message says "required"). */
function passwordErrors(errors: FieldErrors, body: FormBody, lang: Locale): FieldErrors {
  const typed = body.newPassword;
  if (errors.newPassword && typeof typed === 'string' && typed.length > 0 && typed.length < MIN_PASSWORD) {
    return { ...errors, newPassword: translate(lang, 'users.passwordTooShort') };
  }
  return errors;
}
