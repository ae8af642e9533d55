// `careers-feed build -o <file>` where the file's folder cannot be made: it fails at once, with a
// message. Node 20's recursive mkdir loops for ever when a folder's parent exists but cannot hold
// it (a path under /proc, a link to nowhere): each run has a timeout that kills it, a hang guard.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { symlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, useTempDir } from './helpers.js';

const POSTING = join(FIXTURES, 'postings', '2024-01-16-designer.md');
/** Long enough for tsx to start on a busy machine; a hang runs into it and is killed. */
const TIMEOUT = 30_000;

/** `careers-feed build <posting> <args...>` as a process, killed past the timeout. */
function build(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/bin.ts', 'build', POSTING, ...args],
    { encoding: 'utf8', timeout: TIMEOUT, killSignal: 'SIGKILL' },
  );
  assert.equal(run.signal, null, `careers-feed build ${args.join(' ')} hung and was killed`);
  return run;
}

describe('careers-feed build -o in a folder that cannot be made', () => {
  const inTemp = useTempDir();

  it('fails at once, exit 2, under a folder of /proc', { timeout: TIMEOUT + 5_000 }, () => {
    assert.ok(existsSync('/proc'), 'this test needs a Linux /proc');
    const run = build('-o', '/proc/careers-feed-test/feed.json');
    assert.equal(run.status, 2, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(
      run.stderr,
      /^careers-feed build: cannot write \/proc\/careers-feed-test\/feed\.json \(the folder \/proc\/careers-feed-test cannot be made in \/proc: ENOENT\b/m,
    );
  });

  it('fails at once, exit 2, under a link to nowhere', { timeout: TIMEOUT + 5_000 }, async () => {
    const dangling = inTemp('dangling');
    await symlink(inTemp('nowhere'), dangling);
    const out = join(dangling, 'out', 'feed.json');
    const run = build('-o', out);
    assert.equal(run.status, 2, run.stderr);
    assert.ok(
      run.stderr.includes(
        `careers-feed build: cannot write ${out} (${dangling} exists but is not a folder`,
      ),
      run.stderr,
    );
    assert.equal(existsSync(inTemp('nowhere')), false, 'nothing made where the link points');
  });

  it('still makes the missing folders of -o and --fallback', { timeout: TIMEOUT + 5_000 }, () => {
    const out = inTemp('a', 'b', 'feed.json');
    const fallback = inTemp('c', 'list.html');
    const run = build('-o', out, '--fallback', fallback);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(existsSync(out) && existsSync(fallback), run.stderr);
  });
});
