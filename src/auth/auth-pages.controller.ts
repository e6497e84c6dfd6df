import { Body, Controller, Get, Post, Query, Render } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error.js';
import type { FormBody } from '../common/views/form-submission.js';
import { rotateCsrfSecret } from '../common/http/csrf.js';
import { safeRedirectPath } from '../common/http/safe-redirect.js';
import { LOCALE_COOKIE } from '../common/views/page-context.js';
import { type PageAnswer, PageRequest, redirectTo, renderPage } from '../common/views/page-request.js';
import { translate } from '../i18n/translate.js';
import { SESSION_COOKIE } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { Public } from '../common/access/decorators.js';

const COOKIE_OPTIONS = { httpOnly: true, sameSite: 'lax', path: '/', signed: true } as const;

/** Only a path on this site: an open redirect would let a link send people elsewhere after signing in. */
const safeNext = (next: unknown): string => safeRedirectPath(next, '/staff');

@Controller()
export class AuthPagesController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Get()
  home(@PageRequest() page: PageRequest): PageAnswer {
    return redirectTo(page, '/staff');
  }

  @Public()
  @Get('login')
  @Render('pages/login')
  loginPage(@Query('next') next: unknown) {
    return { next: safeNext(next), username: '', loginError: null };
  }

  @Public()
  @Post('login')
  async login(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const username = typeof body.username === 'string' ? body.username : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const next = safeNext(body.next);
    try {
      const { accessToken } = await this.auth.login(username, password, page.request.ip);
      void page.reply.setCookie(SESSION_COOKIE, accessToken, COOKIE_OPTIONS);
      rotateCsrfSecret(page.request, page.reply);
      return redirectTo(page, next);
    } catch (error) {
      if (!(error instanceof DomainError) || !['INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS'].includes(error.code)) {
        throw error;
      }
      const minutes = Math.ceil(Number(error.params.retryAfter ?? 60) / 60);
      const loginError =
        error.code === 'TOO_MANY_ATTEMPTS' ? translate(page.lang, 'login.tooMany', { minutes }) : translate(page.lang, 'login.failed');
      return renderPage(page, 'pages/login', { next, username, loginError }, error.code === 'TOO_MANY_ATTEMPTS' ? 429 : 401);
    }
  }

  @Post('logout')
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
}
