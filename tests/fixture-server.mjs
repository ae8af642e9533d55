// Test-only endpoints served by web-test-runner's dev server, so fetch code is tested against a
// real HTTP server instead of a stubbed fetch. Static fixtures are served as files already.
//   /__test__/status/<code>          answers with that HTTP status and a short text body
//   /__test__/delay/<ms>/<path>      serves <path> (a file under the project) after <ms> milliseconds
//   /__test__/html                   an HTML page with status 200 (a misconfigured feed URL)
//   /__test__/invalid-json           200, JSON content type, a body that is not JSON
//   /__test__/truncated              200, JSON content type, a feed cut in the middle
//   /__test__/empty                  200, JSON content type, an empty body
//   /__test__/blank                  200, JSON content type, only white space
//   /__test__/big/<bytes>            200, a JSON feed of at least <bytes> bytes generated on the fly,
//                                    streamed without Content-Length (add ?declared to send one)
//   /__test__/slow-body/<ms>         200, headers at once, the body <ms> milliseconds later
//   /__test__/drop                   the connection is destroyed before any answer
//   /__test__/drop-mid               headers and part of the body, then the connection is destroyed
//   /__test__/json/<name>            a JSON feed built here (names in JSON_FEEDS below)
//   /__test__/cookies                200, JSON: { "cookie": the request's Cookie header, or "" }
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { Readable } from 'node:stream';

const root = resolve('.');
const MAX_BIG = 64 * 1024 * 1024;

/** Small feeds built in code, for cases a static file cannot express. */
const JSON_FEEDS = {
  'not-a-feed': { hello: 'world' },
  'all-invalid': { version: 1, jobs: [{ id: 'a' }, 42, null] },
  'one-job': { version: 1, jobs: [{ id: 'one', title: 'One job' }] },
};

const sleep = (ms) => new Promise((done) => setTimeout(done, Math.min(Number(ms) || 0, 30_000)));

/** A valid careers feed streamed in 64 KiB chunks until it is at least `bytes` long. */
function bigFeed(bytes) {
  const job = JSON.stringify({ title: 'Padding job', description: 'x'.repeat(60_000) });
  let sent = 0;
  let first = true;
  return Readable.from(
    (function* () {
      yield '{"version":1,"jobs":[';
      while (sent < bytes) {
        const chunk = (first ? '' : ',') + job;
        first = false;
        sent += chunk.length;
        yield chunk;
      }
      yield ']}';
    })(),
  );
}

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
  if (kind === 'invalid-json') {
    ctx.type = 'application/json';
    ctx.body = "{ version: 1, jobs: ['not', 'json'] }";
    return;
  }
  if (kind === 'truncated') {
    ctx.type = 'application/json';
    ctx.body = '{"version":1,"jobs":[{"id":"a","title":"Cut in the mid';
    return;
  }
  if (kind === 'empty' || kind === 'blank') {
    ctx.type = 'application/json';
    ctx.body = kind === 'empty' ? '' : ' \n\t ';
    if (kind === 'empty') ctx.status = 200;
    return;
  }
  if (kind === 'big') {
    const bytes = Math.min(Number(arg) || 0, MAX_BIG);
    ctx.type = 'application/json';
    if (ctx.query.declared !== undefined) {
      // Announced size only: the client must refuse it from the header alone.
      ctx.set('content-length', String(bytes));
      ctx.respond = false;
      ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes });
      ctx.res.write('{"version":1,"jobs":[');
      setTimeout(() => ctx.res.destroy(), 2_000);
      return;
    }
    ctx.body = bigFeed(bytes);
    return;
  }
  if (kind === 'slow-body') {
    ctx.respond = false;
    ctx.res.writeHead(200, { 'content-type': 'application/json' });
    ctx.res.write('{"version":1,');
    await sleep(arg);
    if (!ctx.res.destroyed) ctx.res.end('"jobs":[{"title":"Late"}]}');
    return;
  }
  if (kind === 'drop') {
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  if (kind === 'drop-mid') {
    ctx.respond = false;
    ctx.res.writeHead(200, { 'content-type': 'application/json' });
    ctx.res.write('{"version":1,"jobs":[' + ' '.repeat(70_000));
    await sleep(100);
    ctx.res.destroy();
    return;
  }
  if (kind === 'cookies') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ cookie: ctx.get('cookie') });
    return;
  }
  if (kind === 'json' && Object.hasOwn(JSON_FEEDS, arg)) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(JSON_FEEDS[arg]);
    return;
  }
  if (kind === 'delay') {
    await sleep(arg);
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
