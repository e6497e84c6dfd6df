import { Body, Controller, Get, Post, Query, Render } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error.js';
import type { FormBody } from '../common/views/form-submission.js';
import { rotateCsrfSecret } from '../common/http/csrf.js';
import { safeRedirectPath } from '../common/http/safe-redirect.js';
import { LOCALE_COOKIE } from '../common/views/page-context.js';
import { type PageAnswer, PageRequest, redirectTo, renderPage } from '../common/views/page-request.js';
import { translate } from '../i18n/translate.js';
import { OpenDuringAccountSetup, SESSION_COOKIE, SESSION_COOKIE_OPTIONS } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { Public } from '../common/access/decorators.js';
import { type Locale } from '../kernel/index.js';

/** Only a path on this site: an open redirect would let a link send people elsewhere after signing in; none: the home page. */
const safeNext = (next: unknown): string => safeRedirectPath(next, '/');

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** What the sign-in pages tell about a refused attempt; other errors go on to the error page. */
const SIGN_IN_REFUSALS = ['INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS', 'SIGN_IN_CODE_WRONG'];

@Controller()
export class AuthPagesController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Get('login')
  @Render('pages/login')
  loginPage(@Query('next') next: unknown, @Query('saved') saved: unknown, @PageRequest() { lang }: PageRequest) {
    // `saved=reset`: back from a reset link, the new password set.
    return { next: safeNext(next), username: '', loginError: null, flash: saved === 'reset' ? translate(lang, 'account.resetDone') : null };
  }

  /** The password; for an account with a second factor, the page asking for its code comes next. */
  @Public()
  @Post('login')
  async login(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const username = text(body.username);
    const next = safeNext(body.next);
    try {
      const step = await this.auth.passwordStep(username, text(body.password), page.request.ip);
      if ('ticket' in step) {
        return renderPage(page, 'pages/login-code', { next, ticket: step.ticket, loginError: null }, 200);
      }
      return this.signedIn(page, step.accessToken, next);
    } catch (error) {
      return renderPage(page, 'pages/login', { next, username, loginError: refusalMessage(error, page.lang) }, refusalStatus(error));
    }
  }

  /** The code of the authenticator app (or a recovery code), with the ticket of the right password. */
  @Public()
  @Post('login/code')
  async loginCode(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const next = safeNext(body.next);
    const ticket = text(body.ticket);
    try {
      const { accessToken } = await this.auth.codeStep(ticket, text(body.code), page.request.ip);
      return this.signedIn(page, accessToken, next);
    } catch (error) {
      const loginError = refusalMessage(error, page.lang);
      if (error instanceof DomainError && error.code === 'INVALID_CREDENTIALS') {
        // The ticket expired (or the password changed meanwhile): start again from the password.
        return renderPage(page, 'pages/login', { next, username: '', loginError: translate(page.lang, 'login.codeExpired') }, 401);
      }
      return renderPage(page, 'pages/login-code', { next, ticket, loginError }, refusalStatus(error));
    }
  }

  @Post('logout')
  @OpenDuringAccountSetup()
  async logout(@PageRequest() page: PageRequest): Promise<PageAnswer> {
    await this.auth.logout(page.user);
    void page.reply.clearCookie(SESSION_COOKIE, { path: '/' });
    rotateCsrfSecret(page.request, page.reply);
    return redirectTo(page, '/login');
  }

  /** Switches the language of the pages for this browser. */
  @Public()
  @Post('language')
  language(@Body() body: FormBody, @PageRequest() page: PageRequest): PageAnswer {
    const lang = body.lang === 'en' ? 'en' : 'vi';
    void page.reply.setCookie(LOCALE_COOKIE, lang, { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 365 * 24 * 3600 });
    return redirectTo(page, safeNext(body.back));
  }

  private signedIn(page: PageRequest, accessToken: string, next: string): PageAnswer {
    void page.reply.setCookie(SESSION_COOKIE, accessToken, SESSION_COOKIE_OPTIONS);
    rotateCsrfSecret(page.request, page.reply);
    return redirectTo(page, next);
  }
}

function refusalMessage(error: unknown, lang: Locale): string {
  if (!(error instanceof DomainError) || !SIGN_IN_REFUSALS.includes(error.code)) {
    throw error;
  }
  if (error.code === 'TOO_MANY_ATTEMPTS') {
    return translate(lang, 'login.tooMany', { minutes: Math.ceil(Number(error.params.retryAfter ?? 60) / 60) });
  }
  return translate(lang, error.code === 'SIGN_IN_CODE_WRONG' ? 'login.codeWrong' : 'login.failed');
}

const refusalStatus = (error: unknown): number => (error instanceof DomainError && error.code === 'TOO_MANY_ATTEMPTS' ? 429 : 401);
