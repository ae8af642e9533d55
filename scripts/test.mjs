// `npm test`: typecheck, lint, browser tests, Node tests, build, size budget, end-to-end tests.
// Runs every step even after a failure, then prints one closing line `tests: N passed, N failed`.
// `node scripts/test.mjs browser e2e` runs only the named steps.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromePath } from './chrome.mjs';

const RESULTS = '.test-results';

/** Test files under a folder, recursively, in a stable order. */
function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return testFiles(path);
      return /\.test\.(ts|mjs|js)$/.test(name) ? [path] : [];
    });
}

function run(command, args, env = {}) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status === 0;
}

function readCounts(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** A node:test run of some files, counted by scripts/count-reporter.mjs. */
function nodeTests(name, dirs) {
  const files = dirs.flatMap(testFiles);
  if (files.length === 0) return { passed: 0, failed: 0, skipped: 0 };
  const out = join(RESULTS, `${name}.json`);
  rmSync(out, { force: true });
  const ok = run('node', [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/count-reporter.mjs',
    `--test-reporter-destination=${out}`,
    ...files,
  ]);
  const counts = readCounts(out) ?? { passed: 0, failed: 1, skipped: 0 };
  if (!ok && counts.failed === 0) counts.failed = 1;
  return counts;
}

const check = (ok) => ({ passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });

const steps = {
  typecheck: () => check(run('npx', ['tsc', '-p', '.'])),
  lint: () => check(run('npm', ['run', '--silent', 'lint'])),
  browser: () => {
    const out = join(RESULTS, 'browser.json');
    rmSync(out, { force: true });
    const ok = run('npx', ['web-test-runner']);
    const counts = readCounts(out) ?? { passed: 0, failed: 1, skipped: 0 };
    if (!ok && counts.failed === 0) counts.failed = 1;
    return counts;
  },
  node: () => nodeTests('node', ['tests/cli', 'tests/node']),
  build: () => check(run('npm', ['run', '--silent', 'build'])),
  size: () => check(run('node', ['scripts/size.mjs', '--check', '--libraries'])),
  e2e: () => nodeTests('e2e', ['tests/e2e']),
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in steps));
if (unknown.length) {
  console.error(`Unknown step(s): ${unknown.join(', ')}. Steps: ${Object.keys(steps).join(', ')}`);
  process.exit(2);
}

mkdirSync(RESULTS, { recursive: true });
// Find (or install) Chromium once, up front, so a missing browser is one clear message.
try {
  process.env.CHROME_PATH = chromePath();
} catch (error) {
  console.error(error.message);
  console.log('\ntests: 0 passed, 1 failed');
  process.exit(1);
}

const total = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
for (const [name, step] of Object.entries(steps)) {
  if (wanted.length && !wanted.includes(name)) continue;
  const counts = step();
  for (const key of Object.keys(total)) total[key] += counts[key];
  if (counts.failed) failedSteps.push(name);
  console.log(`[${name}] ${counts.passed} passed, ${counts.failed} failed`);
}
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\ntests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed ? 1 : 0);
