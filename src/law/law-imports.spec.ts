import ts from 'typescript';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? tsFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const isProduction = (file: string): boolean => !file.endsWith('.spec.ts') && !file.split('/').includes('testing');

/** Every module a file imports, resolved to a path under src/ when relative, as written otherwise. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/gu)].map(([, spec]) =>
    spec.startsWith('.') ? relative(SRC, resolve(dirname(file), spec)) : spec,
  );
}

describe('the law stands apart from its adapter', () => {
  it('production files of src/law import only the law itself and the kernel (no i18n, no feature, no framework)', () => {
    const outside = tsFiles(join(SRC, 'law'))
      .filter(isProduction)
      .flatMap((file) => importsOf(file).map((target) => `${relative(SRC, file)} → ${target}`))
      .filter((line) => !/→ (law|kernel)\//u.test(line));
    expect(outside).toEqual([]);
  });

  it('no production file anywhere imports the spec factories (src/**/testing/, left out of the build)', () => {
    const imports = tsFiles(SRC)
      .filter(isProduction)
      .flatMap((file) => importsOf(file).map((target) => `${relative(SRC, file)} → ${target}`))
      .filter((line) => /→ .*\btesting\//u.test(line));
    expect(imports).toEqual([]);
    const buildConfig = ts.parseConfigFileTextToJson('tsconfig.build.json', readFileSync(join(SRC, '..', 'tsconfig.build.json'), 'utf8'));
    expect((buildConfig.config as { exclude: string[] }).exclude).toContain('src/**/testing/**');
  });
});
