// Native-ESM Jest: NestJS 12 ships ESM only (run through `node --experimental-vm-modules`).
const tsJest = ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }];
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': tsJest },
  testEnvironment: 'node',
};
export default {
  // Global, not per project: an app on a fresh PGlite takes seconds to start on a busy machine.
  testTimeout: 60_000,
  projects: [
    // The lint's own scripts (plain Node, .mjs) have their unit specs beside them too.
    { ...common, displayName: 'unit', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.mjs'] },
    { ...common, displayName: 'e2e', rootDir: '.', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
    { ...common, displayName: 'browser', rootDir: '.', testMatch: ['<rootDir>/test/**/*.browser-spec.ts'] },
  ],
};
