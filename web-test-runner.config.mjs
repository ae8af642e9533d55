// Component and data tests in headless Chromium (never jsdom), one browser, one file at a time.
import { fileURLToPath } from 'node:url';
import { mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromePath, CHROME_ARGS } from './scripts/chrome.mjs';
import { fixtureServer } from './tests/fixture-server.mjs';

/** Writes the counts for scripts/test.mjs, which prints the single closing summary line. */
function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that fails to load has no results: count it as one failure.
        else if (!session.passed) failed++;
        if (session.testResults && !session.passed && session.errors?.length) failed++;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync('.test-results/browser.json', JSON.stringify({ passed, failed, skipped }));
      console.log(`browser tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
    },
  };
}

export default {
  files: ['tests/**/*.test.ts', '!tests/cli/**', '!tests/e2e/**', '!tests/node/**'],
  nodeResolve: true,
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  // The setup module runs before the framework imports the test file (module scripts run in
  // order): failing assertions on DOM nodes then print readable and can be sent back to Node.
  // Same page as the default one otherwise (no whitespace text added to the body).
  testRunnerHtml: (testFramework) =>
    '<!DOCTYPE html><html><head></head><body>' +
    '<script type="module" src="/tests/setup/readable-assertions.ts"></script>' +
    `<script type="module" src="${testFramework}"></script></body></html>`,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), headless: true, args: CHROME_ARGS },
    }),
  ],
  plugins: [
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      target: 'es2022',
    }),
  ],
  middleware: [fixtureServer],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
