// `careers-feed build --fallback <file>`: the open postings as an HTML list of links, escaped.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CareersFeed, Job } from '../../src/data/job.js';
import { fallbackHtml } from '../../src/cli/fallback.js';
import { FIXTURES, runCli, useTempDir } from './helpers.js';

const NOW = new Date('2025-06-01T00:00:00Z');

const job = (fields: Partial<Job> & Pick<Job, 'id' | 'title'>): Job => ({
  locations: [],
  tags: [],
  open: true,
  ...fields,
});

/** The markup once the list's own tags are taken out: text only, so no "<" may be left. */
const withoutListTags = (html: string) =>
  html.replace(/<\/?ul>|<li><a href="[^"<>]*">|<\/a><\/li>/g, '');

describe('fallbackHtml', () => {
  it('links each open posting to its url, or to ?job=<id>, escaping every text and URL', () => {
    const html = fallbackHtml(
      [
        job({ id: 'dev', title: 'Développeur·se <script>alert(1)</script> & "co" l\'équipe' }),
        job({ id: 'design', title: 'Designer', url: 'https://example.org/offres?a=1&b="2"' }),
        job({ id: 'pm', title: 'PM', url: 'javascript:alert(1)' }),
        job({ id: 'filled', title: 'Pourvue', open: false }),
        job({ id: 'past', title: 'Passée', closesAt: '2025-05-30' }),
      ],
      NOW,
    );
    assert.equal(
      html,
      '<ul>\n' +
        '  <li><a href="?job=dev">Développeur·se &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot; l&#39;équipe</a></li>\n' +
        '  <li><a href="https://example.org/offres?a=1&amp;b=%222%22">Designer</a></li>\n' +
        '  <li><a href="?job=pm">PM</a></li>\n' +
        '</ul>\n',
    );
    assert.doesNotMatch(withoutListTags(html), /[<>]/);
  });

  it('uses the keys of the board it goes in when that board has an id: ?<id>.job=<id>', () => {
    const jobs = [
      job({ id: 'dev', title: 'Dev' }),
      job({ id: 'pm', title: 'PM', url: 'https://example.org/pm' }),
    ];
    assert.equal(
      fallbackHtml(jobs, NOW, 'offres'),
      '<ul>\n' +
        '  <li><a href="?offres.job=dev">Dev</a></li>\n' +
        '  <li><a href="https://example.org/pm">PM</a></li>\n' +
        '</ul>\n',
    );
  });

  it('is empty when no posting is open', () => {
    assert.equal(fallbackHtml([job({ id: 'x', title: 'X', open: false })], NOW), '');
  });
});

describe('careers-feed build --fallback', () => {
  const inTemp = useTempDir('careers-fallback-');

  it('writes the open postings of the feed it builds, linked to their url', async () => {
    const run = await runCli(
      'build',
      join(FIXTURES, 'postings'),
      '--startups',
      join(FIXTURES, 'startups'),
      '--now',
      NOW.toISOString(),
      '--base-url',
      'https://jobs.example.org/offres/{slug}',
      '-o',
      inTemp('feed.json'),
      '--fallback',
      inTemp('html', 'fallback.html'),
    );
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /wrote .*fallback\.html\n$/);
    const feed = JSON.parse(await readFile(inTemp('feed.json'), 'utf8')) as CareersFeed;
    const html = await readFile(inTemp('html', 'fallback.html'), 'utf8');
    const links = [...html.matchAll(/<li><a href="([^"]*)">(.*?)<\/a><\/li>/g)].map((m) => m[1]);
    const open = feed.jobs.filter((j) => j.open && !(j.closesAt && j.closesAt < '2025-06-01'));
    assert.ok(open.length >= 2 && open.length < feed.jobs.length, 'fixtures: open and closed');
    assert.deepEqual(
      links,
      open.map((j) => j.url),
    );
    // The fixtures' hostile posting: its title is text.
    assert.match(html, /&lt;script&gt;alert\(&#39;titre&#39;\)&lt;\/script&gt;Offre piégée/);
    assert.doesNotMatch(withoutListTags(html), /[<>]/);
  });

  it('writes the links with the keys of the board given with --board, which needs --fallback', async () => {
    const html = inTemp('board.html');
    const run = await runCli(
      'build',
      join(FIXTURES, 'postings'),
      '--now',
      NOW.toISOString(),
      '-o',
      inTemp('board.json'),
      '--fallback',
      html,
      '--board',
      'offres',
    );
    assert.equal(run.code, 0, run.stderr);
    const links = [...(await readFile(html, 'utf8')).matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    assert.ok(links.length >= 2, 'fixtures: several open postings');
    for (const link of links) assert.match(link, /^\?offres\.job=[\w-]+$/);
    const alone = await runCli('build', join(FIXTURES, 'postings'), '--board', 'offres');
    assert.equal(alone.code, 2);
    assert.match(alone.stderr, /--board names the board of the --fallback list/);
  });

  it('says when the list is empty, and exits 2 when it cannot be written', async () => {
    // A file where the fallback's folder should be.
    const file = inTemp('not-a-folder');
    await writeFile(file, '');
    const blocked = await runCli(
      'build',
      join(FIXTURES, 'postings'),
      '-o',
      inTemp('again.json'),
      '--fallback',
      join(file, 'fallback.html'),
    );
    assert.equal(blocked.code, 2);
    assert.match(blocked.stderr, /cannot write .*fallback\.html/);
    // Only the fixtures' filled posting.
    const late = await runCli(
      'build',
      join(FIXTURES, 'postings', '2024-01-17-bizdev.md'),
      '-o',
      inTemp('late.json'),
      '--fallback',
      inTemp('late.html'),
    );
    assert.equal(late.code, 0, late.stderr);
    assert.match(late.stderr, /no open posting: the fallback list is empty/);
    assert.equal(await readFile(inTemp('late.html'), 'utf8'), '');
  });
});
