#!/usr/bin/env node
// Runs every check the project has, in order: typecheck, lint, unit tests (vitest) and browser
// tests (Playwright). Ends with one line "N passed, N failed[, N skipped]" summing all of them,
// where a failed typecheck or lint counts as one failed test each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const reportDir = 'test-results';
mkdirSync(reportDir, { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(title, command, args) {
  if (run(title, command, args)) passed += 1;
  else {
    failed += 1;
    console.log(`✗ ${title} failed`);
  }
}

check('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
check('lint (eslint and prettier)', 'npm', ['run', 'lint']);
check('security scan', 'npx', ['tsx', 'scripts/security.ts']);

const unitReport = join(reportDir, 'vitest.json');
run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
if (existsSync(unitReport)) {
  const r = JSON.parse(readFileSync(unitReport, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numTotalTestSuites > 0 && r.success === false && r.numFailedTests === 0 ? 1 : 0);
  skipped += r.numPendingTests + r.numTodoTests;
} else {
  failed += 1;
  console.log('✗ unit tests produced no report');
}

const hasSpecs =
  existsSync('e2e') && readdirSync('e2e', { recursive: true }).some((f) => String(f).endsWith('.spec.ts'));
if (hasSpecs) {
  const e2eReport = join(reportDir, 'playwright.json');
  run('browser tests', 'node', ['scripts/run-e2e.mjs'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport });
  if (existsSync(e2eReport)) {
    const s = JSON.parse(readFileSync(e2eReport, 'utf8')).stats;
    passed += s.expected + s.flaky;
    failed += s.unexpected;
    skipped += s.skipped;
  } else {
    failed += 1;
    console.log('✗ browser tests produced no report');
  }
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
