#!/usr/bin/env node
// `npm test`: unit specs once, then the e2e and browser specs on each database asked for.
// The last line is always `N passed, N failed` (totals over every run), and the exit code is
// non-zero when anything failed, so CI can read both.
//
//   npm test                                   unit + e2e + browser on the embedded database
//   npm test -- --db=postgres                  e2e + browser on TEST_DATABASE_URL (unit too)
//   npm test -- --db=both                      e2e + browser on both databases
//   npm test -- --project=unit                 one project (repeat, or comma-separate, for more)
//   npm test -- test/e2e/staff.e2e-spec.ts     anything else is passed to Jest
//
// TEST_DB and TEST_PROJECTS may be used instead of --db and --project.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const JEST = join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
const PROJECTS = ['unit', 'e2e', 'browser'];
const DATABASE_PROJECTS = new Set(['e2e', 'browser']);

function parseArgs(argv) {
  let db = process.env.TEST_DB ?? (process.env.TEST_DATABASE_URL ? 'postgres' : 'embedded');
  let projects = process.env.TEST_PROJECTS ? process.env.TEST_PROJECTS.split(',') : [];
  const passThrough = [];
  for (const arg of argv) {
    if (arg.startsWith('--db=')) {
      db = arg.slice('--db='.length);
    } else if (arg.startsWith('--project=')) {
      projects.push(...arg.slice('--project='.length).split(','));
    } else {
      passThrough.push(arg);
    }
  }
  projects = projects.map((p) => p.trim()).filter(Boolean);
  return { db, projects: projects.length > 0 ? projects : PROJECTS, passThrough };
}

/** Runs Jest once and reads its JSON report. A run that could not report counts as one failure. */
function runJest(label, projects, env, passThrough) {
  const reportDir = mkdtempSync(join(tmpdir(), 'ct-jest-report-'));
  const report = join(reportDir, 'report.json');
  const args = [
    '--experimental-vm-modules',
    JEST,
    '--selectProjects',
    ...projects,
    '--maxWorkers=2',
    // testTimeout is a global Jest option: set inside `projects` it is ignored, and the default 5 s
    // is shorter than an e2e file's setup.
    '--testTimeout=60000',
    '--passWithNoTests',
    '--json',
    `--outputFile=${report}`,
    ...passThrough,
  ];
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: 'inherit' });
  const seconds = Math.round((Date.now() - started) / 1000);
  const totals = { passed: 0, failed: 0, skipped: 0 };
  try {
    if (!existsSync(report)) {
      totals.failed = 1;
      console.error(`${label}: Jest wrote no report (exit ${result.status ?? result.signal}); counted as 1 failure`);
    } else {
      const json = JSON.parse(readFileSync(report, 'utf8'));
      totals.passed = json.numPassedTests;
      totals.skipped = json.numPendingTests + json.numTodoTests;
      // A suite that failed to run (syntax error, failing import) has no test results: one failure.
      const brokenSuites = json.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0);
      for (const suite of brokenSuites) {
        console.error(`${label}: suite failed to run: ${suite.name}`);
      }
      totals.failed = json.numFailedTests + brokenSuites.length;
      if (result.status !== 0 && totals.failed === 0) {
        totals.failed = 1;
        console.error(`${label}: Jest exited with ${result.status ?? result.signal} without a failing test; counted as 1 failure`);
      }
    }
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
  console.log(`${label}: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped (${seconds} s)`);
  return totals;
}

function main() {
  const { db, projects, passThrough } = parseArgs(process.argv.slice(2));
  const unknown = projects.filter((p) => !PROJECTS.includes(p));
  const databases = { embedded: ['embedded'], postgres: ['postgres'], both: ['embedded', 'postgres'] }[db];
  const problems = [];
  if (unknown.length > 0) {
    problems.push(`unknown project(s): ${unknown.join(', ')} (known: ${PROJECTS.join(', ')})`);
  }
  if (!databases) {
    problems.push(`--db must be embedded, postgres or both (got "${db}")`);
  }
  if (databases?.includes('postgres') && !process.env.TEST_DATABASE_URL) {
    problems.push('--db=postgres and --db=both need TEST_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/ct_test');
  }
  if (problems.length > 0) {
    for (const problem of problems) {
      console.error(`npm test: ${problem}`);
    }
    console.log('0 passed, 1 failed');
    return 2;
  }

  const { TEST_DATABASE_URL, ...withoutDatabase } = process.env;
  const runs = [];
  if (projects.includes('unit')) {
    runs.push({ label: 'unit', projects: ['unit'], env: withoutDatabase });
  }
  const databaseProjects = projects.filter((p) => DATABASE_PROJECTS.has(p));
  if (databaseProjects.length > 0) {
    for (const database of databases) {
      const env = database === 'postgres' ? { ...withoutDatabase, TEST_DATABASE_URL } : withoutDatabase;
      runs.push({ label: `${databaseProjects.join('+')} on ${database}`, projects: databaseProjects, env });
    }
  }

  const total = { passed: 0, failed: 0 };
  const lines = [];
  for (const run of runs) {
    const totals = runJest(run.label, run.projects, run.env, passThrough);
    total.passed += totals.passed;
    total.failed += totals.failed;
    lines.push(`  ${run.label}: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  }
  console.log(`\nSummary:\n${lines.join('\n')}`);
  console.log(`${total.passed} passed, ${total.failed} failed`);
  return total.failed > 0 ? 1 : 0;
}

process.exitCode = main();
