import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ValidationFailed } from '../errors/domain-error.js';
import { parsePageQuery } from './page-queries.js';

class ListQuery {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  page = 1;

  @IsOptional()
  @IsIn(['active', 'left'])
  status?: 'active' | 'left';
}

describe('parsePageQuery', () => {
  it('parses through the DTO: numbers as numbers, the defaults where absent', async () => {
    await expect(parsePageQuery(ListQuery, { page: '3', status: 'left' }, 'default')).resolves.toEqual(
      Object.assign(new ListQuery(), { page: 3, status: 'left' }),
    );
    await expect(parsePageQuery(ListQuery, {}, 'default')).resolves.toEqual(new ListQuery());
    await expect(parsePageQuery(ListQuery, undefined, 'refuse')).resolves.toEqual(new ListQuery());
  });

  it('drops parameters the DTO does not know (a CSRF token, a mail tag) instead of refusing them', async () => {
    const parsed = await parsePageQuery(ListQuery, { page: '2', _csrf: 'x', utm_source: 'mail' }, 'refuse');
    expect(parsed).toEqual(Object.assign(new ListQuery(), { page: 2 }));
    expect(parsed).not.toHaveProperty('_csrf');
  });

  it('default: a value that does not pass takes its field’s default, the others are kept', async () => {
    await expect(parsePageQuery(ListQuery, { page: 'abc', status: 'left' }, 'default')).resolves.toEqual(
      Object.assign(new ListQuery(), { page: 1, status: 'left' }),
    );
    const parsed = await parsePageQuery(ListQuery, { page: '2', status: 'gone' }, 'default');
    expect(parsed).toMatchObject({ page: 2 });
    expect(parsed.status).toBeUndefined();
  });

  it('refuse: a value that does not pass is a 400 naming the field', async () => {
    const refused = parsePageQuery(ListQuery, { page: '0' }, 'refuse');
    await expect(refused).rejects.toBeInstanceOf(ValidationFailed);
    await expect(refused).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'page', constraint: 'min' }] });
  });
});
