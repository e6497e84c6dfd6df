// Lint is a gate (`npm run lint`: folder cycles, prettier, then ESLint with --max-warnings 0): typed
// rules for promises and imports, the layer boundaries, formatting left to prettier.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import boundaries from 'eslint-plugin-boundaries';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { layerBoundaries } from './eslint.layers.js';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'data/', 'test-results/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        // Decorator metadata turns parameter types into runtime references: DTOs used as handler
        // parameters stay value imports (an `import type` there would silently switch validation off).
        emitDecoratorMetadata: true,
        experimentalDecorators: true,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      // A switch over a union lists every member, or says with `default` what the others do; a switch
      // over a plain string or number always has a `default`.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // A DTO imported with `import type` into a controller leaves no runtime class for the
    // ValidationPipe: validation silently stops. Controllers import DTOs as values.
    files: ['src/**/*controller.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[importKind='type'][source.value=/\\/dto\\//]",
          message: 'Import DTOs as values in controllers: `import type` switches validation off.',
        },
        {
          selector: "ImportDeclaration[source.value=/\\/dto\\//] ImportSpecifier[importKind='type']",
          message: 'Import DTOs as values in controllers: `import { type X }` switches validation off.',
        },
        {
          // The same through another feature's public index, where the path no longer says "dto".
          selector: "ImportDeclaration[importKind='type'] ImportSpecifier[imported.name=/(Dto|Query)$/]",
          message: 'Import DTOs as values in controllers: `import type` switches validation off.',
        },
        {
          selector: "ImportSpecifier[importKind='type'][imported.name=/(Dto|Query)$/]",
          message: 'Import DTOs as values in controllers: `import { type X }` switches validation off.',
        },
      ],
    },
  },
  {
    // The API contract: every JSON API handler says what it answers (a response class, see
    // openapi.json), so a change in a service cannot change the API without a change here.
    files: ['src/**/*.controller.ts'],
    ignores: ['src/**/*-pages.controller.ts'],
    rules: { '@typescript-eslint/explicit-function-return-type': ['error', { allowExpressions: true }] },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    // Plain Node.js scripts and config files (the `globals` package is not a dependency).
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
  },
  {
    // Jest's globals in the specs of those scripts.
    files: ['**/*.spec.mjs'],
    languageOptions: { globals: { describe: 'readonly', it: 'readonly', expect: 'readonly' } },
  },
  layerBoundaries(boundaries),
  prettier,
  // After prettier, which switches `curly` off: braces always, even around one-line bodies.
  { rules: { eqeqeq: ['error', 'always'], curly: ['error', 'all'] } },
);
