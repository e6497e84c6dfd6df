import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Handlebars from 'handlebars';
import { dynamicKey, translate } from '../../i18n/translate.js';
import { type Locale } from '../../kernel/index.js';

type HelperOptions = Handlebars.HelperOptions & { data: { root: Record<string, unknown> } };

const localeOf = (options: HelperOptions): Locale => {
  const ctx = options.data.root.ctx as { lang?: Locale } | undefined;
  return ctx?.lang ?? 'vi';
};

const escape = (value: unknown): string => Handlebars.Utils.escapeExpression(String(value));

/** dd/mm/yyyy, as Vietnamese forms write dates; '' for none. */
export function displayDate(value: unknown): string {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  const iso = value instanceof Date ? value.toISOString() : String(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/**
 * An isolated Handlebars instance in strict mode (a missing field throws instead of printing
 * nothing), with the helpers every page uses registered in one place.
 */
export function createHandlebars(): typeof Handlebars {
  const hbs = Handlebars.create();
  // Templates cannot be typed: their keys are checked by i18n-keys.spec.ts, and at run time here
  // (an unknown one prints itself, as `translate` would, so a missing text shows on the page).
  hbs.registerHelper('t', function (this: unknown, key: string, options: HelperOptions) {
    const known = dynamicKey(key);
    return known ? translate(localeOf(options), known, options.hash as Record<string, unknown>) : key;
  });
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('not', (a: unknown) => !a);
  hbs.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  hbs.registerHelper('includes', (list: unknown, value: unknown) => Array.isArray(list) && list.includes(value));
  hbs.registerHelper('date', (value: unknown) => displayDate(value));
  hbs.registerHelper('json', (value: unknown) => JSON.stringify(value ?? null));
  hbs.registerHelper('get', (object: unknown, key: string) =>
    typeof object === 'object' && object !== null ? ((object as Record<string, unknown>)[key] ?? null) : null,
  );
  // A menu link's marks: "page" on the page itself, "true" on the entry of the section the page is in.
  hbs.registerHelper('navCurrent', (href: string, options: HelperOptions) => {
    const ctx = options.data.root.ctx as { path?: string; section?: string | null } | undefined;
    if (!ctx || ctx.section !== href) {
      return '';
    }
    const exact = (ctx.path ?? '').split(/[?#]/u)[0] === href;
    return new hbs.SafeString(` aria-current="${exact ? 'page' : 'true'}" class="current"`);
  });
  // Error text beside a form field, read from the page's `errors` map (field → message).
  hbs.registerHelper('fieldError', (field: string, options: HelperOptions) => {
    const errors = (options.data.root.errors ?? {}) as Record<string, string>;
    const message = errors[field];
    return message ? new hbs.SafeString(`<p class="field-error" id="${escape(field)}-error">${escape(message)}</p>`) : '';
  });
  // The errors of the page's `errors` map as links to their fields, for the error summary (the form-wide
  // one, `_form`, has no field: the summary says it in its alert). Named after the labels once rendered.
  hbs.registerHelper('errorLinks', (options: HelperOptions) => {
    const errors = (options.data.root.errors ?? {}) as Record<string, string>;
    const items = Object.entries(errors)
      .filter(([field, message]) => field !== '_form' && Boolean(message))
      .map(([field, message]) => `<li><a href="#${escape(field)}" data-error-for="${escape(field)}">${escape(message)}</a></li>`);
    return items.length === 0 ? '' : new hbs.SafeString(`<ul class="error-links">${items.join('')}</ul>`);
  });
  // aria attributes for a field that has an error, so screen readers announce it.
  hbs.registerHelper('invalidAttrs', (field: string, options: HelperOptions) => {
    const errors = (options.data.root.errors ?? {}) as Record<string, string>;
    return errors[field] ? new hbs.SafeString(`aria-invalid="true" aria-describedby="${escape(field)}-error"`) : '';
  });
  return hbs;
}

/** Every `templates/partials/**\/*.hbs`, named by path without the extension ("form/field"). */
export function loadPartials(templatesDir: string): Record<string, string> {
  const dir = join(templatesDir, 'partials');
  const partials: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        walk(path);
      } else if (entry.name.endsWith('.hbs')) {
        partials[relative(dir, path).replace(/\.hbs$/u, '')] = readFileSync(path, 'utf8');
      }
    }
  };
  walk(dir);
  return partials;
}
