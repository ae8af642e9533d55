// `careers-feed validate`: what the widget will show from a feed file or URL, in words.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateFeed } from '../../src/cli/validate.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { startStaticServer, type StaticServer } from '../node/static-server.js';
import { FIXTURES, corpusPath, runCli } from './helpers.js';

const FEEDS = join('tests', 'fixtures', 'feeds');
const NOW = '2026-11-28T00:00:00Z';

describe('careers-feed validate', () => {
  let server: StaticServer;
  let dir: string;

  before(async () => {
    server = await startStaticServer();
    dir = await mkdtemp(join(tmpdir(), 'careers-feed-'));
  });
  after(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  for (const format of ['careers', 'greenhouse', 'lever', 'wttj', 'jsonld']) {
    it(`names the detected format and counts the jobs of a ${format} feed`, async () => {
      const path = join(FEEDS, `${format}.json`);
      const expected = normalizeFeed(JSON.parse(await readFile(path, 'utf8')));
      const run = await runCli('validate', path, '--now', NOW);
      assert.match(run.stdout, new RegExp(`format "${format}" \\(detected\\)`));
      assert.match(
        run.stdout,
        new RegExp(`^${expected.jobs.length} jobs? read: \\d+ will show`, 'm'),
      );
      assert.equal(run.code, expected.jobs.length ? 0 : 1);
    });
  }

  it('says what it skips and why, naming each job, and which jobs are closed', async () => {
    const run = await runCli('validate', join(FIXTURES, 'feed.betagouv.json'), '--now', NOW);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /format "betagouv" \(detected\)/);
    assert.match(run.stdout, /^3 jobs read: 2 will show, 1 closed/m);
    assert.match(run.stdout, /^1 posting skipped$/m);
    assert.match(run.stdout, /closed: Un·e designer \(2025-03-02-designer\)/);
    assert.match(run.stdout, /#4.*not an object/);
    assert.match(
      run.stdout,
      /#3 \("2025-03-03-hostile\.md"\): "externalURL" is not an http\(s\) URL/,
    );
  });

  it('names the postings dated in the future, which the widget already shows', async () => {
    const path = join(dir, 'future.json');
    const job = (id: string, publishedAt: string) => ({ id, title: `Poste ${id}`, publishedAt });
    await writeFile(
      path,
      JSON.stringify({
        version: 1,
        jobs: [
          job('today', '2026-11-28'),
          job('tomorrow', '2026-11-29'),
          job('later-today', '2026-11-28T12:00:00Z'),
          job('earlier', '2026-11-27T23:00:00Z'),
        ],
      }),
    );
    const run = await runCli('validate', path, '--now', NOW);
    assert.equal(run.code, 0);
    const future = run.stdout.split('\n').filter((line) => line.includes('in the future'));
    assert.deepEqual(future, [
      '  published in the future: Poste tomorrow (tomorrow), 2026-11-29: the widget shows it already, first, as published today',
      '  published in the future: Poste later-today (later-today), 2026-11-28T12:00:00Z: the widget shows it already, first, as published today',
    ]);
  });

  it('takes a date-only publishedAt as begun once it has begun somewhere (UTC+14 first)', async () => {
    const path = join(dir, 'kiritimati.json');
    await writeFile(
      path,
      JSON.stringify({
        version: 1,
        jobs: [{ id: 'k', title: 'Poste k', publishedAt: '2026-11-28' }],
      }),
    );
    // 12:00 UTC on the 27th is already 02:00 on the 28th in Kiritimati.
    const run = await runCli('validate', path, '--now', '2026-11-27T12:00:00Z');
    assert.equal(run.code, 0);
    assert.doesNotMatch(run.stdout, /in the future/);
  });

  it('checks a posting open at --now even when its closing date has passed since', async () => {
    const path = join(dir, 'earlier-now.json');
    const job = {
      id: 'then',
      title: 'Poste alors ouvert',
      publishedAt: '2020-01-01',
      closesAt: '2021-06-30',
      organization: { name: 'Équipe fictive' },
      remote: 'full',
      country: 'FR',
      description: 'Texte.',
    };
    await writeFile(path, JSON.stringify({ version: 1, jobs: [job] }));
    const run = await runCli('validate', path, '--now', '2020-06-01T00:00:00Z');
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /^1 job read: 1 will show, 0 closed/m);
    assert.doesNotMatch(run.stdout, /search engines/);
  });

  it('reads a feed file saved with a byte order mark', async () => {
    const path = join(dir, 'bom.json');
    await writeFile(path, `\uFEFF${JSON.stringify({ version: 1, jobs: [{ title: 'Avec BOM' }] })}`);
    const run = await runCli('validate', path);
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /^1 job read: 1 will show/m);
  });

  it('names the open postings search engines would not list as jobs, and what they lack', async () => {
    const path = join(dir, 'search-engines.json');
    const complete = {
      publishedAt: '2026-11-01',
      organization: { name: 'Fabrique Exemple' },
      locations: ['Lyon'],
      country: 'FR',
      description: 'La mission.',
    };
    await writeFile(
      path,
      JSON.stringify({
        version: 1,
        jobs: [
          { id: 'complete', title: 'Complète', ...complete },
          { id: 'remote', title: 'À distance', ...complete, locations: [], remote: 'full' },
          {
            id: 'undated',
            title: 'Sans date',
            ...complete,
            publishedAt: undefined,
            organization: undefined,
          },
          {
            id: 'nowhere',
            title: 'Nulle part',
            ...complete,
            locations: ['Télétravail'],
            description: '',
          },
          { id: 'stateless', title: 'Sans pays', ...complete, country: undefined },
          { id: 'closed', title: 'Pourvue', open: false },
        ],
      }),
    );
    const run = await runCli('validate', path, '--now', NOW);
    assert.equal(run.code, 0);
    const lines = run.stdout.split('\n');
    const at = lines.findIndex((line) => line.includes('search engines'));
    assert.deepEqual(lines.slice(at, at + 4), [
      '3 postings will show but not be listed as jobs by search engines (structured-data needs these fields):',
      '  Sans date (undated): no publishedAt, organization',
      '  Nulle part (nowhere): no locations (or remote "full"), description',
      '  Sans pays (stateless): no country (or the board’s country attribute)',
    ]);
    assert.ok(!lines[at + 4]?.startsWith('  '), 'only those three');
  });

  it('exits 1 when every job is closed, saying nothing will show', async () => {
    const run = await runCli('validate', join(FIXTURES, 'all-closed.betagouv.json'), '--now', NOW);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^1 job read: 0 will show, 1 closed/m);
    assert.match(run.stdout, /Nothing will show: every job is closed\./);
  });

  it('exits 1 on a file that is not JSON, not a feed, or not there', async () => {
    await writeFile(join(dir, 'broken.json'), '{ "jobs": [');
    const broken = await runCli('validate', join(dir, 'broken.json'));
    assert.equal(broken.code, 1);
    assert.match(broken.stdout, /broken\.json: not JSON/);
    await writeFile(join(dir, 'other.json'), '{ "hello": "world" }');
    const other = await runCli('validate', join(dir, 'other.json'));
    assert.equal(other.code, 1);
    assert.match(other.stdout, /format not recognized/);
    assert.match(other.stdout, /Nothing will show: no job could be read\./);
    const missing = await runCli('validate', join(dir, 'missing.json'));
    assert.equal(missing.code, 1);
    assert.match(missing.stdout, /missing\.json: cannot be read/);
  });

  it('reads a feed from a URL, and says when the server answers an error', async () => {
    const url = `${server.url}/tests/fixtures/feeds/careers.json`;
    const run = await runCli('validate', url, '--now', NOW);
    assert.equal(run.code, 0, run.stdout);
    assert.ok(run.stdout.startsWith(`${url}: format "careers" (detected)`));
    assert.ok(server.requests.includes('/tests/fixtures/feeds/careers.json'));
    const gone = await runCli('validate', `${server.url}/nothing-here.json`);
    assert.equal(gone.code, 1);
    assert.match(gone.stdout, /cannot be read \(HTTP 404/);
  });

  it('reads a feed as the format given with --format, and refuses unknown ones', async () => {
    const forced = await runCli('validate', join(FEEDS, 'careers.json'), '--format', 'careers');
    assert.match(forced.stdout, /format "careers"$/m);
    const unknown = await runCli('validate', join(FEEDS, 'careers.json'), '--format', 'rss');
    assert.equal(unknown.code, 2);
  });

  it("reads a file's relative URLs as the widget does once the file is served: kept, not dropped", async () => {
    const path = join(dir, 'relative.json');
    const jobs = [
      { title: 'Relative', url: '/offres/relative', apply: { url: 'candidater.html' } },
      { title: 'Hostile', url: 'javascript:alert(1)' },
    ];
    await writeFile(path, JSON.stringify({ version: 1, jobs }));
    const run = await runCli('validate', path);
    assert.equal(run.code, 0);
    assert.doesNotMatch(run.stdout, /Relative.*dropped/);
    assert.match(run.stdout, /"Hostile"\): url "javascript:alert\(1\)" dropped/);
    assert.match(run.stdout, /^1 warning:$/m);
  });

  it('says whether a widget on another site, or on the one given with --origin, may read a URL (CORS)', async () => {
    const feed = await readFile(join(FEEDS, 'careers.json'));
    const origins: Array<string | undefined> = [];
    const serve = (path: string, allow: (origin: string | undefined) => string | undefined) =>
      server.route(path, (req, res) => {
        const origin = req.headers.origin;
        origins.push(origin);
        const allowed = allow(origin);
        res.writeHead(200, {
          'content-type': 'application/json',
          ...(allowed ? { 'access-control-allow-origin': allowed } : {}),
        });
        res.end(feed);
      });
    serve('/cors/any.json', () => '*');
    serve('/cors/none.json', () => undefined);
    serve('/cors/partner.json', () => 'https://partenaire.example');
    serve('/cors/echo.json', (origin) => origin);
    const validate = (path: string, ...rest: string[]) =>
      runCli('validate', `${server.url}${path}`, '--now', NOW, ...rest);

    const any = await validate('/cors/any.json');
    assert.equal(any.code, 0);
    assert.match(any.stdout, /^CORS: any site may read it \(Access-Control-Allow-Origin: \*\)$/m);
    // Asked as a page of another site asks: with an Origin header.
    assert.equal(origins.at(-1), 'https://another-site.invalid');

    // No header: a warning only (the feed may be meant for its own site)...
    const none = await validate('/cors/none.json');
    assert.equal(none.code, 0, none.stdout);
    assert.match(
      none.stdout,
      /^CORS: a widget on another site cannot read it: the answer has no Access-Control-Allow-Origin header; pages on http:\/\/127\.0\.0\.1:\d+ can \(give --origin <your site> to check yours\)$/m,
    );
    // ...but nothing will show on the site given.
    const mine = await validate('/cors/none.json', '--origin', 'https://mon-site.example/offres');
    assert.equal(mine.code, 1);
    assert.equal(origins.at(-1), 'https://mon-site.example');
    assert.match(
      mine.stdout,
      /^Nothing will show on https:\/\/mon-site\.example: the browser will not let the widget read the feed\.$/m,
    );

    const partner = await validate('/cors/partner.json', '--origin', 'https://partenaire.example');
    assert.equal(partner.code, 0);
    assert.match(partner.stdout, /^CORS: https:\/\/partenaire\.example may read it/m);
    const other = await validate('/cors/partner.json', '--origin', 'https://autre.example');
    assert.equal(other.code, 1);
    assert.match(other.stdout, /the server allows only https:\/\/partenaire\.example;/);

    const echo = await validate('/cors/echo.json');
    assert.match(
      echo.stdout,
      /^CORS: the server allows the site that asks \(it echoes the Origin header\)$/m,
    );
    const same = await validate('/cors/none.json', '--origin', server.url);
    assert.equal(same.code, 0);
    assert.match(same.stdout, /^CORS: not needed from http:\/\/127\.0\.0\.1:\d+ \(same site\)$/m);

    // A file has no server to ask; a bad --origin is refused.
    assert.doesNotMatch((await runCli('validate', join(FEEDS, 'careers.json'))).stdout, /CORS/);
    assert.equal((await validate('/cors/any.json', '--origin', 'ftp://x')).code, 2);
  });

  it('checks CORS against the site that answers after a redirect, not the one asked', async () => {
    const port = new URL(server.url).port;
    server.route('/cors/moved.json', (_req, res) => {
      res.writeHead(302, {
        location: `http://localhost:${port}/tests/fixtures/feeds/careers.json`,
      });
      res.end();
    });
    const run = await runCli(
      'validate',
      `${server.url}/cors/moved.json`,
      '--now',
      NOW,
      '--origin',
      server.url,
    );
    assert.equal(run.code, 1, run.stdout);
    assert.match(
      run.stdout,
      new RegExp(
        `^CORS: a widget on ${server.url.replace(/\./g, '\\.')} cannot read it: .*; pages on http://localhost:${port} can$`,
        'm',
      ),
    );
  });

  it('says when a URL does not answer in time', async () => {
    server.route('/slow.json', (_req, res) => {
      // Answers long after the validator gave up (the server closes it at the end).
      setTimeout(() => res.end('{}'), 10_000).unref();
    });
    const report = await validateFeed({ input: `${server.url}/slow.json`, timeout: 50 });
    assert.equal(report.ok, false);
    assert.deepEqual(report.lines, [`${server.url}/slow.json: cannot be read (timed out)`]);
  });

  it('says when the feed is not shaped like the format given with --format, and what it is', async () => {
    const wrong = await runCli('validate', join(FEEDS, 'greenhouse.json'), '--format', 'lever');
    assert.equal(wrong.code, 1);
    assert.match(wrong.stdout, /^0 jobs read/m);
    assert.match(
      wrong.stdout,
      /^not shaped like the "lever" format: without --format it reads as "greenhouse"$/m,
    );
    const right = await runCli(
      'validate',
      join(FEEDS, 'greenhouse.json'),
      '--format',
      'greenhouse',
    );
    assert.doesNotMatch(right.stdout, /not shaped like/);
  });

  it('names each job whose id it renames, and each number or list item it reads as text or leaves out', async () => {
    const path = join(dir, 'types.json');
    await writeFile(
      path,
      JSON.stringify({
        version: 1,
        jobs: [
          { id: 'dev', title: 'Développeur', tags: ['Web'] },
          { id: 'dev', title: 42, organization: { name: 7 }, tags: ['Web', 3, { a: 1 }] },
          { id: 'Dév 1', title: 'Autre' },
          { id: 12, title: 'Numéro' },
        ],
      }),
    );
    const run = await runCli('validate', path, '--now', NOW);
    assert.equal(run.code, 0);
    const warnings = run.stdout.split('\n').filter((line) => line.startsWith('  - '));
    assert.deepEqual(warnings, [
      '  - Job #2 ("42"): "title" is 42, a number where text is expected: read as "42"',
      '  - Job #2 ("42"): "organization.name" is 7, a number where text is expected: read as "7"',
      '  - Job #2 ("42"): "tags[1]" is 3, a number where text is expected: read as "3"',
      '  - Job #2 ("42"): "tags[2]" is an object ({"a":1}), not text: left out',
      '  - Job #4 ("Numéro"): "id" is 12, a number where text is expected: read as "12"',
      '  - Job #2 ("42"): id "dev" is also the id of Job #1 ("Développeur"): this job\'s id is "dev-2" (its links use it)',
      '  - Job #3 ("Autre"): id "Dév 1" is not URL-safe (letters, digits, - and _ only): this job\'s id is "dev-1" (its links use it)',
    ]);
    assert.match(run.stdout, /^7 warnings:$/m);
    // What the widget does with them, as said.
    const read = normalizeFeed(JSON.parse(await readFile(path, 'utf8')));
    assert.deepEqual(
      read.jobs.map((job) => [job.id, job.title, job.tags]),
      [
        ['dev', 'Développeur', ['Web']],
        ['dev-2', '42', ['Web', '3']],
        ['dev-1', 'Autre', []],
        ['12', 'Numéro', []],
      ],
    );
  });

  it('says once that a betagouv feed names startups by id, which the widget cannot turn into names', async () => {
    const path = join(dir, 'startups.betagouv.json');
    const posting = (file: string, startup: unknown) => ({
      file,
      roles: 'jardinier',
      open: true,
      contact: 'jo@example.org',
      startup,
      body: 'Un poste.',
    });
    await writeFile(
      path,
      JSON.stringify([
        posting('2025-01-01-a.md', 'potager'),
        posting('2025-01-02-b.md', { id: 'verger', title: 'Le Verger' }),
        { frontMatter: posting('2025-01-03-c.md', 'fontaines'), body: 'Un autre.' },
      ]),
    );
    const run = await runCli('validate', path, '--now', NOW);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /format "betagouv"/);
    const notes = run.stdout.split('\n').filter((line) => /startup /.test(line));
    assert.deepEqual(notes, [
      '  - 2 postings give their startup as an id only ("potager" and others): the widget has no ' +
        'startups file to turn an id into a name, so it gets no organization from it; give ' +
        '"startup" as { "id", "title", "link" }, or build the feed with careers-feed build ' +
        '--startups <folder>',
    ]);
    // As said: no organization from an id, the name from a resolved startup.
    const read = normalizeFeed(JSON.parse(await readFile(path, 'utf8')));
    assert.deepEqual(
      read.jobs.map((job) => job.organization?.name),
      [undefined, 'Le Verger', undefined],
    );
  });

  it('names each job whose description holds raw HTML the widget drops, HTML or Markdown', async () => {
    const path = join(dir, 'html.json');
    await writeFile(
      path,
      JSON.stringify({
        version: 1,
        jobs: [
          {
            id: 'a',
            title: 'HTML',
            descriptionHtml: '<p onclick="go()">Texte</p><script>x()</script>',
          },
          { id: 'b', title: 'Markdown', description: 'Texte\n\n<form><input></form>\n' },
          { id: 'c', title: 'Propre', description: 'Un `<script>` en code, <b>gras</b>.' },
          // descriptionHtml wins: the Markdown is not shown, so not checked.
          { id: 'd', title: 'Les deux', descriptionHtml: '<p>Bien</p>', description: '<iframe>' },
        ],
      }),
    );
    const run = await runCli('validate', path, '--now', NOW);
    assert.equal(run.code, 0);
    const notes = run.stdout.split('\n').filter((line) => line.includes('raw HTML'));
    assert.deepEqual(notes, [
      '  - HTML (a): raw HTML the widget drops: onclick attributes, <script> (with all it holds)',
      '  - Markdown (b): raw HTML the widget drops: <form> (the tag only: what it holds stays), ' +
        '<input> (the tag only: what it holds stays)',
    ]);
  });

  it('finds nothing to complain about in the feed that build writes from the corpus but its two <style> blocks', async () => {
    const out = join(dir, 'corpus.json');
    const build = await runCli(
      'build',
      corpusPath('betagouv-jobs'),
      '--startups',
      corpusPath('betagouv-startups'),
      '--now',
      NOW,
      '-o',
      out,
    );
    assert.equal(build.code, 0);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    const read = normalizeFeed(feed);
    assert.equal(read.format, 'careers');
    assert.deepEqual(read.warnings, []);
    assert.equal(read.jobs.length, feed.jobs.length);
    assert.deepEqual(
      read.jobs.map((job) => job.id),
      feed.jobs.map((job: { id: string }) => job.id),
    );
    const run = await runCli('validate', out, '--now', NOW);
    assert.equal(run.code, 0);
    const open = feed.jobs.filter((job: { open: boolean }) => job.open).length;
    assert.match(run.stdout, new RegExp(`^${feed.jobs.length} jobs read: ${open} will show`, 'm'));
    // The only warnings: the two postings whose <style> block the widget drops (true: their
    // CSS would not apply), no false one from the raw HTML, type or id checks.
    const warnings = run.stdout.split('\n').filter((line) => line.startsWith('  - '));
    assert.match(run.stdout, /^2 warnings:$/m);
    assert.deepEqual(
      warnings.map((line) => line.replace(/^.*\((\S+)\): /, '$1: ')),
      [
        '2021-11-09-chargee-de-deploiement: raw HTML the widget drops: <style> (with all it holds)',
        '2022-05-10-dev-ror-lapin-insertion: raw HTML the widget drops: <style> (with all it holds)',
      ],
    );
  });
});

describe('careers-feed validate on the real corpus as a betagouv feed', () => {
  it('gives the startup note once, the two <style> warnings, and no false warning', async () => {
    const path = corpusPath('betagouv-jobs.parsed.json');
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Array<{
      frontMatter: { startup?: unknown };
    }>;
    // An empty `startup: ''` names none.
    const byId = parsed.filter(
      ({ frontMatter: { startup } }) => typeof startup === 'string' && startup.trim(),
    );
    assert.ok(byId.length > 0, 'the corpus names startups by id');
    const run = await runCli('validate', path, '--now', NOW);
    assert.equal(run.code, 0);
    const lines = run.stdout.split('\n');
    assert.deepEqual(
      lines.filter((line) =>
        /startup as an id|raw HTML|URL-safe|also the id|where text/.test(line),
      ),
      [
        '  - Chargé·e de déploiement (2021-11-09-chargee-de-deploiement): raw HTML the widget ' +
          'drops: <style> (with all it holds)',
        '  - Dev Ruby on Rails expérimenté·e (2022-05-10-dev-ror-lapin-insertion): raw HTML the ' +
          'widget drops: <style> (with all it holds)',
        `  - ${byId.length} postings give their startup as an id only ("api.gouv.fr" and ` +
          'others): the widget has no startups file to turn an id into a name, so it gets no ' +
          'organization from it; give "startup" as { "id", "title", "link" }, or build the ' +
          'feed with careers-feed build --startups <folder>',
      ],
    );
  });
});
