// `npm test`: every check in one run (type check, lint, format, build, unit + integration tests,
// end-to-end tests in Chromium), then one closing line "N passed, N failed" over all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = [];
let passed = 0;
let failed = 0;

function run(label, command, args) {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const res = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  const ok = res.status === 0;
  results.push(
    `${ok ? 'ok  ' : 'FAIL'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  return ok;
}

function check(label, command, args) {
  if (run(label, command, args)) passed++;
  else failed++;
}

/** A test runner step: counts come from its JSON report; a run that wrote none counts as one failure. */
function suite(label, command, args, reportFile, count) {
  rmSync(reportFile, { force: true });
  const ok = run(label, command, args);
  if (!existsSync(reportFile)) {
    failed++;
    return;
  }
  const c = count(JSON.parse(readFileSync(reportFile, 'utf8')));
  passed += c.passed;
  failed += c.failed;
  if (!ok && c.failed === 0) failed++; // the runner failed outside any test (a crash, a bad file)
}

mkdirSync('test-results', { recursive: true });
const bin = (name) => `node_modules/.bin/${name}`;

check('type check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
check('lint', bin('eslint'), ['.', '--max-warnings', '0']);
check('format', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
const built = run('build', 'npm', ['run', '-s', 'build']);
if (built) passed++;
else failed++;

suite(
  'unit and integration tests',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json'],
  'test-results/vitest.json',
  (r) => ({
    passed: r.numPassedTests,
    failed: r.numFailedTests,
  }),
);

if (built) {
  suite(
    'end-to-end tests (Chromium)',
    bin('playwright'),
    ['test'],
    'test-results/e2e-results.json',
    (r) => ({
      passed: r.stats.expected + (r.stats.flaky ?? 0),
      failed: r.stats.unexpected,
    }),
  );
} else {
  failed++;
  results.push('FAIL end-to-end tests (not run: the build failed)');
}

console.log(`\n=== summary ===\n${results.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
