// The command line itself: help, wrong arguments, exit codes, output to stdout.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { FIXTURES, runCli } from './helpers.js';

describe('careers-feed command line', () => {
  it('prints help with --help and exits 0', async () => {
    const run = await runCli('--help');
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^Usage: careers-feed <command>/);
    assert.match(run.stdout, /build <folders or files\.\.\.>/);
    assert.match(run.stdout, /validate <feed\.json or URL>/);
    assert.match((await runCli('build', '--help')).stdout, /--startups <folder>/);
  });

  it('exits 2 with a message on no command, an unknown command or an unknown option', async () => {
    const none = await runCli();
    assert.equal(none.code, 2);
    const unknown = await runCli('publish');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command "publish"/);
    const option = await runCli('build', FIXTURES, '--colour');
    assert.equal(option.code, 2);
    assert.match(option.stderr, /--colour/);
  });

  it('exits 2 when build has no input, or a --base-url or --now that is not one', async () => {
    const empty = await runCli('build');
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /give at least one folder or file/);
    const base = await runCli('build', FIXTURES, '--base-url', 'javascript:alert(1)');
    assert.equal(base.code, 2);
    assert.match(base.stderr, /--base-url "javascript:alert\(1\)" is not an http\(s\) URL/);
    const now = await runCli('build', FIXTURES, '--now', 'tomorrow');
    assert.equal(now.code, 2);
    assert.match(now.stderr, /--now "tomorrow" is not a date/);
    const country = await runCli('build', FIXTURES, '--country', 'France');
    assert.equal(country.code, 2);
    assert.match(country.stderr, /--country "France" is not a two-letter ISO 3166-1 code/);
  });

  it('exits 2 when --startups is not a folder, without reading the postings', async () => {
    const missing = await runCli('build', FIXTURES, '--startups', join(FIXTURES, 'nulle-part'));
    assert.equal(missing.code, 2);
    assert.equal(missing.stdout, '');
    assert.match(
      missing.stderr,
      /^careers-feed build: --startups ".*nulle-part" is not a folder \(not found\)/,
    );
    assert.doesNotMatch(missing.stderr, /postings?, /);
    const file = join(FIXTURES, 'startups', 'potager.md');
    const notFolder = await runCli('build', FIXTURES, '--startups', file);
    assert.equal(notFolder.code, 2);
    assert.match(notFolder.stderr, /--startups ".*potager\.md" is not a folder: give the folder/);
  });

  it('exits 2 on a three-letter --country, validate with two inputs, or an -o it cannot write', async () => {
    const country = await runCli('build', FIXTURES, '--country', 'FRA');
    assert.equal(country.code, 2);
    assert.match(country.stderr, /--country "FRA" is not a two-letter ISO 3166-1 code/);
    const two = await runCli('validate', join(FIXTURES, 'feed.betagouv.json'), 'autre.json');
    assert.equal(two.code, 2);
    assert.match(two.stderr, /give one feed file or URL/);
    // A file where a folder should be: the output cannot be written.
    const posting = join(FIXTURES, 'postings', '2024-01-16-designer.md');
    const output = await runCli('build', posting, '-o', join(posting, 'feed.json'));
    assert.equal(output.code, 2);
    assert.match(output.stderr, /cannot write .*feed\.json/);
  });

  it('exits 1 and writes nothing when no posting is found', async () => {
    const run = await runCli('build', join(FIXTURES, 'no-postings'));
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /no-postings:1: 1 file not read, as not Markdown .*"notes\.txt"/);
    assert.match(run.stderr, /^0 postings, 0 open, 1 warning$/m);
    assert.match(run.stderr, /no posting found in .*no-postings.*: no feed written/);
    const missing = await runCli('build', join(FIXTURES, 'does-not-exist'));
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /does-not-exist:1: not found/);
  });

  it('writes the feed to standard output without -o, diagnostics to standard error', async () => {
    const run = await runCli('build', join(FIXTURES, 'postings', '2024-01-16-designer.md'));
    assert.equal(run.code, 0);
    const feed = JSON.parse(run.stdout);
    assert.equal(feed.version, 1);
    assert.equal(feed.jobs.length, 1);
    assert.doesNotMatch(run.stdout, /postings?, \d+ open/);
    assert.match(run.stderr, /^1 posting, 1 open, \d+ warnings?$/m);
  });

  it('runs as a process through its entry point with the same exit codes', () => {
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], {
        encoding: 'utf8',
      });
    const ok = cli('build', join(FIXTURES, 'postings', '2024-01-16-designer.md'));
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout).jobs[0].id, '2024-01-16-designer');
    assert.equal(cli('build', join(FIXTURES, 'no-postings')).status, 1);
    assert.equal(cli('nope').status, 2);
  });

  it('prints exactly the diagnostics the README shows for the fixtures', async () => {
    const readme = await readFile('README.md', 'utf8');
    const shown = /fixtures in `tests\/fixtures\/betagouv\/`[^\n]*:\n\n```text\n([^`]*)```/.exec(
      readme,
    );
    assert.ok(shown, 'the README example of diagnostics is missing');
    const run = await runCli(
      'build',
      join(relative(process.cwd(), FIXTURES), 'postings'),
      '--startups',
      join(relative(process.cwd(), FIXTURES), 'startups'),
      '--now',
      '2025-06-01T00:00:00Z',
    );
    assert.equal(run.code, 0);
    const prefix = `${relative(process.cwd(), FIXTURES)}${sep}`;
    assert.equal(run.stderr.split(prefix).join('').split(sep).join('/'), shown[1]);
  });
});
