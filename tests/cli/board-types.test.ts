// `careers-feed validate` on job board formats: the fields of the wrong type that the widget
// ignores (or the numbers it reads as text), each named with its job, and checked against what
// the widget does with them (normalizeFeed). No false warning on well-formed feeds.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHECKED_FORMATS } from '../../src/cli/board-problems.js';
import { FEED_FORMATS } from '../../src/data/adapters/types.js';
import { jobPostingLd } from '../../src/data/job-posting-ld.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { runCli, useTempDir } from './helpers.js';

const NOW = '2026-11-28T00:00:00Z';

describe('careers-feed validate: fields of the wrong type in job board feeds', () => {
  const inTemp = useTempDir();

  /** validate's warnings for this feed, and the widget's reading of it. */
  async function validate(name: string, feed: unknown) {
    const path = inTemp(`${name}.json`);
    await writeFile(path, JSON.stringify(feed));
    const run = await runCli('validate', path, '--now', NOW);
    const warnings = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('  - '))
      .map((line) => line.slice(4));
    return { run, warnings, read: normalizeFeed(feed) };
  }

  it('Greenhouse: a title that is a number, a location given as text, a department as text', async () => {
    const job = (fields: object) => ({
      id: 4001,
      absolute_url: 'https://boards.example/jobs/4001',
      ...fields,
    });
    const { run, warnings, read } = await validate('greenhouse', {
      jobs: [
        job({ title: 'Jardinier', location: { name: 'Lyon' }, departments: [{ name: 'Sol' }] }),
        job({ id: 4002, title: 2026, location: 'Paris', departments: ['Sol', { name: 3 }] }),
        job({ id: 4003, title: { fr: 'Maraîcher' } }),
      ],
    });
    assert.match(run.stdout, /format "greenhouse" \(detected\)/);
    assert.deepEqual(warnings, [
      'Job #3 ("4003"): skipped: it has no title.',
      'Job #2 ("2026"): "title" is 2026, a number where text is expected: read as "2026"',
      'Job #2 ("2026"): "location" is text ("Paris"), not an object ({ "name" }): ignored',
      'Job #2 ("2026"): "departments[0]" is text ("Sol"), not an object ({ "name" }): ignored',
      'Job #2 ("2026"): "departments[1].name" is 3, a number where text is expected: read as "3"',
      'Job #3 ("4003"): "title" is an object ({"fr":"Maraîcher"}), not text: ignored: the job has no ' +
        'title, so it is skipped',
    ]);
    // As said: the number is the title, the text location is not read.
    assert.deepEqual(
      read.jobs.map((j) => [j.title, j.locations]),
      [
        ['Jardinier', ['Lyon']],
        ['2026', []],
      ],
    );
  });

  it('Lever: categories as text, a list item that is not text, a date that is none', async () => {
    const { warnings, read } = await validate('lever', [
      {
        id: 'a1',
        text: 'Apiculteur',
        hostedUrl: 'https://jobs.example/a1',
        categories: 'Ruches',
        createdAt: 'hier',
      },
      {
        id: 'a2',
        text: 'Botaniste',
        hostedUrl: 'https://jobs.example/a2',
        categories: { team: 'Serres', allLocations: ['Nantes', { city: 'Brest' }] },
        createdAt: 1764288000000,
      },
    ]);
    assert.deepEqual(warnings, [
      'Job #1 ("Apiculteur"): "categories" is text ("Ruches"), not an object ({ "team", ' +
        '"department", "location", "commitment", "allLocations" }): ignored',
      'Job #1 ("Apiculteur"): "createdAt" is "hier", not a date: ignored',
      'Job #2 ("Botaniste"): "categories.allLocations[1]" is an object ({"city":"Brest"}), not ' +
        'text: left out',
    ]);
    assert.deepEqual(
      read.jobs.map((j) => [j.team?.name, j.locations, j.publishedAt]),
      [
        [undefined, [], undefined],
        ['Serres', ['Nantes'], '2025-11-28T00:00:00.000Z'],
      ],
    );
  });

  it('Ashby: isListed and isRemote given as text, which the widget does not read', async () => {
    const { warnings, read } = await validate('ashby', {
      jobs: [
        { id: 'b1', title: 'Céramiste', jobUrl: 'https://jobs.example/b1', isListed: 'false' },
        { id: 'b2', title: 'Potier', jobUrl: 'https://jobs.example/b2', isRemote: 'true' },
      ],
    });
    assert.deepEqual(warnings, [
      'Job #1 ("Céramiste"): "isListed" is text ("false"), not true or false: ignored',
      'Job #2 ("Potier"): "isRemote" is text ("true"), not true or false: ignored',
    ]);
    assert.deepEqual(
      read.jobs.map((j) => [j.title, j.remote]),
      [
        ['Céramiste', undefined],
        ['Potier', undefined],
      ],
    );
  });

  it('Recruitee, Workable and WTTJ: the same problem in several jobs said once, counted', async () => {
    const recruitee = await validate('recruitee', {
      offers: [1, 2, 3].map((n) => ({ id: n, title: `Offre ${n}`, remote: 'yes', tags: 'Bio' })),
    });
    assert.deepEqual(recruitee.warnings, [
      'Job #1 ("Offre 1"): "remote" is text ("yes"), not true or false: ignored (and 2 more like it)',
    ]);
    assert.deepEqual(recruitee.read.jobs[0].tags, ['Bio'], 'a text alone is a list of one');

    const workable = await validate('workable', {
      name: ['Les Jardins'],
      jobs: [
        { shortcode: 'C1', title: 'Paysagiste', locations: { city: 'Lille' }, telecommuting: 1 },
      ],
    });
    assert.deepEqual(workable.warnings, [
      'The feed: "name" is a list (["Les Jardins"]), not text: ignored',
      'Job #1 ("Paysagiste"): "telecommuting" is a number (1), not true or false: ignored',
      'Job #1 ("Paysagiste"): "locations" is an object ({"city":"Lille"}), not a list: ignored',
    ]);
    assert.deepEqual(workable.read.jobs[0].organization, undefined);
    assert.deepEqual(workable.read.jobs[0].locations, []);

    const wttj = await validate('wttj', {
      name: 'Les Jardins',
      jobs: [
        {
          reference: 'd1',
          name: 'Arboriste',
          websites_urls: [{ reference: 'wttj', url: 'https://jobs.example/d1' }],
          contract_type: ['CDI'],
          office: 'Rennes',
        },
      ],
    });
    assert.deepEqual(wttj.warnings, [
      'Job #1 ("Arboriste"): "contract_type" is a list (["CDI"]), not text or an object ' +
        '({ "fr", "en" }): ignored',
      'Job #1 ("Arboriste"): "office" is text ("Rennes"), not an object ({ "city", "country", ' +
        '"country_code" }): ignored',
    ]);
    assert.equal(wttj.read.jobs[0].contract, undefined);
    assert.deepEqual(wttj.read.jobs[0].locations, []);
  });

  it('JSON-LD: a directApply given as text, an organization as a list', async () => {
    const { warnings, read } = await validate('jsonld', {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'JobPosting',
          title: 'Forestier',
          description: '<p>Des arbres.</p>',
          url: 'https://jobs.example/e1',
          directApply: 'true',
          hiringOrganization: ['Les Forêts'],
        },
      ],
    });
    assert.deepEqual(warnings, [
      'Job #1 ("Forestier"): "hiringOrganization" is a list (["Les Forêts"]), not text or an ' +
        'object ({ "name", "url" }): ignored',
      'Job #1 ("Forestier"): "directApply" is text ("true"), not true or false: ignored',
    ]);
    assert.equal(read.jobs[0].apply, undefined);
    assert.equal(read.jobs[0].organization, undefined);
  });

  it('says nothing of well-formed feeds: the fixtures of every format, and the JSON-LD the widget writes', async () => {
    for (const format of ['greenhouse', 'lever', 'ashby', 'recruitee', 'workable', 'wttj']) {
      const path = join('tests', 'fixtures', 'feeds', `${format}.json`);
      const run = await runCli('validate', path, '--now', NOW);
      assert.doesNotMatch(run.stdout, / is .*, not |where text is expected/, format);
    }
    const ld = [];
    for (const name of ['careers', 'ui-board']) {
      const path = join('tests', 'fixtures', 'feeds', `${name}.json`);
      const { jobs } = normalizeFeed(JSON.parse(await readFile(path, 'utf8')));
      // Open ones only have JSON-LD.
      ld.push(...jobs.map((job) => jobPostingLd({ ...job, open: true, closesAt: undefined })));
    }
    assert.equal(ld.length, 7);
    const { run, warnings } = await validate('widget-jsonld', ld);
    assert.match(run.stdout, /format "jsonld" \(detected\)/);
    assert.deepEqual(
      warnings.filter((line) => / is .*, not |where text is expected/.test(line)),
      [],
    );
  });

  it('has the shapes of every format but careers and betagouv, which have their own checks', () => {
    assert.deepEqual(
      FEED_FORMATS.filter((format) => !CHECKED_FORMATS.includes(format)),
      ['careers', 'betagouv'],
    );
  });
});
