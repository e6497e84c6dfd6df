#!/usr/bin/env node
// One-off codemod: a production file that imports another feature's internals
// (`../units/units.service.js`) imports the same names from that feature's public index instead
// (`../units/index.js`), merged into one import per index. Specs and test/ are left as they are
// (tests may reach inside a feature). Idempotent: run it again after a merge conflict.
//
//   node scripts/repoint-feature-imports.mjs                 every production file under src/
//   node scripts/repoint-feature-imports.mjs src/a.ts …      only these files
//
// Then `npx tsc --noEmit -p tsconfig.json`: a name the index does not export yet fails there (the
// script also names it), and `npx prettier --write` on the files it changed.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');
/** The folders of src/ that are not features (eslint.layers.js). */
const LAYERS = new Set(['kernel', 'law', 'common', 'config', 'database', 'i18n']);
const DECLARATION = /^(import|export)\s([^;]*?)\sfrom\s+'(\.[^']+)';\n?/gm;

const featureOf = (path) => {
  const [first, ...rest] = relative(SRC, path).split(sep);
  return rest.length > 0 && first !== '..' && !LAYERS.has(first) ? first : null;
};
const relativeSpec = (fromFile, toFile) => {
  const spec = relative(dirname(fromFile), toFile).split(sep).join('/').replace(/\.ts$/, '.js');
  return spec.startsWith('.') ? spec : `./${spec}`;
};

/** The named items of `{ a, type B as C }` with `type` written inline when the whole import is type-only. */
const namedItems = (clause) => {
  const typeOnly = clause.startsWith('type ');
  const braces = /^(?:type\s+)?\{([^}]*)\}$/.exec(clause.trim());
  if (!braces) {
    return null;
  }
  return braces[1]
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => (typeOnly && !item.startsWith('type ') ? `type ${item}` : item));
};

export function repoint(file, text) {
  const importer = featureOf(file);
  if (!importer) {
    return { text, moved: [] };
  }
  const moved = [];
  const merged = new Map(); // index spec → named items, for the imports we rewrote
  let out = text.replace(DECLARATION, (whole, keyword, clause, spec) => {
    const target = join(dirname(file), spec.replace(/\.js$/, '.ts'));
    const feature = featureOf(target);
    const index = join(SRC, feature ?? '', 'index.ts');
    if (!feature || feature === importer || target === index) {
      return whole;
    }
    const indexSpec = relativeSpec(file, index);
    const items = keyword === 'import' ? namedItems(clause) : null;
    moved.push({ feature, names: items ?? [clause], from: spec });
    if (!items) {
      return `${keyword} ${clause} from '${indexSpec}';\n`;
    }
    const first = !merged.has(indexSpec);
    merged.set(indexSpec, [...(merged.get(indexSpec) ?? []), ...items]);
    return first ? `\u0000${indexSpec}\u0000\n` : '';
  });
  // One import per index, in the place of the first one, its names sorted as the codebase does.
  for (const [indexSpec, items] of merged) {
    const existing = new RegExp(`^import \\{([^}]*)\\} from '${indexSpec.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}';\\n`, 'm');
    const already = existing.exec(out);
    if (already) {
      items.push(...namedItems(`{${already[1]}}`));
      out = out.replace(existing, '');
    }
    const sorted = [...new Set(items)].sort((a, b) =>
      a.replace(/^type /, '').localeCompare(b.replace(/^type /, ''), 'en', { sensitivity: 'base' }),
    );
    // Types only: `import type`, so the index is not loaded at run time just for them.
    const typesOnly = sorted.every((item) => item.startsWith('type '));
    const clause = typesOnly ? `type { ${sorted.map((item) => item.replace(/^type /, '')).join(', ')} }` : `{ ${sorted.join(', ')} }`;
    out = out.replace(`\u0000${indexSpec}\u0000`, `import ${clause} from '${indexSpec}';`);
  }
  return { text: out, moved };
}

function productionSources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return name === 'testing' ? [] : productionSources(path);
    }
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Names an index does not export (yet): a plain text check, tsc has the last word. */
function missingFromIndex(feature, names) {
  const index = join(SRC, feature, 'index.ts');
  const exported = existsSync(index) ? readFileSync(index, 'utf8') : '';
  return names
    .map((item) => item.replace(/^type\s+/, '').split(/\s+as\s+/)[0])
    .filter((name) => /^\w+$/.test(name) && !new RegExp(`\\b${name}\\b`).test(exported));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = process.argv.length > 2 ? process.argv.slice(2).map((file) => join(ROOT, file)) : productionSources(SRC);
  for (const file of files) {
    const before = readFileSync(file, 'utf8');
    const { text, moved } = repoint(file, before);
    if (text === before) {
      continue;
    }
    writeFileSync(file, text);
    console.log(`${relative(ROOT, file)}: ${moved.map((m) => `${m.from} → ${m.feature}/index`).join(', ')}`);
    for (const { feature, names } of moved) {
      for (const name of missingFromIndex(feature, names)) {
        console.log(`  add ${name} to src/${feature}/index.ts`);
      }
    }
  }
}
