// The `betagouv` feed format read by the widget: detection and reading through normalizeFeed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { betagouvAdapter } from '../../src/data/adapters/betagouv.js';
import { detectAdapter } from '../../src/data/adapters/index.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { FIXTURES, corpusPath } from './helpers.js';

const json = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

describe('betagouv adapter', () => {
  it('detects arrays and { jobs } of postings with a Markdown body', async () => {
    const feed = await json(join(FIXTURES, 'feed.betagouv.json'));
    assert.equal(betagouvAdapter.detect(feed), true);
    assert.equal(betagouvAdapter.detect({ jobs: feed.slice(0, 2) }), true);
    assert.equal(detectAdapter(feed)?.format, 'betagouv');
  });

  it('claims no other format: careers feeds, job boards, JSON-LD, empty or odd input', async () => {
    const others = join('tests', 'fixtures', 'feeds');
    for (const name of (await readdir(others)).filter((n) => n.endsWith('.json'))) {
      assert.equal(betagouvAdapter.detect(await json(join(others, name))), false, name);
    }
    for (const odd of [
      [],
      {},
      null,
      'x',
      [{ title: 'T', body: 'b' }],
      { version: 1, jobs: [{ roles: 'r', body: 'b' }] },
      [{ '@type': 'JobPosting', body: 'b', roles: 'r' }],
      [
        { roles: 'r', body: 'b' },
        { title: 'Other', description: 'd' },
      ],
    ]) {
      assert.equal(betagouvAdapter.detect(odd), false, JSON.stringify(odd));
    }
  });

  it('reads postings into jobs, warning about what it skips or drops, naming the file', async () => {
    const result = normalizeFeed(await json(join(FIXTURES, 'feed.betagouv.json')));
    assert.equal(result.format, 'betagouv');
    assert.deepEqual(
      result.jobs.map((job) => [job.id, job.open]),
      [
        ['2025-03-01-dev-fontaines', true],
        ['2025-03-02-designer', false],
        ['2025-03-03-hostile', true],
      ],
    );
    const [dev, , hostile] = result.jobs;
    assert.deepEqual(dev.organization, {
      name: 'Carte des Fontaines',
      url: 'https://fontaines.example.org/',
    });
    assert.deepEqual(dev.contract, { kind: 'freelance', label: 'indépendant' });
    // beta.gouv.fr hires for the French State: its places are in France, for search engines.
    assert.deepEqual(new Set(result.jobs.map((job) => job.country)), new Set(['FR']));
    // And its postings are written in French.
    assert.deepEqual(new Set(result.jobs.map((job) => job.language)), new Set(['fr']));
    assert.equal(dev.summary, 'Nous cherchons une personne pour cartographier les fontaines.');
    assert.equal(dev.apply?.email, 'recrutement@fontaines.example.org');
    assert.equal(hostile.apply?.url, 'https://tally.so/r/fictif');
    assert.doesNotMatch(JSON.stringify(hostile), /javascript:/);
    const messages = result.warnings.map((w) => w.message).join('\n');
    // The widget's copy of the mapping is silent: `careers-feed validate` names the quirks.
    assert.deepEqual(messages.split('\n'), ['Job #4: skipped: not an object.']);
  });

  it('reads the corpus converted to { file, frontMatter, body }: every posting, no job skipped', async () => {
    const parsed = await json(corpusPath('betagouv-jobs.parsed.json'));
    const result = normalizeFeed(parsed);
    assert.equal(result.format, 'betagouv');
    assert.equal(result.jobs.length, parsed.length);
    assert.equal(result.warnings.filter((w) => /skipped/.test(w.message)).length, 0);
    const withTitle = parsed.filter(
      (p: { frontMatter: { title?: string } }) => p.frontMatter.title,
    );
    for (const posting of withTitle) {
      const title = posting.frontMatter.title.replace(/\s+/g, ' ').trim();
      assert.ok(
        result.jobs.some((job) => job.title === title),
        `no job titled ${title}`,
      );
    }
  });
});
