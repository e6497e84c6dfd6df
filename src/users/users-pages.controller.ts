import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post, Render } from '@nestjs/common';
import { AccountService, RESET_LINK_HOURS, resetLinkPath, TwoFactorService } from '../auth/index.js';
import { Roles } from '../common/access/decorators.js';
import { Trail } from '../common/views/breadcrumbs.js';
import { FlashQuery, flashMessage } from '../common/views/flash.js';
import type { FieldErrors } from '../common/views/form.js';
import { answerForm, asArray, type FormBody, withoutEmpty } from '../common/views/form-submission.js';
import { QueryOrDefaults } from '../common/views/page-queries.js';
import { type PageAnswer, PageRequest, redirectTo, renderPage } from '../common/views/page-request.js';
import { publicAddress } from '../common/http/public-address.js';
import { RUNTIME, type Runtime } from '../config/runtime.js';
import { IsBoolean } from 'class-validator';
import { translate } from '../i18n/translate.js';
import { IssuersService, issuerDisplayName } from '../issuers/index.js';
import { unitOptions, UnitsService } from '../units/index.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import { UpdateUserDto } from './dto/update-user.dto.js';
import { UsersService, type UserView } from './users.service.js';
import { type AuthUser, type Locale, ROLES } from '../kernel/index.js';

/** What the user form shows back. The password never is. */
interface UserFormValues {
  username: string;
  fullName: string;
  email: string;
  roles: string[];
  unitIds: string[];
  issuerIds: string[];
  locale: string;
  active: boolean;
  mustChangePassword: boolean;
}

/** The page form of the account policy: a checkbox sends "true" or nothing. */
class PolicyForm {
  @IsBoolean()
  adminsNeedTwoFactor!: boolean;
}

const MIN_PASSWORD = 8;

const SAVED = '/users?saved=1';

/** Users: the list with a form to add one, and the edit form (roles, units, active, password reset, language). Admins only. */
@Controller('users')
@Roles('admin')
export class UsersPagesController {
  constructor(
    private readonly users: UsersService,
    private readonly units: UnitsService,
    private readonly issuers: IssuersService,
    private readonly accounts: AccountService,
    private readonly twoFactor: TwoFactorService,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  @Get()
  @Render('pages/users/list')
  list(@QueryOrDefaults(FlashQuery) query: FlashQuery, @PageRequest() { lang, user }: PageRequest) {
    const values: UserFormValues = {
      username: '',
      fullName: '',
      email: '',
      roles: [],
      unitIds: [],
      issuerIds: [],
      locale: 'vi',
      active: true,
      mustChangePassword: false,
    };
    return this.listModel(lang, user, values, flashMessage(lang, query));
  }

  @Post()
  create(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const form = { ...withChoiceLists(body), mustChangePassword: body.mustChangePassword === 'true' };
    return answerForm(page, CreateUserDto, form, (dto) => this.users.create(dto, page.user), {
      redirectTo: SAVED,
      template: 'pages/users/list',
      model: () => this.listModel(page.lang, page.user, submittedValues(body), null),
      errors: (errors) => passwordMessage(errors, body.password, page.lang),
    });
  }

  /** Admins must (or need not) use the second factor. */
  @Post('policy')
  setPolicy(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const form = { adminsNeedTwoFactor: body.adminsNeedTwoFactor === 'true' };
    return answerForm(page, PolicyForm, form, (dto) => this.accounts.setPolicy(dto, page.user), {
      redirectTo: SAVED,
      template: 'pages/users/list',
      model: () => this.listModel(page.lang, page.user, submittedValues({}), null),
    });
  }

  @Trail({ label: 'nav.users', href: '/users' })
  @Get(':id/edit')
  @Render('pages/users/form')
  async editForm(
    @Param('id', ParseUUIDPipe) id: string,
    @QueryOrDefaults(FlashQuery) query: FlashQuery,
    @PageRequest() { lang, user }: PageRequest,
  ) {
    const target = await this.users.get(id);
    return { ...(await this.formModel(lang, user, target, storedValues(target))), flash: flashMessage(lang, query) };
  }

  /** The link, on this answer only: it is not stored, only its hash is. */
  @Trail({ label: 'nav.users', href: '/users' })
  @Post(':id/reset-link')
  async resetLink(@Param('id', ParseUUIDPipe) id: string, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const { token, expiresAt } = await this.accounts.issueResetLink(id, page.user);
    const target = await this.users.get(id);
    const resetLink = {
      url: publicAddress(resetLinkPath(token), page.request, this.runtime.env.PUBLIC_URL),
      expiresAt: expiresAt.toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    };
    return renderPage(
      page,
      'pages/users/form',
      { ...(await this.formModel(page.lang, page.user, target, storedValues(target))), resetLink },
      200,
    );
  }

  @Post(':id/two-factor/reset')
  async resetTwoFactor(@Param('id', ParseUUIDPipe) id: string, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    await this.twoFactor.disable(id, page.user);
    return redirectTo(page, `/users/${id}/edit?saved=1`);
  }

  @Trail({ label: 'nav.users', href: '/users' })
  @Post(':id/edit')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(page, UpdateUserDto, editForm(body), (dto) => this.users.update(id, dto, page.user), {
      redirectTo: SAVED,
      template: 'pages/users/form',
      model: async () => this.formModel(page.lang, page.user, await this.users.get(id), submittedValues(body)),
      errors: (errors) => passwordMessage(errors, body.password, page.lang),
    });
  }

  private async listModel(lang: Locale, user: AuthUser, values: UserFormValues, flash: string | null) {
    const units = await this.units.list(user);
    const unitNames = new Map(units.map((unit) => [unit.id, unit.name]));
    const users = await this.users.list();
    return {
      title: translate(lang, 'users.title'),
      flash,
      users: users.map((u) => ({
        ...u,
        rolesLabel: u.roles.map((role) => translate(lang, `roles.${role}`)).join(', '),
        unitsLabel: u.unitIds.length > 0 ? u.unitIds.map((id) => unitNames.get(id) ?? id).join(', ') : translate(lang, 'common.allUnits'),
        activeLabel: translate(lang, u.active ? 'common.yes' : 'common.no'),
      })),
      ...(await this.choices(lang, user)),
      values,
      alert: null,
      policy: await this.accounts.policy(),
    };
  }

  private async formModel(lang: Locale, user: AuthUser, target: UserView, values: UserFormValues) {
    return {
      title: translate(lang, 'users.editTitle'),
      userId: target.id,
      username: target.username,
      twoFactorOn: target.twoFactorOn,
      resetLinkHours: RESET_LINK_HOURS,
      resetLink: null,
      ...(await this.choices(lang, user)),
      values,
      alert: null,
    };
  }

  /** The roles, units and issuers offered as checkboxes. */
  private async choices(lang: Locale, user: AuthUser) {
    return {
      roleOptions: ROLES.map((role) => ({ value: role, label: translate(lang, `roles.${role}`) })),
      unitOptions: unitOptions(await this.units.list(user)),
      issuerOptions: (await this.issuers.list()).map((issuer) => ({ id: issuer.id, name: issuerDisplayName(issuer) })),
    };
  }
}

/** Roles, units and issuers as lists, whether one box was ticked (a string), several (an array) or none. */
const withChoiceLists = (body: FormBody): FormBody => ({
  ...body,
  roles: asArray(body.roles),
  unitIds: asArray(body.unitIds),
  issuerIds: asArray(body.issuerIds),
});

/** The edit form: an unticked box sends nothing; an empty new password means "keep the current one". */
const editForm = (body: FormBody): FormBody => ({
  ...withoutEmpty(withChoiceLists(body), ['password']),
  active: body.active === 'true',
  mustChangePassword: body.mustChangePassword === 'true',
});

const storedValues = (target: UserView): UserFormValues => ({
  username: target.username,
  fullName: target.fullName,
  email: target.email ?? '',
  roles: target.roles,
  unitIds: target.unitIds,
  issuerIds: target.issuerIds,
  locale: target.locale,
  active: target.active,
  mustChangePassword: target.mustChangePassword,
});

const submittedValues = (body: FormBody): UserFormValues => ({
  username: typeof body.username === 'string' ? body.username : '',
  fullName: typeof body.fullName === 'string' ? body.fullName : '',
  email: typeof body.email === 'string' ? body.email : '',
  roles: asArray(body.roles),
  unitIds: asArray(body.unitIds),
  issuerIds: asArray(body.issuerIds),
  locale: typeof body.locale === 'string' ? body.locale : 'vi',
  active: body.active === 'true',
  mustChangePassword: body.mustChangePassword === 'true',
});

/** The generic "too short" reads "required" (it serves empty names too); a short password gets its own message. */
function passwordMessage(errors: FieldErrors, password: unknown, lang: Locale): FieldErrors {
  if (errors.password && typeof password === 'string' && password.length > 0 && password.length < MIN_PASSWORD) {
    return { ...errors, password: translate(lang, 'users.passwordTooShort') };
  }
  return errors;
}
