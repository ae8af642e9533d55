// Shared by the CLI tests: runs the CLI in this process, finds the real corpus, and gives a
// describe block a temporary folder.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/main.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `careers-feed <argv...>` in process: exit code and what it printed. */
export async function runCli(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}

export const FIXTURES = resolve('tests/fixtures/betagouv');

/**
 * The real beta.gouv.fr corpus (test data only, never copied into the repository). Its absence
 * fails the test that needs it, with the reason, instead of skipping it.
 */
export function corpusPath(...parts: string[]): string {
  const root = resolve('..', 'shared', 'corpus');
  assert.ok(
    existsSync(root),
    `The beta.gouv.fr corpus is missing: expected it at ../shared/corpus (relative to the project). ` +
      'These tests read the real postings from there.',
  );
  return resolve(root, ...parts);
}

/**
 * A temporary folder for the tests of the enclosing `describe`: made before them, removed after
 * them. Returns a function that gives paths inside it (`inTemp('feed.json')`).
 */
export function useTempDir(prefix = 'careers-feed-'): (...parts: string[]) => string {
  let dir: string | undefined;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return (...parts) => join(dir!, ...parts);
}
