import { Body, Controller, Get, Post, Query, Render, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../common/errors/domain-error.js';
import { rotateCsrfSecret } from '../common/http/csrf.js';
import { safeRedirectPath } from '../common/http/safe-redirect.js';
import { buildPageContext, LOCALE_COOKIE } from '../common/views/page-context.js';
import { translate } from '../i18n/translate.js';
import { SESSION_COOKIE } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { CurrentUser, Public } from '../common/access/decorators.js';
import { type AuthUser } from '../kernel/index.js';

const COOKIE_OPTIONS = { httpOnly: true, sameSite: 'lax', path: '/', signed: true } as const;

/** Only a path on this site: an open redirect would let a link send people elsewhere after signing in. */
const safeNext = (next: unknown): string => safeRedirectPath(next, '/staff');

@Controller()
export class AuthPagesController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Get()
  home(@Res() reply: FastifyReply): void {
    void reply.redirect('/staff', 303);
  }

  @Public()
  @Get('login')
  @Render('pages/login')
  loginPage(@Query('next') next: unknown) {
    return { next: safeNext(next), username: '', loginError: null };
  }

  @Public()
  @Post('login')
  async login(@Body() body: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const username = typeof body.username === 'string' ? body.username : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const next = safeNext(body.next);
    try {
      const { accessToken } = await this.auth.login(username, password, request.ip);
      void reply.setCookie(SESSION_COOKIE, accessToken, COOKIE_OPTIONS);
      rotateCsrfSecret(request, reply);
      void reply.redirect(next, 303);
    } catch (error) {
      if (!(error instanceof DomainError) || !['INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS'].includes(error.code)) {
        throw error;
      }
      const ctx = buildPageContext(request, reply);
      const minutes = Math.ceil(Number(error.params.retryAfter ?? 60) / 60);
      const loginError =
        error.code === 'TOO_MANY_ATTEMPTS' ? translate(ctx.lang, 'login.tooMany', { minutes }) : translate(ctx.lang, 'login.failed');
      await reply
        .status(error.code === 'TOO_MANY_ATTEMPTS' ? 429 : 401)
        .view('pages/login', { ctx, errors: {}, flash: null, next, username, loginError });
    }
  }

  @Post('logout')
  async logout(@CurrentUser() user: AuthUser, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.auth.logout(user);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    rotateCsrfSecret(request, reply);
    void reply.redirect('/login', 303);
  }

  /** Switches the language of the pages for this browser. */
  @Public()
  @Post('language')
  language(@Body() body: Record<string, unknown>, @Res() reply: FastifyReply): void {
    const lang = body.lang === 'en' ? 'en' : 'vi';
    void reply.setCookie(LOCALE_COOKIE, lang, { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 365 * 24 * 3600 });
    void reply.redirect(safeNext(body.back), 303);
  }
}
