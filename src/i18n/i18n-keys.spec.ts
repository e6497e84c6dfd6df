import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Handlebars from 'handlebars';
import ts from 'typescript';
import { PACKAGE_ROOT, TEMPLATES_DIR } from '../config/paths.js';
import { MESSAGE_KEYS } from './message-key.js';

/*
 * The keys the compiler cannot check. `translate` takes a `MessageKey`, but the templates' `{{t "…"}}`
 * are Handlebars, and a key built from a string the compiler does not know passes through
 * `dynamicKey`. This reads every template and every key literal of src/ and names, file and line,
 * each key that has no text in BOTH catalogues (MESSAGE_KEYS holds only those).
 */

interface KeyUse {
  file: string;
  line: number;
  /** The key as written; for a template literal, with `*` where its parts are computed. */
  key: string;
  /** False when a key is written so that it cannot be read (a variable, not a literal). */
  literal: boolean;
}

const filesUnder = (dir: string, suffix: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path, suffix) : entry.name.endsWith(suffix) ? [path] : [];
  });

/** Every use of the `t` helper in a template, mustache (`{{t "k"}}`), block or sub-expression (`(t "k")`). */
export function templateKeyUses(file: string, source: string): KeyUse[] {
  const uses: KeyUse[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (typeof node !== 'object' || node === null) {
      return;
    }
    const candidate = node as {
      type?: string;
      path?: { original?: unknown };
      params?: Array<{ type: string; value?: unknown }>;
      loc?: { start: { line: number } };
    };
    const isCall = candidate.type === 'MustacheStatement' || candidate.type === 'SubExpression' || candidate.type === 'BlockStatement';
    if (isCall && candidate.path?.original === 't') {
      const first = candidate.params?.[0];
      const line = candidate.loc?.start.line ?? 0;
      uses.push(
        first?.type === 'StringLiteral'
          ? { file, line, key: String(first.value), literal: true }
          : { file, line, key: first === undefined ? '(none)' : JSON.stringify(first).slice(0, 80), literal: false },
      );
    }
    Object.values(node).forEach(visit);
  };
  visit(Handlebars.parse(source));
  return uses;
}

/**
 * Every key written in a TypeScript file: the key argument of `translate(locale, key)` and of a local
 * `t(key)`, both branches of a `cond ? 'a.b' : 'c.d'`, a template literal's fixed parts, and the
 * dotted `key: '…'` of an error detail.
 */
export function sourceKeyUses(file: string, source: string): KeyUse[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const uses: KeyUse[] = [];
  const lineOf = (node: ts.Node): number => sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const record = (expression: ts.Expression, requireDot: boolean): void => {
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) {
      if (!requireDot || expression.text.includes('.')) {
        uses.push({ file, line: lineOf(expression), key: expression.text, literal: true });
      }
    } else if (ts.isTemplateExpression(expression)) {
      const key = expression.head.text + expression.templateSpans.map((span) => `*${span.literal.text}`).join('');
      uses.push({ file, line: lineOf(expression), key, literal: true });
    } else if (ts.isConditionalExpression(expression)) {
      record(expression.whenTrue, requireDot);
      record(expression.whenFalse, requireDot);
    } else if (ts.isParenthesizedExpression(expression)) {
      record(expression.expression, requireDot);
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const name = node.expression.text;
      const key = name === 'translate' ? node.arguments[1] : name === 't' ? node.arguments[0] : undefined;
      if (key !== undefined) {
        record(key, false);
      }
    } else if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'key') {
      // Column and problem names (`key: 'staffCode'`) have no dot; a catalogue key always has one.
      record(node.initializer, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return uses;
}

/** A key with `*` for its computed parts matches when some catalogue key fits the pattern. */
function isKnown(key: string, keys: ReadonlySet<string>): boolean {
  if (!key.includes('*')) {
    return keys.has(key);
  }
  const pattern = new RegExp(
    `^${key
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
      .join('.+')}$`,
    'u',
  );
  return [...keys].some((known) => pattern.test(known));
}

/** "file:line key" for each use whose key has no text in both languages, or cannot be read. */
export function unknownKeys(uses: readonly KeyUse[], keys: ReadonlySet<string> = MESSAGE_KEYS): string[] {
  return uses
    .filter((use) => !use.literal || !isKnown(use.key, keys))
    .map((use) => `${relative(PACKAGE_ROOT, use.file)}:${use.line} ${use.literal ? use.key : `not a literal key: ${use.key}`}`);
}

describe('message keys the compiler cannot see', () => {
  const templates = filesUnder(TEMPLATES_DIR, '.hbs');
  const sources = filesUnder(join(PACKAGE_ROOT, 'src'), '.ts').filter((file) => !file.endsWith('.spec.ts'));

  it('finds every {{t}} of a template, in mustaches, blocks and sub-expressions, and reports the unknown ones by file and line', () => {
    const source = [
      '<h1>{{t "staff.title"}}</h1>',
      '{{> field label=(t "staff.nosuch") hint=(t "staff.dateHint")}}',
      '{{#if x}}{{{t "common.nosuch" n=1}}}{{/if}}',
      '{{t someVariable}}',
    ].join('\n');
    const uses = templateKeyUses('/x/page.hbs', source);
    expect(uses.map((use) => use.key)).toEqual([
      'staff.title',
      'staff.nosuch',
      'staff.dateHint',
      'common.nosuch',
      expect.stringContaining('someVariable'),
    ]);
    expect(unknownKeys(uses).map((line) => line.replace(/^.*page\.hbs/u, 'page.hbs'))).toEqual([
      'page.hbs:2 staff.nosuch',
      'page.hbs:3 common.nosuch',
      expect.stringMatching(/^page\.hbs:4 not a literal key: .*someVariable/u),
    ]);
  });

  it('finds the keys of translate(), t(), ternaries, template literals and details in a source file', () => {
    const source = [
      "translate(lang, 'staff.title');",
      "translate(lang, ok ? 'common.yes' : 'common.nosuch');",
      'translate(lang, `history.ratings.${rating}`);',
      'translate(lang, `nosuch.group.${rating}`);',
      "t('law.phrases.noYear');",
      "const detail = { field: 'x', key: 'fieldErrors.nosuch' };",
      "const column = { key: 'staffCode' };",
    ].join('\n');
    const uses = sourceKeyUses('/x/file.ts', source);
    expect(uses.map((use) => use.key)).toEqual([
      'staff.title',
      'common.yes',
      'common.nosuch',
      'history.ratings.*',
      'nosuch.group.*',
      'law.phrases.noYear',
      'fieldErrors.nosuch',
    ]);
    expect(unknownKeys(uses).map((line) => line.replace(/^.*file\.ts/u, 'file.ts'))).toEqual([
      'file.ts:2 common.nosuch',
      'file.ts:4 nosuch.group.*',
      'file.ts:6 fieldErrors.nosuch',
    ]);
  });

  it('every template names only keys that exist in both catalogues', () => {
    expect(templates.length).toBeGreaterThan(10);
    const uses = templates.flatMap((file) => templateKeyUses(file, readFileSync(file, 'utf8')));
    expect(uses.length).toBeGreaterThan(100);
    expect(unknownKeys(uses)).toEqual([]);
  });

  it('every key written in src/ exists in both catalogues', () => {
    const uses = sources.flatMap((file) => sourceKeyUses(file, readFileSync(file, 'utf8')));
    expect(uses.length).toBeGreaterThan(100);
    expect(unknownKeys(uses)).toEqual([]);
  });
});
