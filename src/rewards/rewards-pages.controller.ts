import { Body, Controller, Get, Post, Render } from '@nestjs/common';
import { Roles } from '../common/access/decorators.js';
import { FlashQuery, flashMessage } from '../common/views/flash.js';
import { answerForm, type FormBody, submittedValues } from '../common/views/form-submission.js';
import { QueryOrDefaults } from '../common/views/page-queries.js';
import { type PageAnswer, PageRequest } from '../common/views/page-request.js';
import { translate } from '../i18n/translate.js';
import { type Locale } from '../kernel/index.js';
import { CreateBaseSalaryDto } from './dto/create-base-salary.dto.js';
import { RewardsService } from './rewards.service.js';

const FORM_FIELDS = ['effectiveFrom', 'amount', 'legalBasis'] as const;
type BaseSalaryFormValues = Record<(typeof FORM_FIELDS)[number], string> & { toConfirm: boolean };
const EMPTY: BaseSalaryFormValues = { effectiveFrom: '', amount: '', legalBasis: '', toConfirm: false };

const MONEY = new Intl.NumberFormat('vi-VN');

/** "2.340.000" or "2 340 000" as people write sums: a whole number; anything else as typed, for the DTO to refuse. */
const typedAmount = (value: unknown): unknown => {
  if (typeof value !== 'string') {
    return value;
  }
  const digits = value.trim().replace(/[.,\s\u00a0]/gu, '');
  return /^\d{1,10}$/u.test(digits) ? Number(digits) : value;
};

/**
 * The base salary (mức lương cơ sở) by the day it applies from, which reward sums are multiples of,
 * and a form to add a new amount from a date (admins only). Past amounts stay: a reward is
 * reckoned with the amount in force on its decision's date.
 */
@Controller('base-salaries')
@Roles('admin')
export class RewardsPagesController {
  constructor(private readonly rewards: RewardsService) {}

  @Get()
  @Render('pages/rewards/base-salaries')
  list(@QueryOrDefaults(FlashQuery) query: FlashQuery, @PageRequest() { lang }: PageRequest) {
    return this.listModel(lang, EMPTY, flashMessage(lang, query));
  }

  @Post()
  add(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const json = {
      effectiveFrom: body.effectiveFrom,
      amount: typedAmount(body.amount),
      legalBasis: body.legalBasis,
      toConfirm: body.toConfirm === 'on',
    };
    return answerForm(page, CreateBaseSalaryDto, json, (dto) => this.rewards.addBaseSalary(dto, page.user), {
      redirectTo: '/base-salaries',
      anchor: 'base-salaries',
      template: 'pages/rewards/base-salaries',
      model: () => this.listModel(page.lang, { ...submittedValues(body, FORM_FIELDS), toConfirm: body.toConfirm === 'on' }, null),
    });
  }

  private async listModel(lang: Locale, values: BaseSalaryFormValues, flash: string | null) {
    const salaries = await this.rewards.listBaseSalaries();
    return {
      title: translate(lang, 'baseSalaryPages.title'),
      flash,
      // Newest first: the amount in force today heads the table.
      salaries: [...salaries].reverse().map((salary) => ({ ...salary, amountText: MONEY.format(salary.amount) })),
      values,
      alert: null,
    };
  }
}
