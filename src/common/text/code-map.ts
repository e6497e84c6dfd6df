/**
 * A map by staff or unit code that finds `tvvp-101` under `TVVP-101`: codes are one whatever their
 * case, as the unique indexes on lower(code) say. Codes are unaccented ASCII, so lower-casing is the
 * same in JavaScript and PostgreSQL.
 */
export class CodeMap<V> extends Map<string, V> {
  constructor(entries: Iterable<readonly [string, V]> = []) {
    super();
    for (const [code, value] of entries) {
      this.set(code, value);
    }
  }

  override get(code: string): V | undefined {
    return super.get(code.toLowerCase());
  }

  override has(code: string): boolean {
    return super.has(code.toLowerCase());
  }

  override set(code: string, value: V): this {
    return super.set(code.toLowerCase(), value);
  }

  override delete(code: string): boolean {
    return super.delete(code.toLowerCase());
  }
}
