import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Render } from '@nestjs/common';
import { FlashQuery } from '../common/views/flash.js';
import { answerForm, type FormBody } from '../common/views/form-submission.js';
import { QueryOrDefaults } from '../common/views/page-queries.js';
import { type PageAnswer, PageRequest } from '../common/views/page-request.js';
import { pageDateText } from '../common/validation/page-date.js';
import { translate } from '../i18n/translate.js';
import { type AuthUser, type Locale } from '../kernel/index.js';
import { todayInVietnam } from './decision-number.js';
import { IssueDecisionDto } from './dto/issue-decision.dto.js';
import { IssuingService } from './issuing.service.js';

interface IssueFormValues {
  signedOn: string;
  number: string;
}

const MONEY = new Intl.NumberFormat('vi-VN');

/** "07" or " 7 " as a clerk types a register number: a whole number; anything else as typed, for the DTO to refuse; empty: none. */
const typedNumber = (value: unknown): unknown => {
  if (typeof value !== 'string') {
    return value;
  }
  const trimmed = value.trim();
  if (trimmed === '') {
    return undefined;
  }
  return /^\d{1,5}$/u.test(trimmed) ? Number(trimmed) : value;
};

/**
 * The issuing step of the wizard, without JavaScript: the signing date (and, where the issuer keeps
 * its own register, the number typed from it), then the decision as issued with its number. Who may
 * issue is the service's check (admins, the issuer's clerks): anyone else gets the 403 page.
 */
@Controller('decisions')
export class IssuingPagesController {
  constructor(private readonly issuing: IssuingService) {}

  @Get(':id/issue')
  @Render('pages/decisions/issue')
  async form(
    @Param('id', ParseUUIDPipe) id: string,
    @QueryOrDefaults(FlashQuery) query: FlashQuery,
    @PageRequest() { lang, user }: PageRequest,
  ) {
    const values = { signedOn: pageDateText(todayInVietnam()), number: '' };
    return { ...(await this.model(id, lang, user, values)), justIssued: query.saved === '1' };
  }

  @Post(':id/issue')
  issue(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const form = { signedOn: body.signedOn, number: typedNumber(body.number) };
    const values = {
      signedOn: typeof body.signedOn === 'string' ? body.signedOn : '',
      number: typeof body.number === 'string' ? body.number : '',
    };
    return answerForm(page, IssueDecisionDto, form, (dto) => this.issuing.issue(id, dto, page.user), {
      redirectTo: `/decisions/${id}/issue`,
      template: 'pages/decisions/issue',
      model: () => this.model(id, page.lang, page.user, values),
    });
  }

  private async model(id: string, lang: Locale, user: AuthUser, values: IssueFormValues) {
    const decision = await this.issuing.summary(id, user);
    return {
      title: translate(lang, 'issuing.pageTitle'),
      decision: {
        ...decision,
        issued: decision.state === 'issued',
        manual: decision.numberingMode === 'manual',
        totalText: decision.totalAmount === null ? null : MONEY.format(decision.totalAmount),
      },
      values,
      justIssued: false,
      alert: null,
    };
  }
}
