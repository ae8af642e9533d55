// Test-only endpoints served by web-test-runner's dev server, so fetch code is tested against a
// real HTTP server instead of a stubbed fetch. Static fixtures are served as files already.
//   /__test__/status/<code>          answers with that HTTP status and a short text body
//   /__test__/delay/<ms>/<path>      serves <path> (a file under the project) after <ms> milliseconds
//   /__test__/html                   an HTML page with status 200 (a misconfigured feed URL)
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

const root = resolve('.');

export async function fixtureServer(ctx, next) {
  const path = ctx.path;
  if (!path.startsWith('/__test__/')) return next();
  const [, , kind, arg, ...rest] = path.split('/');
  if (kind === 'status') {
    ctx.status = Number(arg) || 500;
    ctx.body = `status ${arg}`;
    return;
  }
  if (kind === 'html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Not a feed</title><p>Hello</p>';
    return;
  }
  if (kind === 'delay') {
    await new Promise((done) => setTimeout(done, Math.min(Number(arg) || 0, 30_000)));
    const file = resolve(root, rest.join('/'));
    if (!file.startsWith(root + sep)) {
      ctx.status = 403;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = await readFile(file, 'utf8');
    return;
  }
  ctx.status = 404;
}
