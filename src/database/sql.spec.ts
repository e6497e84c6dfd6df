import { execute, one, type Param, type Queryable, row, rows, sql } from './sql.js';

describe('sql: placeholders numbered as fragments compose', () => {
  it('numbers values $1… in order of appearance and keeps them apart from the text', () => {
    expect(sql`SELECT * FROM staff WHERE code = ${'NV1'} AND year = ${2024}`.compile()).toEqual({
      text: 'SELECT * FROM staff WHERE code = $1 AND year = $2',
      values: ['NV1', 2024],
    });
  });

  it('has no placeholder and no value when nothing is interpolated', () => {
    expect(sql`SELECT 1`.compile()).toEqual({ text: 'SELECT 1', values: [] });
  });

  it('continues the numbering through a fragment, whatever it was numbered on its own', () => {
    const scope = sql`u.path LIKE ANY(${['/a/%']}::text[])`;
    expect(scope.compile()).toEqual({ text: 'u.path LIKE ANY($1::text[])', values: [['/a/%']] });
    expect(sql`SELECT ${1} FROM units u WHERE ${scope} AND u.id = ${'x'}`.compile()).toEqual({
      text: 'SELECT $1 FROM units u WHERE u.path LIKE ANY($2::text[]) AND u.id = $3',
      values: [1, ['/a/%'], 'x'],
    });
  });

  it('numbers fragments nested several levels deep in reading order', () => {
    const inner = sql`c = ${3}`;
    const middle = sql`b = ${2} AND (${inner}) AND d = ${4}`;
    const query = sql`SELECT WHERE a = ${1} AND (${middle}) AND e = ${5}`;
    expect(query.compile()).toEqual({
      text: 'SELECT WHERE a = $1 AND (b = $2 AND (c = $3) AND d = $4) AND e = $5',
      values: [1, 2, 3, 4, 5],
    });
  });

  it('numbers a fragment afresh each time it is used, so one fragment serves twice in a query', () => {
    const window = sql`year <= ${2024}`;
    expect(sql`${window} UNION ${window}`.compile()).toEqual({ text: 'year <= $1 UNION year <= $2', values: [2024, 2024] });
  });

  it('gives a value used twice a placeholder per use (PostgreSQL deduces one type per placeholder)', () => {
    const day = '2024-01-01';
    expect(sql`(${day}::date IS NULL OR d >= ${day}::date)`.compile()).toEqual({
      text: '($1::date IS NULL OR d >= $2::date)',
      values: [day, day],
    });
  });

  it('compiles the same query to the same text and values every time', () => {
    const query = sql`a = ${1} AND ${sql`b = ${2}`}`;
    expect(query.compile()).toEqual(query.compile());
  });

  it('sends an array as one parameter, never spread into a list', () => {
    const ids = ['a', 'b', 'c'];
    expect(sql`WHERE id = ANY(${ids}::uuid[]) AND n = ${7}`.compile()).toEqual({
      text: 'WHERE id = ANY($1::uuid[]) AND n = $2',
      values: [ids, 7],
    });
  });

  it('sends an empty array as one parameter too', () => {
    expect(sql`WHERE id = ANY(${[]}::uuid[])`.compile()).toEqual({ text: 'WHERE id = ANY($1::uuid[])', values: [[]] });
  });

  it('sends null, booleans, dates and arrays with nulls as values', () => {
    const at = new Date('2024-05-01T00:00:00Z');
    expect(sql`VALUES (${null}, ${true}, ${at}, ${['x', null]})`.compile()).toEqual({
      text: 'VALUES ($1, $2, $3, $4)',
      values: [null, true, at, ['x', null]],
    });
  });

  it('leaves nothing, and takes no number, for an empty fragment', () => {
    const search: string | null = null;
    const condition = search === null ? sql.empty : sql`AND s.search_text LIKE ${search}`;
    expect(sql`WHERE a = ${1} ${condition} AND b = ${2}`.compile()).toEqual({ text: 'WHERE a = $1  AND b = $2', values: [1, 2] });
    expect(sql`${sql.empty}`.compile()).toEqual({ text: '', values: [] });
  });

  it('takes an optional condition in when it is there', () => {
    const search: string | null = '%an%';
    const condition = search === null ? sql.empty : sql`AND s.search_text LIKE ${search}`;
    expect(sql`WHERE a = ${1} ${condition} AND b = ${2}`.compile()).toEqual({
      text: 'WHERE a = $1 AND s.search_text LIKE $2 AND b = $3',
      values: [1, '%an%', 2],
    });
  });

  describe('sql.raw', () => {
    it('puts trusted text in as SQL, with no placeholder', () => {
      expect(sql`SELECT ${sql.raw('a.year, a.rating')} FROM appraisals a WHERE a.id = ${'x'}`.compile()).toEqual({
        text: 'SELECT a.year, a.rating FROM appraisals a WHERE a.id = $1',
        values: ['x'],
      });
    });

    it('keeps "$1" written inside raw text as text: the numbering does not look into it', () => {
      expect(sql`${sql.raw("'$1'")} = ${'a'}`.compile()).toEqual({ text: "'$1' = $1", values: ['a'] });
    });
  });

  describe('sql.identifier', () => {
    it('quotes a column chosen at run time', () => {
      expect(sql`WHERE ar.${sql.identifier('staff_id')} = ANY(${['a']}::uuid[])`.compile()).toEqual({
        text: 'WHERE ar."staff_id" = ANY($1::uuid[])',
        values: [['a']],
      });
    });

    it('joins qualified names with dots and doubles quotes inside a name', () => {
      expect(sql.identifier('ar', 'unit_id').compile().text).toBe('"ar"."unit_id"');
      expect(sql.identifier('odd"name').compile().text).toBe('"odd""name"');
    });
  });

  describe('sql.join', () => {
    it('puts the separator between fragments and numbers their values in order', () => {
      const columns = [sql`a = ${1}`, sql.raw('b'), sql`c = ${2}`];
      expect(sql`SELECT ${sql.join(columns)} WHERE d = ${3}`.compile()).toEqual({
        text: 'SELECT a = $1, b, c = $2 WHERE d = $3',
        values: [1, 2, 3],
      });
    });

    it('takes a separator of its own, itself a fragment', () => {
      expect(sql.join([sql`x = ${1}`, sql`y = ${2}`], sql` AND `).compile()).toEqual({ text: 'x = $1 AND y = $2', values: [1, 2] });
    });

    it('gives one fragment alone, and nothing for none', () => {
      expect(sql.join([sql`x = ${1}`]).compile()).toEqual({ text: 'x = $1', values: [1] });
      expect(sql`(${sql.join([])})`.compile()).toEqual({ text: '()', values: [] });
    });
  });
});

describe('rows, row, one, execute: the query run on the manager it is given', () => {
  const managerAnswering = (answer: unknown) => {
    const calls: Array<[string, Param[]]> = [];
    const manager: Queryable = {
      query: (text, values) => {
        calls.push([text, values ?? []]);
        return Promise.resolve(answer);
      },
    };
    return { manager, calls };
  };

  it('sends the compiled text and values and answers the rows', async () => {
    const { manager, calls } = managerAnswering([{ id: 'a' }, { id: 'b' }]);
    await expect(rows<{ id: string }>(manager, sql`SELECT id FROM units WHERE code = ${'HC'}`)).resolves.toEqual([
      { id: 'a' },
      { id: 'b' },
    ]);
    expect(calls).toEqual([['SELECT id FROM units WHERE code = $1', ['HC']]]);
  });

  it('answers the rows of UPDATE … RETURNING, which TypeORM hands over as [rows, affected count]', async () => {
    const { manager } = managerAnswering([[{ id: 'a' }], 1]);
    await expect(rows<{ id: string }>(manager, sql`UPDATE units SET name = ${'x'} RETURNING id`)).resolves.toEqual([{ id: 'a' }]);
  });

  it('answers no rows for an UPDATE that touched nothing', async () => {
    const { manager } = managerAnswering([[], 0]);
    await expect(rows(manager, sql`UPDATE units SET name = ${'x'} WHERE false RETURNING id`)).resolves.toEqual([]);
  });

  it('row: the first row, or undefined when there is none', async () => {
    await expect(row(managerAnswering([{ n: 1 }, { n: 2 }]).manager, sql`SELECT n`)).resolves.toEqual({ n: 1 });
    await expect(row(managerAnswering([]).manager, sql`SELECT n`)).resolves.toBeUndefined();
  });

  it('one: the only row, and an error naming the query when there are none or several', async () => {
    await expect(one(managerAnswering([{ n: 1 }]).manager, sql`SELECT count(*) AS n`)).resolves.toEqual({ n: 1 });
    await expect(one(managerAnswering([]).manager, sql`SELECT n FROM t WHERE id = ${'x'}`)).rejects.toThrow(
      'Expected exactly one row, got 0: SELECT n FROM t WHERE id = $1',
    );
    await expect(one(managerAnswering([{ n: 1 }, { n: 2 }]).manager, sql`SELECT n`)).rejects.toThrow('got 2');
  });

  it('execute: sends the statement and answers nothing', async () => {
    const { manager, calls } = managerAnswering([[], 3]);
    await expect(execute(manager, sql`DELETE FROM user_units WHERE user_id = ${'u'}`)).resolves.toBeUndefined();
    expect(calls).toEqual([['DELETE FROM user_units WHERE user_id = $1', ['u']]]);
  });
});
