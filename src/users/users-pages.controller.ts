import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Render } from '@nestjs/common';
import { Roles } from '../common/access/decorators.js';
import { FlashQuery, flashMessage } from '../common/views/flash.js';
import type { FieldErrors } from '../common/views/form.js';
import { answerForm, asArray, type FormBody, withoutEmpty } from '../common/views/form-submission.js';
import { QueryOrDefaults } from '../common/views/page-queries.js';
import { type PageAnswer, PageRequest } from '../common/views/page-request.js';
import { translate } from '../i18n/translate.js';
import { unitOptions, UnitsService } from '../units/index.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import { UpdateUserDto } from './dto/update-user.dto.js';
import { UsersService, type UserView } from './users.service.js';
import { type AuthUser, type Locale, ROLES } from '../kernel/index.js';

/** What the user form shows back. The password never is. */
interface UserFormValues {
  username: string;
  fullName: string;
  roles: string[];
  unitIds: string[];
  locale: string;
  active: boolean;
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
  ) {}

  @Get()
  @Render('pages/users/list')
  list(@QueryOrDefaults(FlashQuery) query: FlashQuery, @PageRequest() { lang, user }: PageRequest) {
    const values: UserFormValues = { username: '', fullName: '', roles: [], unitIds: [], locale: 'vi', active: true };
    return this.listModel(lang, user, values, flashMessage(lang, query));
  }

  @Post()
  create(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(page, CreateUserDto, withChoiceLists(body), (dto) => this.users.create(dto, page.user), {
      redirectTo: SAVED,
      template: 'pages/users/list',
      model: () => this.listModel(page.lang, page.user, submittedValues(body), null),
      errors: (errors) => passwordMessage(errors, body.password, page.lang),
    });
  }

  @Get(':id/edit')
  @Render('pages/users/form')
  async editForm(@Param('id', ParseUUIDPipe) id: string, @PageRequest() { lang, user }: PageRequest) {
    const target = await this.users.get(id);
    const values: UserFormValues = {
      username: target.username,
      fullName: target.fullName,
      roles: target.roles,
      unitIds: target.unitIds,
      locale: target.locale,
      active: target.active,
    };
    return this.formModel(lang, user, target, values);
  }

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
    };
  }

  private async formModel(lang: Locale, user: AuthUser, target: UserView, values: UserFormValues) {
    return {
      title: translate(lang, 'users.editTitle'),
      userId: target.id,
      username: target.username,
      ...(await this.choices(lang, user)),
      values,
      alert: null,
    };
  }

  /** The roles and units offered as checkboxes. */
  private async choices(lang: Locale, user: AuthUser) {
    return {
      roleOptions: ROLES.map((role) => ({ value: role, label: translate(lang, `roles.${role}`) })),
      unitOptions: unitOptions(await this.units.list(user)),
    };
  }
}

/** Roles and units as lists, whether one box was ticked (a string), several (an array) or none. */
const withChoiceLists = (body: FormBody): FormBody => ({
  ...body,
  roles: asArray(body.roles),
  unitIds: asArray(body.unitIds),
});

/** The edit form: an unticked box sends nothing; an empty new password means "keep the current one". */
const editForm = (body: FormBody): FormBody => ({ ...withoutEmpty(withChoiceLists(body), ['password']), active: body.active === 'true' });

const submittedValues = (body: FormBody): UserFormValues => ({
  username: typeof body.username === 'string' ? body.username : '',
  fullName: typeof body.fullName === 'string' ? body.fullName : '',
  roles: asArray(body.roles),
  unitIds: asArray(body.unitIds),
  locale: typeof body.locale === 'string' ? body.locale : 'vi',
  active: body.active === 'true',
});

/** The generic "too short" reads "required" (it serves empty names too); a short password gets its own message. */
function passwordMessage(errors: FieldErrors, password: unknown, lang: Locale): FieldErrors {
  if (errors.password && typeof password === 'string' && password.length > 0 && password.length < MIN_PASSWORD) {
    return { ...errors, password: translate(lang, 'users.passwordTooShort') };
  }
  return errors;
}
