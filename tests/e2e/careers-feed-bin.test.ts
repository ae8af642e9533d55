// The `careers-feed` bin as a package consumer gets it: `npm run build` bundles the CLI into
// lib/careers-feed.mjs, and bin/careers-feed.js runs it with plain Node (no tsx, no
// node_modules). Lives in tests/e2e/ because that step runs after the build.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const FIXTURES = resolve('tests/fixtures/betagouv');

describe('the built careers-feed bin', () => {
  let pkg: string;
  const bin = (...args: string[]) =>
    spawnSync(process.execPath, [join(pkg, 'bin', 'careers-feed.js'), ...args], {
      encoding: 'utf8',
      cwd: pkg,
      // Plain Node: no loader inherited from the test runner.
      env: { PATH: process.env.PATH ?? '' },
    });

  before(async () => {
    assert.ok(
      existsSync('lib/careers-feed.mjs'),
      'lib/careers-feed.mjs missing: run npm run build',
    );
    // Only what the package ships for the bin, away from the project's node_modules.
    pkg = await mkdtemp(join(tmpdir(), 'careers-feed-pkg-'));
    await mkdir(join(pkg, 'bin'));
    await mkdir(join(pkg, 'lib'));
    await copyFile('bin/careers-feed.js', join(pkg, 'bin', 'careers-feed.js'));
    await copyFile('lib/careers-feed.mjs', join(pkg, 'lib', 'careers-feed.mjs'));
    await copyFile('package.json', join(pkg, 'package.json'));
  });

  after(async () => {
    if (pkg) await rm(pkg, { recursive: true, force: true });
  });

  it('is declared as the package bin, and lib/ is shipped', async () => {
    const manifest = JSON.parse(await readFile('package.json', 'utf8'));
    assert.equal(manifest.bin['careers-feed'], './bin/careers-feed.js');
    assert.ok(manifest.files.includes('lib'));
    assert.ok(manifest.files.includes('bin'));
    assert.match(await readFile('bin/careers-feed.js', 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  it('prints its help', () => {
    const run = bin('--help');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Usage: careers-feed <command>/);
  });

  it('builds a feed from Markdown postings, with diagnostics and exit 0', async () => {
    const out = join(pkg, 'feed.json');
    const run = bin(
      'build',
      join(FIXTURES, 'postings'),
      '--startups',
      join(FIXTURES, 'startups'),
      '-o',
      out,
    );
    assert.equal(run.status, 0, run.stderr);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.equal(feed.version, 1);
    assert.equal(feed.jobs.length, 8);
    assert.equal(
      feed.jobs.find((job: { id: string }) => job.id === '2024-01-16-designer').organization.name,
      'Le Potager Partagé',
    );
    assert.match(
      run.stderr,
      /2024-01-16-designer\.md:3: startup "Le Potager Partagé" resolved by title/,
    );
    assert.match(run.stderr, /^8 postings, \d+ open, \d+ warnings$/m);
  });

  it('validates the feed it wrote, and exits 1 or 2 as documented', () => {
    const ok = bin('validate', join(FIXTURES, 'feed.betagouv.json'));
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /format "betagouv" \(detected\)/);
    assert.equal(bin('build', join(FIXTURES, 'no-postings')).status, 1);
    assert.equal(bin('frobnicate').status, 2);
  });
});
