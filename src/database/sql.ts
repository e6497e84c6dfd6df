/**
 * SQL written where it is read: `sql\`… WHERE u.id = ${id} AND ${condition}\``. Values never enter
 * the text; each `${value}` becomes the next `$n` when the whole query is compiled, so fragments
 * compose (and nest) without anyone counting placeholders by hand. A fragment interpolated into
 * another is SQL; anything else is one parameter (an array too: `= ANY(${ids}::uuid[])`).
 *
 * Every interpolation is a placeholder of its own, even of a value used twice: PostgreSQL deduces
 * one type per placeholder, so `${x}::date IS NULL OR d >= ${x}::date` stays as typed as written.
 * Text that is not a value (a column chosen at run time) goes in only through `sql.identifier`
 * (quoted) or `sql.raw` (trusted, written in the code).
 *
 * Why not Kysely's `sql`: it compiles only through a Kysely instance (dialect, driver, adapter) and
 * runs on its own executor, while every query here must run on a TypeORM EntityManager (the one of
 * the caller's transaction). What we need of it fits in this file.
 */
export class Sql {
  /** @internal use the `sql` tag, `sql.raw` or `sql.identifier`. */
  constructor(
    private readonly strings: readonly string[],
    private readonly values: readonly SqlValue[],
  ) {}

  /** The text with `$1…$n` in order of appearance, and the parameters in that order. */
  compile(): { text: string; values: Param[] } {
    const values: Param[] = [];
    return { text: this.render(values), values };
  }

  private render(values: Param[]): string {
    let text = this.strings[0];
    for (let i = 0; i < this.values.length; i++) {
      const value = this.values[i];
      text += (value instanceof Sql ? value.render(values) : `$${values.push(value)}`) + this.strings[i + 1];
    }
    return text;
  }
}

/** What node-postgres sends as one parameter. `undefined` is not one of them: say `null`. */
export type Param = string | number | bigint | boolean | Date | null | readonly Param[];
export type SqlValue = Param | Sql;

const raw = (text: string): Sql => new Sql([text], []);

/** Double quotes around each part, inner quotes doubled: `"ar"."staff_id"`. */
const identifier = (...parts: string[]): Sql => raw(parts.map((part) => `"${part.replaceAll('"', '""')}"`).join('.'));

/** The fragments one after another with `separator` between them (`, ` unless told). */
const join = (fragments: readonly Sql[], separator: Sql = raw(', ')): Sql => {
  const parts = fragments.flatMap((fragment, i) => (i === 0 ? [fragment] : [separator, fragment]));
  return new Sql(Array<string>(parts.length + 1).fill(''), parts);
};

export const sql = Object.assign((strings: TemplateStringsArray, ...values: SqlValue[]): Sql => new Sql(strings, values), {
  /** SQL text taken as it is: for text written in the code, never for what a user typed. */
  raw,
  identifier,
  join,
  /** Nothing: the other branch of an optional condition. */
  empty: raw(''),
});

/** What the helpers need of a TypeORM EntityManager; inside a transaction, pass that transaction's manager. */
export interface Queryable {
  query: (text: string, parameters?: Param[]) => Promise<unknown>;
}

/** The rows the query returns, typed as the caller says they are (the aliases of its SELECT list). */
export async function rows<T extends object>(manager: Queryable, query: Sql): Promise<T[]> {
  const { text, values } = query.compile();
  const result: unknown = await manager.query(text, values);
  // TypeORM answers UPDATE and DELETE with [rows, affected count], every other statement with the
  // rows (objects, never arrays: so the two cannot be mistaken for each other).
  return (isCountedResult(result) ? result[0] : result) as T[];
}

/** The first row, or undefined when there is none. */
export async function row<T extends object>(manager: Queryable, query: Sql): Promise<T | undefined> {
  return (await rows<T>(manager, query))[0];
}

/** The only row: for queries that always answer exactly one (an aggregate, an upsert's RETURNING). */
export async function one<T extends object>(manager: Queryable, query: Sql): Promise<T> {
  const found = await rows<T>(manager, query);
  if (found.length !== 1) {
    throw new Error(`Expected exactly one row, got ${found.length}: ${query.compile().text.trim().slice(0, 120)}`);
  }
  return found[0];
}

/** Runs a statement whose answer nobody reads. */
export async function execute(manager: Queryable, query: Sql): Promise<void> {
  const { text, values } = query.compile();
  await manager.query(text, values);
}

const isCountedResult = (result: unknown): result is [unknown[], number] =>
  Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number';
