import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { type ExecutionContext } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsString, MaxLength, MinLength } from 'class-validator';
import { OutOfScope } from '../errors/domain-error.js';
import { translate } from '../../i18n/translate.js';
import type { AuthUser, Locale } from '../../kernel/index.js';
import { answerForm, answerUpload, type FormAnswer } from './form-submission.js';
import { PageRequest, redirectTo } from './page-request.js';

const ACTOR: AuthUser = { id: 'u1', username: 'nhansu', fullName: 'Nhân Sự', roles: ['hr_officer'], locale: 'vi', scopePaths: null };

/** What a page handler sent through the fake reply. */
interface Sent {
  status: number;
  headers: Record<string, string>;
  view: { template: string; model: Record<string, unknown> } | null;
}

/** A PageRequest over a fake Fastify request and reply. */
function fakePage(lang: Locale = 'vi'): { page: PageRequest; sent: Sent } {
  const sent: Sent = { status: 200, headers: {}, view: null };
  const reply = {
    status(code: number) {
      sent.status = code;
      return reply;
    },
    header(name: string, value: string) {
      sent.headers[name] = value;
      return reply;
    },
    generateCsrf: () => 'csrf-token',
    viewAsync: (template: string, model: Record<string, unknown>) => {
      sent.view = { template, model };
      return Promise.resolve(`<main>${template}</main>`);
    },
  };
  const request = { url: '/units', cookies: {}, user: ACTOR };
  return { page: { lang, request, reply, user: ACTOR } as unknown as PageRequest, sent };
}

class UnitForm {
  @IsString()
  @MinLength(1)
  @MaxLength(20)
  name!: string;

  @Type(() => Number)
  @IsInt()
  floor!: number;
}

const saved = { id: 'n1', name: 'Phòng Đọc' };

const listPage = (overrides: Partial<FormAnswer<UnitForm, typeof saved>> = {}): FormAnswer<UnitForm, typeof saved> => ({
  redirectTo: '/units',
  template: 'pages/units/list',
  model: () => ({ title: 'Đơn vị', values: { name: 'typed' }, alert: null }),
  ...overrides,
});

describe('answerForm', () => {
  it('validation refused: the page again at 400, the errors beside the fields, the alert, the form as typed; nothing saved', async () => {
    const { page, sent } = fakePage();
    const given: UnitForm[] = [];
    const save = (form: UnitForm) => {
      given.push(form);
      return Promise.resolve(saved);
    };
    const html = await answerForm(page, UnitForm, { name: '', floor: 'abc', _csrf: 'x' }, save, listPage());
    expect(given).toEqual([]);
    expect(sent.status).toBe(400);
    expect(html).toBe('<main>pages/units/list</main>');
    expect(sent.view?.model).toMatchObject({
      title: 'Đơn vị',
      values: { name: 'typed' },
      errors: { name: translate('vi', 'fieldErrors.minLength'), floor: translate('vi', 'fieldErrors.invalid') },
      alert: translate('vi', 'common.fixErrors'),
      flash: null,
      ctx: { lang: 'vi', csrfToken: 'csrf-token', user: { username: 'nhansu' } },
    });
  });

  it('in English for an English page', async () => {
    const { page, sent } = fakePage('en');
    await answerForm(page, UnitForm, { name: '', floor: '1' }, () => Promise.resolve(saved), listPage());
    expect(sent.view?.model).toMatchObject({ errors: { name: 'Required.' }, alert: translate('en', 'common.fixErrors') });
  });

  it('refused by the service: the status of its code and its refusal beside the field', async () => {
    const { page, sent } = fakePage();
    await answerForm(
      page,
      UnitForm,
      { name: 'Phòng Đọc', floor: '2' },
      () => Promise.reject(new OutOfScope([{ field: 'unitId', constraint: 'outOfScope', key: 'fieldErrors.outOfScope' }])),
      listPage(),
    );
    expect(sent.status).toBe(403);
    expect(sent.view?.model.errors).toHaveProperty('unitId');
  });

  it('passes the validated value (numbers as numbers) to the service; saved: a 303 with the flash, nothing rendered', async () => {
    const { page, sent } = fakePage();
    const given: UnitForm[] = [];
    const save = (form: UnitForm) => {
      given.push(form);
      return Promise.resolve(saved);
    };
    const answer = await answerForm(page, UnitForm, { name: 'Phòng Đọc', floor: '2', _csrf: 'x' }, save, listPage());
    expect(given).toEqual([Object.assign(new UnitForm(), { name: 'Phòng Đọc', floor: 2 })]);
    expect(answer).toBeUndefined();
    expect(sent).toEqual({ status: 303, headers: { location: '/units?saved=1' }, view: null });
  });

  it('redirects where the saved record says, with the flash of the form', async () => {
    const { page, sent } = fakePage();
    await answerForm(
      page,
      UnitForm,
      { name: 'Phòng Đọc', floor: '2' },
      () => Promise.resolve(saved),
      listPage({ redirectTo: (unit) => `/units/${unit.id}?tab=staff`, flash: 'unit' }),
    );
    expect(sent.headers.location).toBe('/units/n1?tab=staff&saved=unit');
  });

  it('renames the errors as the template names them, and shows a form-level refusal', async () => {
    const { page, sent } = fakePage();
    const prefixed = (errors: Record<string, string>) =>
      Object.fromEntries(Object.entries(errors).map(([field, m]) => [`unit-${field}`, m]));
    await answerForm(
      page,
      UnitForm,
      { name: 'Phòng Đọc', floor: '2' },
      () => Promise.reject(new OutOfScope()),
      listPage({ errors: prefixed, fieldErrors: () => ({ _form: 'Đã có.' }) }),
    );
    expect(sent.status).toBe(403);
    expect(sent.view?.model.errors).toEqual({ 'unit-_form': 'Đã có.' });
  });

  it('sends what the user cannot fix on to the error page', async () => {
    const { page, sent } = fakePage();
    const failure = new Error('database down');
    await expect(answerForm(page, UnitForm, { name: 'A', floor: '1' }, () => Promise.reject(failure), listPage())).rejects.toBe(failure);
    expect(sent.view).toBeNull();
  });

  it('a search form (no redirect) shows its result at 200, without errors or alert', async () => {
    const { page, sent } = fakePage();
    await answerForm(page, UnitForm, { name: 'Phòng', floor: '1' }, (form) => Promise.resolve([form.name]), {
      template: 'pages/units/search',
      model: (search) => ({ found: search.ok ? search.result : [], searched: search.value }),
    });
    expect(sent.status).toBe(200);
    expect(sent.view?.model).toMatchObject({ found: ['Phòng'], searched: { name: 'Phòng', floor: 1 }, errors: {}, alert: null });
  });
});

describe('answerUpload', () => {
  it('answers the result, or the refusal’s page at its status', async () => {
    const { page, sent } = fakePage();
    await expect(
      answerUpload(
        page,
        () => Promise.resolve('counts'),
        () => ({ status: 422, view: 'problems' }),
      ),
    ).resolves.toBe('counts');
    expect(sent.status).toBe(200);
    const refused = await answerUpload(
      page,
      () => Promise.reject(new Error('bad line')),
      () => ({ status: 422, view: 'problems' }),
    );
    expect(refused).toBe('problems');
    expect(sent.status).toBe(422);
  });
});

describe('PageRequest', () => {
  it('gives the language (cookie first), the request, the reply and the signed-in user', () => {
    class Pages {
      show(@PageRequest() _page: PageRequest): void {}
    }
    const args = Reflect.getMetadata(ROUTE_ARGS_METADATA, Pages, 'show') as Record<
      string,
      { factory: (data: unknown, ctx: ExecutionContext) => PageRequest }
    >;
    const { factory } = Object.values(args)[0];
    const request = { cookies: { ct_lang: 'en' }, user: ACTOR };
    const reply = {};
    const context = { switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }) } as unknown as ExecutionContext;
    expect(factory(undefined, context)).toEqual({ lang: 'en', request, reply, user: ACTOR });
  });

  it('redirects with a 303 and leaves the (empty) body to Nest', () => {
    const { page, sent } = fakePage();
    expect(redirectTo(page, '/login')).toBeUndefined();
    expect(sent).toEqual({ status: 303, headers: { location: '/login' }, view: null });
  });
});
