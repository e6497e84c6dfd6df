import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Render, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { answerSubmission, submitForm, submittedValues } from '../common/views/form-submission.js';
import { localeFor } from '../common/views/page-context.js';
import { translate } from '../i18n/translate.js';
import { CreateIssuerDto } from './dto/create-issuer.dto.js';
import { UpdateIssuerDto } from './dto/update-issuer.dto.js';
import { IssuersService, type IssuerView } from './issuers.service.js';
import { type AuthUser, type Locale } from '../kernel/index.js';

const FORM_FIELDS = ['name', 'parentName', 'symbol', 'place', 'signerTitle', 'signerName'] as const;
type IssuerFormValues = Record<(typeof FORM_FIELDS)[number], string>;
const EMPTY: IssuerFormValues = { name: '', parentName: '', symbol: '', place: '', signerTitle: '', signerName: '' };
const SAVED = '/issuers?saved=1';

/** An emptied "parent body" means none: null, which the DTO lets through and the service stores. */
const withParentNameCleared = (body: Record<string, unknown>): Record<string, unknown> =>
  typeof body.parentName === 'string' && body.parentName.trim() === '' ? { ...body, parentName: null } : body;

/** The issuers (cơ quan ban hành) with a form to add one, and the edit form (admins only). */
@Controller('issuers')
@Roles('admin')
export class IssuersPagesController {
  constructor(private readonly issuers: IssuersService) {}

  @Get()
  @Render('pages/issuers/list')
  list(@Query('saved') saved: unknown, @Req() request: FastifyRequest) {
    const lang = localeFor(request);
    return this.listModel(lang, EMPTY, saved === '1' ? translate(lang, 'common.saved') : null);
  }

  @Post()
  async create(
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    const lang = localeFor(request);
    const submission = await submitForm(CreateIssuerDto, withParentNameCleared(body), lang, (dto) => this.issuers.create(dto, user));
    await answerSubmission(request, reply, submission, {
      redirectTo: SAVED,
      template: 'pages/issuers/list',
      model: () => this.listModel(lang, submittedValues(body, FORM_FIELDS), null),
    });
  }

  @Get(':id/edit')
  @Render('pages/issuers/form')
  async editForm(@Param('id', ParseUUIDPipe) id: string, @Req() request: FastifyRequest) {
    return formModel(localeFor(request), id, valuesOf(await this.issuers.get(id)));
  }

  @Post(':id/edit')
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    const lang = localeFor(request);
    const submission = await submitForm(UpdateIssuerDto, withParentNameCleared(body), lang, (dto) => this.issuers.update(id, dto, user));
    await answerSubmission(request, reply, submission, {
      redirectTo: SAVED,
      template: 'pages/issuers/form',
      model: () => formModel(lang, id, submittedValues(body, FORM_FIELDS)),
    });
  }

  private async listModel(lang: Locale, values: IssuerFormValues, flash: string | null) {
    return { title: translate(lang, 'issuers.title'), flash, issuers: await this.issuers.list(), values, alert: null };
  }
}

const formModel = (lang: Locale, id: string, values: IssuerFormValues) => ({
  title: translate(lang, 'issuers.editTitle'),
  issuerId: id,
  values,
  alert: null,
});

const valuesOf = (issuer: IssuerView): IssuerFormValues => ({
  name: issuer.name,
  parentName: issuer.parentName ?? '',
  symbol: issuer.symbol,
  place: issuer.place,
  signerTitle: issuer.signerTitle,
  signerName: issuer.signerName,
});
