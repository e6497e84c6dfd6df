// The layers of src/ and who may import whom, enforced by eslint-plugin-boundaries (`npm run lint`).
// Folder-level cycles, which this rule cannot see, are checked by scripts/check-folder-cycles.mjs.
//
//   kernel      src/kernel/           shared vocabulary, actor, coded error: imports nothing
//   law         src/law/              pure eligibility engine, provinces, money: imports kernel only
//   plumbing    src/common/ config/ database/ i18n/ jobs/: kernel and each other, never law or a feature
//   feature     every other folder of src/: kernel, law, plumbing, and another feature only through
//               that feature's public src/<feature>/index.ts (never its controllers, DTOs or SQL)
//   migrations  migrations/: nothing local (database/ reads their list)
//   composition src/*.ts, scripts/: anything
//   tests       *.spec.ts, test/, the spec factories in src/**/testing/: anything; and no production
//               file imports a spec factory.
//
// Policies are read in order and the last one that matches decides (the default is "disallow").

/** Packages the kernel and the law never import: the law must run without the framework around it. */
const FRAMEWORK = ['@nestjs/*', 'typeorm', 'fastify', '@fastify/*', 'handlebars', 'pg', 'class-validator', 'class-transformer'];

const ANY_MODULE = { module: { origin: ['local', 'external', 'core'] } };

/** @param {import('eslint').ESLint.Plugin} boundaries */
export function layerBoundaries(boundaries) {
  return {
    files: ['src/**/*.ts', 'test/**/*.ts', 'scripts/**/*.{ts,mjs}', 'migrations/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': import.meta.dirname,
      // Imports are ESM with `.js` extensions that name `.ts` files: TypeScript resolves them.
      'import/resolver': { typescript: { project: `${import.meta.dirname}/tsconfig.json` } },
      'boundaries/elements': [
        { type: 'kernel', pattern: 'src/kernel', partialMatch: false },
        { type: 'law', pattern: 'src/law', partialMatch: false },
        { type: 'plumbing', pattern: 'src/{common,config,database,i18n,jobs}', partialMatch: false },
        { type: 'feature', pattern: 'src/*', capture: ['feature'], partialMatch: false },
        // The migrations list is read by database/ (plumbing) and imports only typeorm.
        { type: 'migrations', pattern: 'migrations', partialMatch: false },
      ],
      'boundaries/files': [
        { category: 'test', pattern: ['**/*.spec.ts', '**/*.spec.mjs', 'test/**', 'src/**/testing/**'] },
        { category: 'composition', pattern: ['src/*.ts', 'scripts/**'] },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          // Packages too (the framework ban), files outside any layer, and imports inside one folder
          // (a production file of the law importing its spec factories).
          checkAllOrigins: true,
          checkUnknownLocals: true,
          checkInternals: true,
          message:
            '{{dependency.source}} is out of bounds here: kernel ← law ← plumbing ← features ← composition, tests above all (see eslint.layers.js)',
          policies: [
            { allow: { to: { module: { origin: ['external', 'core'] } } } },
            // What each layer must not import, with the reason (the allows below never match these).
            {
              from: { element: { type: 'kernel' } },
              disallow: { to: ANY_MODULE },
              message: 'The kernel imports nothing: {{dependency.source}} belongs in a layer above it',
            },
            {
              from: { element: { type: 'law' } },
              disallow: { to: { element: { type: ['plumbing', 'feature'] } } },
              message: 'The law imports only the kernel, not {{to.element.types.[0]}} {{dependency.source}}',
            },
            {
              from: { element: { type: 'plumbing' } },
              disallow: { to: { element: { type: ['law', 'feature'] } } },
              message: 'Plumbing imports only the kernel and other plumbing, not {{to.element.types.[0]}} {{dependency.source}}',
            },
            {
              from: { element: { type: 'feature' } },
              disallow: { to: { element: { type: 'feature', fileInternalPath: '!index.ts' } } },
              message:
                'Import the {{to.element.captured.feature}} feature through its public index (src/{{to.element.captured.feature}}/index.ts), not {{to.element.fileInternalPath}}',
            },
            // Inside one folder anything goes (except the spec factories, below).
            { allow: { dependency: { relationship: { to: 'internal' } } } },
            { from: { element: { type: 'law' } }, allow: { to: { element: { type: 'kernel' } } } },
            { from: { element: { type: 'plumbing' } }, allow: { to: { element: { type: ['kernel', 'plumbing', 'migrations'] } } } },
            {
              from: { element: { type: 'feature' } },
              allow: [
                { to: { element: { type: ['kernel', 'law', 'plumbing'] } } },
                { to: { element: { type: 'feature', fileInternalPath: 'index.ts' } } },
              ],
            },
            { from: { file: { categories: 'composition' } }, allow: { to: ANY_MODULE } },
            {
              from: { element: { type: 'law' } },
              disallow: { to: { module: { origin: 'external', source: FRAMEWORK } } },
              message: 'The law imports no framework ({{dependency.source}}): the adapter around it does (eligibility/)',
            },
            {
              disallow: { to: { element: { type: 'law', fileInternalPath: 'testing/**' } } },
              message: 'Production code never imports the spec factories of src/law/testing/',
            },
            { from: { file: { categories: 'test' } }, allow: { to: ANY_MODULE } },
          ],
        },
      ],
    },
  };
}
