// `careers-feed build` on small fictional fixtures (tests/fixtures/betagouv/): one file per rule.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CareersFeed, Job } from '../../src/data/job.js';
import { validate } from '../data/json-schema.js';
import { FIXTURES, runCli, type Run } from './helpers.js';

const POSTINGS = join(FIXTURES, 'postings');
const STARTUPS = join(FIXTURES, 'startups');
const NOW = '2025-06-01T00:00:00Z';

describe('careers-feed build on fixtures', () => {
  let dir: string;
  let run: Run;
  let jobs: Map<string, Job>;
  let feed: CareersFeed;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'careers-feed-'));
    run = await runCli(
      'build',
      POSTINGS,
      '--startups',
      STARTUPS,
      '--now',
      NOW,
      '--base-url',
      'https://jobs.example.org/offres/',
      '-o',
      join(dir, 'out', 'feed.json'),
    );
    feed = JSON.parse(await readFile(join(dir, 'out', 'feed.json'), 'utf8')) as CareersFeed;
    jobs = new Map(feed.jobs.map((job) => [job.id, job]));
  });

  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const job = (id: string) => {
    const found = jobs.get(id);
    assert.ok(found, `no job "${id}" in ${[...jobs.keys()].join(', ')}`);
    return found;
  };
  const diagnostic = (file: string, line: number, words: string) =>
    assert.ok(
      run.stderr.includes(`${join(POSTINGS, file)}:${line}: `) &&
        run.stderr
          .split('\n')
          .some((l) => l.startsWith(`${join(POSTINGS, file)}:${line}: `) && l.includes(words)),
      `expected "${file}:${line}: ...${words}..." in:\n${run.stderr}`,
    );

  it('reads every file with front matter, including names with spaces, accents or no .md', () => {
    assert.equal(run.code, 0, run.stderr);
    assert.equal(jobs.size, 8);
    assert.ok(jobs.has('2024-01-18-stage'), 'the file without .md');
    assert.ok(jobs.has('2024-01-19-data-engineer-ete'), 'the file with a space and an accent');
    assert.match(run.stderr, /^8 postings, 6 open, \d+ warnings$/m);
  });

  describe('closing rules', () => {
    it('closes on open: false, poste_pourvu, and a past depublication_date', () => {
      assert.equal(job('2024-01-17-bizdev').open, false, 'poste_pourvu: true');
      const past = job('offre-sans-date');
      assert.equal(past.open, false, 'depublication_date before now');
      assert.equal(past.closesAt, '2024-03-01T12:00:00.000Z');
    });

    it('keeps open a posting whose closing date is still ahead, with that date', () => {
      const ahead = job('2024-01-21-hostile');
      assert.equal(ahead.open, true);
      assert.equal(ahead.closesAt, '2030-12-31');
    });

    it('closes on a poste_ferme date once that day is over everywhere (now is injectable)', async () => {
      const build = (now: string) =>
        runCli('build', join(POSTINGS, '2024-01-21-hostile.md'), '--now', now);
      // 2030-12-31 is over in Paris, not in Tahiti or Baker Island: still open for their
      // visitors, and its closesAt closes it for each one where they are.
      const early = await build('2031-01-01T06:00:00Z');
      const job = (JSON.parse(early.stdout) as CareersFeed).jobs[0];
      assert.equal(job.open, true);
      assert.equal(job.closesAt, '2030-12-31');
      const later = await build('2031-01-01T12:00:00Z');
      assert.equal(later.code, 0);
      assert.equal((JSON.parse(later.stdout) as CareersFeed).jobs[0].open, false);
      assert.match(later.stderr, /^1 posting, 0 open, /m);
    });

    it('shows a posting with no "open" key as open, with a warning, unless another field closes it', async () => {
      await writeFile(
        join(dir, 'sans-open.md'),
        '---\ntitle: Sans open\ndate: 2025-01-02\n---\nTexte.\n',
      );
      const alone = await runCli('build', join(dir, 'sans-open.md'), '--now', NOW);
      assert.equal((JSON.parse(alone.stdout) as CareersFeed).jobs[0].open, true);
      assert.match(
        alone.stderr,
        /sans-open\.md:1: no "open" field: the posting is shown as open$/m,
      );
      // offre-sans-date has no "open" key either, but its past depublication_date closes it.
      assert.equal(job('offre-sans-date').open, false);
      assert.doesNotMatch(run.stderr, /offre-sans-date\.md:\d+: no "open" field/);
    });
  });

  describe('dates', () => {
    it('reads an ISO date-time, a date, and a one-digit hour without time zone', () => {
      assert.equal(job('2024-01-15-dev-fontaines').publishedAt, '2024-01-15T10:30:00.000Z');
      assert.equal(job('2024-01-16-designer').publishedAt, '2024-01-16');
      assert.equal(job('2024-01-18-stage').publishedAt, '2024-01-18T09:05:00');
    });

    it('takes post_ouvert when there is no date, else the file name date', () => {
      assert.equal(job('offre-sans-date').publishedAt, '2024-01-20');
      assert.equal(job('2024-01-17-bizdev').publishedAt, '2024-01-17');
    });
  });

  describe('startups', () => {
    it('resolves by id and gives the organization its name and link', () => {
      assert.deepEqual(job('2024-01-15-dev-fontaines').organization, {
        name: 'Carte des Fontaines',
        url: 'https://fontaines.example.org/',
      });
    });

    it('resolves by title, with a note', () => {
      assert.equal(job('2024-01-16-designer').organization?.name, 'Le Potager Partagé');
      diagnostic('2024-01-16-designer.md', 3, 'resolved by title to "potager"');
    });

    it('resolves through redirect_from, given as "x.md" or as a path', () => {
      assert.equal(job('2024-01-17-bizdev').organization?.name, 'Jardin Numérique');
      assert.equal(job('2024-01-18-stage').organization?.name, 'Jardin Numérique');
      diagnostic('2024-01-18-stage', 3, 'resolved by redirect_from to "jardin-numerique"');
    });

    it('reports an unknown startup at its line, and falls back to the partner as organization', () => {
      diagnostic('offre-sans-date.md', 7, 'startup "startup-inconnue" not found');
      const partner = job('offre-sans-date');
      assert.equal(partner.organization?.name, "L'Incubateur Imaginaire");
      assert.deepEqual(partner.team, { name: 'Équipe Cartes Fictives' });
    });

    it('builds a title from roles and the startup when the posting has none', () => {
      assert.equal(
        job('2024-01-16-designer').title,
        'Le Potager Partagé recrute\u00a0: un·e designer',
      );
    });

    it('says once, naming --startups, that postings name a startup when no folder is given', async () => {
      assert.doesNotMatch(run.stderr, /--startups/);
      const without = await runCli('build', POSTINGS, '--now', NOW);
      assert.equal(without.code, 0, without.stderr);
      const lines = without.stderr.split('\n').filter((line) => /startup/i.test(line));
      assert.deepEqual(lines, [
        `${join(POSTINGS, '2024-01-15-dev-fontaines.md')}:4: 6 postings name a startup ` +
          '("fontaines" here) but no --startups <folder> was given: they get no organization ' +
          'from it; give the folder of startup files (<id>.md)',
      ]);
      const feed = JSON.parse(without.stdout) as CareersFeed;
      assert.equal(
        feed.jobs.find((j) => j.id === '2024-01-15-dev-fontaines')?.organization,
        undefined,
      );
    });
  });

  describe('contracts, tags, experience', () => {
    it('reads misspelled and free-text contracts, keeping the words that say more', () => {
      // "indépendent" only names the kind, misspelled: "Indépendant·e (indépendent)" says nothing more.
      assert.deepEqual(job('2024-01-15-dev-fontaines').contract, { kind: 'freelance' });
      assert.equal(job('2024-01-16-designer').contract?.kind, 'freelance');
      assert.equal(job('offre-sans-date').contract?.kind, 'freelance', 'préstataire');
      assert.equal(job('2024-01-18-stage').contract?.kind, 'internship', 'stagiaire');
      assert.equal(job('2024-01-17-bizdev').contract?.kind, 'fixed-term', 'CDD 3 ans');
      assert.deepEqual(job('2024-01-19-data-engineer-ete').contract, {
        kind: 'civil-servant',
        label: 'Fonctionaire A/A+ ou CDD 3 ans',
      });
    });

    it('makes tags of domaines and techno, and junior: true the junior level', () => {
      const dev = job('2024-01-15-dev-fontaines');
      assert.deepEqual(dev.tags, ['Développement', 'Python', 'Django', 'PostgreSQL']);
      assert.equal(dev.experience, 'junior');
      assert.equal(job('2024-01-17-bizdev').experience, undefined);
    });
  });

  describe('apply', () => {
    it('prefers the front matter contact, else links and addresses found in the text', () => {
      assert.deepEqual(job('2024-01-15-dev-fontaines').apply, {
        email: 'recrutement@fontaines.example.org',
      });
      assert.equal(
        job('2024-01-16-designer').apply?.url,
        'https://www.demarches-simplifiees.fr/commencer/potager-designer-fictif',
      );
      assert.equal(job('2024-01-17-bizdev').apply?.email, 'bizdev@jardin.example.org');
      assert.equal(job('2024-01-18-stage').apply?.url, 'https://airtable.com/shrFictif0000000');
      assert.equal(
        job('2024-01-19-data-engineer-ete').apply?.url,
        'https://exemple.typeform.com/to/fictif',
      );
      assert.equal(
        job('offre-sans-date').apply?.url,
        'https://imaginaire.example.org/recrutements/chef-fe-de-projet',
      );
    });

    it('says so when a posting names no way to apply', () => {
      assert.equal(job('2024-01-22-sans-rien').apply, undefined);
      diagnostic('2024-01-22-sans-rien.md', 1, 'no way to apply found');
    });
  });

  describe('text', () => {
    it('takes the excerpt before <!--more-->, as plain text', () => {
      assert.equal(
        job('2024-01-15-dev-fontaines').summary,
        'Nous cherchons une personne pour cartographier les fontaines publiques.',
      );
    });

    it('else the first paragraph of prose, headings skipped, links as their text', () => {
      assert.equal(
        job('2024-01-16-designer').summary,
        'Le Potager Partagé met en relation des jardins et des jardiniers, en savoir plus.',
      );
    });

    it('keeps the body as the Markdown description and builds url from --base-url', () => {
      const dev = job('2024-01-15-dev-fontaines');
      assert.match(dev.description ?? '', /^Nous cherchons .*\n\n<!--more-->\n\n## La mission/s);
      assert.equal(dev.url, 'https://jobs.example.org/offres/2024-01-15-dev-fontaines');
    });

    it('says once, for the whole feed, that the postings are written in French', () => {
      assert.equal(feed.language, 'fr');
      assert.deepEqual(Object.keys(feed), ['version', 'language', 'jobs']);
      assert.ok(jobs.size > 0);
      for (const one of jobs.values()) assert.equal(one.language, undefined, one.id);
    });

    it('gives every posting the country FR, or the one --country names', async () => {
      assert.deepEqual(new Set([...jobs.values()].map((j) => j.country)), new Set(['FR']));
      const other = await runCli(
        'build',
        join(POSTINGS, '2024-01-15-dev-fontaines.md'),
        '--country',
        'be',
      );
      assert.equal(other.code, 0);
      const feed = JSON.parse(other.stdout) as CareersFeed;
      assert.deepEqual(
        feed.jobs.map((j) => j.country),
        ['BE'],
      );
    });

    it('makes a title from the file name when there is neither title nor roles', () => {
      assert.equal(job('2024-01-22-sans-rien').title, 'Sans rien');
      diagnostic('2024-01-22-sans-rien.md', 1, 'no "title" nor "roles"');
    });
  });

  describe('quirks', () => {
    it('keeps the last of duplicate keys, CRLF and non-breaking spaces included', () => {
      const file = '2024-01-19-data engineer été.md';
      const crlf = job('2024-01-19-data-engineer-ete');
      assert.equal(crlf.open, true, 'open: false then open: true');
      assert.equal(crlf.experience, 'junior', 'junior:<nbsp>true');
      assert.deepEqual(crlf.roles, ['un·e data engineer']);
      diagnostic(file, 6, '"open" is given twice (line 4 and here)');
      diagnostic(file, 5, 'non-breaking space');
    });

    it('reads template comments after values as comments', () => {
      const dev = job('2024-01-15-dev-fontaines');
      assert.equal(dev.open, true);
      assert.equal(dev.experience, 'junior');
    });

    it('reads YAML that does not parse line by line, and skips a file with no front matter', async () => {
      const invalid = await runCli('build', join(FIXTURES, 'invalid'));
      assert.equal(invalid.code, 0);
      const feed = JSON.parse(invalid.stdout) as CareersFeed;
      assert.deepEqual(
        feed.jobs.map((j) => [j.id, j.open]),
        [['2024-02-01-yaml-casse', false]],
      );
      // Said at the line where the unclosed "[" opens, read as the list it opens.
      assert.match(
        invalid.stderr,
        /yaml-casse\.md:3: the front matter is not valid YAML \(.+\): read line by line instead/,
      );
      assert.match(
        invalid.stderr,
        /yaml-casse\.md:3: "startup": the \[ that opens the value is not closed \(not valid YAML\): read as the list \["fontaines"\]/,
      );
      assert.match(invalid.stderr, /pas-une-offre\.md:1: no front matter .*skipped/);
      // A list is not a startup id, as when the YAML is valid.
      assert.match(
        invalid.stderr,
        /yaml-casse\.md:3: "startup" is \["fontaines"\], not an id: ignored/,
      );
      assert.match(invalid.stderr, /^1 posting, 0 open, 4 warnings$/m);
    });
  });

  describe('hostile input', () => {
    it('survives YAML bombs, non-map front matter, __proto__ keys and binary bytes', async () => {
      const run = await runCli('build', join(FIXTURES, 'hostile-yaml'));
      assert.equal(run.code, 0, run.stderr);
      const feed = JSON.parse(run.stdout) as CareersFeed;
      assert.deepEqual(
        feed.jobs.map((j) => j.id),
        ['binaire', 'bomb', 'list-fm', 'proto'],
      );
      assert.match(
        run.stderr,
        /bomb\.md:2: the front matter cannot be read as YAML \(.*\): read line by line/,
      );
      assert.equal(feed.jobs[1].title, 'Bombe');
      assert.match(
        run.stderr,
        /list-fm\.md:2: the front matter is not a list of "key: value" lines/,
      );
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      assert.equal(feed.jobs[3].title, 'Proto');
    });

    it('drops javascript: URLs and addresses, keeping a real form link, with warnings', () => {
      const hostile = job('2024-01-21-hostile');
      assert.deepEqual(
        { url: hostile.apply?.url, email: hostile.apply?.email },
        { url: 'https://tally.so/r/fictif', email: undefined },
      );
      diagnostic('2024-01-21-hostile.md', 5, '"contact" is not an e-mail address');
      diagnostic('2024-01-21-hostile.md', 6, '"externalURL" is not an http(s) URL');
    });

    it('keeps markup as inert text: the summary has no tag, no field but the Markdown a script URL', () => {
      const hostile = job('2024-01-21-hostile');
      assert.equal(hostile.summary, 'Texte gras alert(4) et un lien.');
      assert.doesNotMatch(hostile.apply?.instructions ?? '', /[<>]|javascript:/);
      const { description, ...rest } = hostile;
      assert.doesNotMatch(JSON.stringify(rest), /javascript:/);
      assert.match(description ?? '', /javascript:/, 'the Markdown is kept for the sanitizer');
      assert.equal(hostile.title, "<script>alert('titre')</script>Offre piégée");
    });
  });

  it('writes the feed where -o says, creating folders, valid against the JSON Schema', async () => {
    assert.ok(existsSync(join(dir, 'out', 'feed.json')));
    const schema = JSON.parse(await readFile('schema/careers-feed.schema.json', 'utf8'));
    const feed = JSON.parse(await readFile(join(dir, 'out', 'feed.json'), 'utf8'));
    assert.deepEqual(validate(schema, feed), []);
    assert.match(run.stderr, /^wrote .*feed\.json$/m);
  });
});

describe('careers-feed build on the files a folder of postings may hold', () => {
  let dir: string;
  let run: Run;
  let jobs: Map<string, Job>;

  const write = async (path: string, text: string) => {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  };
  const posting = (title: string, extra = '') =>
    `---\ntitle: ${title}\nopen: true\ndate: 2025-01-02\n${extra}---\nTexte.\n`;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'careers-feed-'));
    await write('postings/bom.md', `\uFEFF${posting('Avec BOM')}`);
    await write('postings/.brouillon.md', posting('Brouillon caché'));
    await write('postings/a/offre.md', posting('Offre A'));
    await write('postings/b/offre.md', posting('Offre B'));
    for (const name of ['bom.md~', '#bom.md#', 'bom.md.orig', 'offre.docx', 'a/offre.md.bak']) {
      await write(`postings/${name}`, posting('Copie de sauvegarde'));
    }
    await write('postings/sans-extension', posting('Sans extension'));
    await write('postings/points.md', '---\ntitle: Points\nopen: true\n...\nTexte.\n');
    await write('postings/casse.md', '---\ntitle: [non fermé\nopen: false # pourvu\n---\nTexte.\n');
    await write('postings/par-titre.md', posting('Par titre', 'startup: Le Potager\n'));
    await write(
      'postings/par-lien.md',
      posting('Par lien', 'startup: /startups/a-potager.html?mtm=x#haut\n'),
    );
    await write('postings/cachee.md', posting('Cachée', 'startup: Ancien Nom\n'));
    await write('postings/casse-id.md', posting('Casse', 'startup: A-Potager\n'));
    await write('postings/liste.md', posting('Liste', 'startup: [a-potager, b-potager]\n'));
    const startup = (title: string, link: string) => `---\ntitle: ${title}\nlink: ${link}\n---\n`;
    await write('startups/a-potager.md', startup('Le Potager', 'https://a.example.org/'));
    await write('startups/b-potager.md', startup('Le Potager', 'https://b.example.org/'));
    await write('startups/.ancien.md', startup('Ancien Nom', 'https://c.example.org/'));
    run = await runCli(
      'build',
      join(dir, 'postings'),
      '--startups',
      join(dir, 'startups'),
      '--now',
      NOW,
    );
    jobs = new Map((JSON.parse(run.stdout) as CareersFeed).jobs.map((job) => [job.id, job]));
  });

  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('reads a file that starts with a byte order mark', () => {
    assert.equal(run.code, 0, run.stderr);
    assert.equal(jobs.get('bom')?.title, 'Avec BOM');
  });

  it('leaves hidden files out, postings and startups', () => {
    assert.ok(![...jobs.values()].some((job) => job.title === 'Brouillon caché'));
    assert.doesNotMatch(run.stderr, /brouillon/);
    assert.equal(jobs.get('cachee')?.organization, undefined);
    assert.match(run.stderr, /cachee\.md:\d+: startup "Ancien Nom" not found/);
  });

  it('gives two files of the same name different ids, and says so', () => {
    assert.equal(jobs.get('offre')?.title, 'Offre A');
    assert.equal(jobs.get('offre-2')?.title, 'Offre B');
    assert.match(
      run.stderr,
      /b[/\\]offre\.md:1: id "offre" is already used by another posting: this one is "offre-2"$/m,
    );
  });

  it('gives a renamed id the url of that id, in the feed and in the fallback list', async () => {
    const fallback = join(dir, 'fallback.html');
    const renamed = await runCli(
      'build',
      join(dir, 'postings', 'a'),
      join(dir, 'postings', 'b'),
      '--base-url',
      'https://jobs.example.org/offres',
      '--fallback',
      fallback,
      '--now',
      NOW,
    );
    assert.equal(renamed.code, 0, renamed.stderr);
    const byId = new Map(
      (JSON.parse(renamed.stdout) as CareersFeed).jobs.map((job) => [job.id, job]),
    );
    assert.equal(byId.get('offre')?.title, 'Offre A');
    assert.equal(byId.get('offre')?.url, 'https://jobs.example.org/offres/offre');
    assert.equal(byId.get('offre-2')?.title, 'Offre B');
    assert.equal(byId.get('offre-2')?.url, 'https://jobs.example.org/offres/offre-2');
    const html = await readFile(fallback, 'utf8');
    assert.match(html, /<a href="https:\/\/jobs\.example\.org\/offres\/offre-2">Offre B<\/a>/);
    assert.match(html, /<a href="https:\/\/jobs\.example\.org\/offres\/offre">Offre A<\/a>/);
  });

  it('reads .md, .markdown and names without an extension in a folder, and lists the rest once', () => {
    assert.equal(jobs.get('sans-extension')?.title, 'Sans extension');
    assert.deepEqual(
      [...jobs.values()].filter((job) => job.title === 'Copie de sauvegarde'),
      [],
    );
    const lines = run.stderr.split('\n').filter((line) => line.includes('not read'));
    assert.deepEqual(lines, [
      `${join(dir, 'postings')}:1: 5 files not read, as not Markdown (.md, .markdown, or no ` +
        `extension): "#bom.md#", "${join('a', 'offre.md.bak')}", "bom.md.orig", "bom.md~", ` +
        '"offre.docx"; name a file on the command line to read it anyway',
    ]);
  });

  it('reads a file named on the command line whatever its name', async () => {
    const named = await runCli('build', join(dir, 'postings', 'bom.md~'), '--now', NOW);
    assert.equal(named.code, 0, named.stderr);
    const feed = JSON.parse(named.stdout) as CareersFeed;
    assert.deepEqual(
      feed.jobs.map((job) => job.title),
      ['Copie de sauvegarde'],
    );
    assert.doesNotMatch(named.stderr, /not read/);
  });

  it('reads a file given twice, or inside a folder also given, once', async () => {
    const twice = await runCli(
      'build',
      join(dir, 'postings', 'a'),
      join(dir, 'postings', 'a', 'offre.md'),
      join(dir, 'postings', 'a', '..', 'a', 'offre.md'),
      '--now',
      NOW,
    );
    assert.equal(twice.code, 0, twice.stderr);
    const feed = JSON.parse(twice.stdout) as CareersFeed;
    assert.deepEqual(
      feed.jobs.map((job) => job.id),
      ['offre'],
    );
    assert.doesNotMatch(twice.stderr, /already used/);
  });

  it('ends the front matter at a "..." line, as YAML does', () => {
    assert.equal(jobs.get('points')?.title, 'Points');
  });

  it('drops comments after values when reading YAML that does not parse line by line', () => {
    assert.match(run.stderr, /casse\.md:\d+: the front matter is not valid YAML/);
    assert.equal(jobs.get('casse')?.open, false);
  });

  it('resolves a title two startups share to the first by file name', () => {
    assert.deepEqual(jobs.get('par-titre')?.organization, {
      name: 'Le Potager',
      url: 'https://a.example.org/',
    });
  });

  it('resolves a startup id written in another case', () => {
    assert.equal(jobs.get('casse-id')?.organization?.url, 'https://a.example.org/');
  });

  it('says when startup is not an id, and ignores it', () => {
    assert.equal(jobs.get('liste')?.organization, undefined);
    assert.match(
      run.stderr,
      /liste\.md:5: "startup" is \["a-potager","b-potager"\], not an id: ignored$/m,
    );
  });

  it('resolves a startup given as a page address with a query and a fragment, by id', () => {
    assert.equal(jobs.get('par-lien')?.organization?.url, 'https://a.example.org/');
    assert.doesNotMatch(run.stderr, /par-lien\.md:\d+: startup/);
  });
});

describe('careers-feed build on a misspelled front matter key', () => {
  it('says which known key a slip looks like, at its line, and nothing for other keys', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'careers-feed-'));
    try {
      await writeFile(
        join(dir, '2025-01-02-fautes.md'),
        '---\ntilte: Jardinier\nroles: jardinier\nOpen: true\ndate: 2025-01-02\n' +
          'contat: jo@example.org\nlieu: Lyon\n---\nÉcrivez à jo@example.org pour candidater.\n',
      );
      const run = await runCli('build', dir, '--now', NOW);
      assert.equal(run.code, 0, run.stderr);
      const unknown = run.stderr.split('\n').filter((line) => line.includes('unknown key'));
      assert.deepEqual(
        unknown.map((line) => line.replace(/^.*fautes\.md:/, '')),
        [
          '2: unknown key "tilte", ignored: did you mean "title"?',
          '4: unknown key "Open", ignored: did you mean "open"?',
          '6: unknown key "contat", ignored: did you mean "contrat" or "contact"?',
        ],
      );
      // The slips are really ignored: the title comes from the roles.
      const [job] = (JSON.parse(run.stdout) as CareersFeed).jobs;
      assert.equal(job.title, 'Jardinier');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('careers-feed build on a front matter without its closing line', () => {
  it('says once, at line 1, why the file is skipped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'careers-feed-'));
    try {
      await writeFile(
        join(dir, '2025-01-02-sans-fin.md'),
        '---\ntitle: Sans fin\nopen: true\n\nTexte sans fermeture.\n',
      );
      await writeFile(
        join(dir, '2025-01-03-bonne.md'),
        '---\ntitle: Bonne\nopen: true\n---\nTexte.\n',
      );
      const run = await runCli('build', dir, '--now', NOW);
      assert.equal(run.code, 0, run.stderr);
      const about = run.stderr.split('\n').filter((line) => line.includes('sans-fin'));
      assert.deepEqual(
        about.map((line) => line.replace(/^.*sans-fin\.md:/, '')),
        ['1: the front matter has no closing "---" line: not read as a posting, skipped'],
      );
      const feed = JSON.parse(run.stdout) as CareersFeed;
      assert.deepEqual(
        feed.jobs.map((job) => job.title),
        ['Bonne'],
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('careers-feed build on a front matter with broken YAML or tabs', () => {
  let dir: string;
  let run: Run;
  let jobs: Map<string, Job>;
  /** The diagnostics about one file, as "line: message". */
  const about = (name: string) =>
    run.stderr
      .split('\n')
      .filter((line) => line.startsWith(join(dir, name) + ':'))
      .map((line) => line.slice(join(dir, name).length + 1));

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'careers-feed-'));
    await writeFile(
      join(dir, '2025-01-02-stagiaire.md'),
      '---\ntitle: "Stagiaire data\nroles: stagiaire\nopen: true\ndomaines: [Data, IA\n' +
        'contact: jo@example.org\n---\nUn stage.\n',
    );
    await writeFile(
      join(dir, '2025-01-03-jardinier.md'),
      '---\ntitle: Jardinier\n\topen: false\ndate: 2025-01-03\ndomaines:\n\t- Jardin\n' +
        'contact: jo@example.org\n---\nUn jardin.\n',
    );
    run = await runCli('build', dir, '--now', NOW);
    jobs = new Map((JSON.parse(run.stdout) as CareersFeed).jobs.map((job) => [job.id, job]));
  });
  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('publishes no stray quote, and says where the quote and the bracket open', () => {
    assert.equal(run.code, 0, run.stderr);
    const job = jobs.get('2025-01-02-stagiaire');
    assert.equal(job?.title, 'Stagiaire data');
    assert.deepEqual(job?.tags, ['Data', 'IA']);
    assert.deepEqual(about('2025-01-02-stagiaire.md'), [
      '2: the front matter is not valid YAML (Missing closing "quote): read line by line instead',
      '2: "title": the " that opens the value is not closed (not valid YAML): read as "Stagiaire data"',
      '5: "domaines": the [ that opens the value is not closed (not valid YAML): read as the list ["Data","IA"]',
    ]);
  });

  it('keeps the values of tab-indented lines, saying so at each line', () => {
    const job = jobs.get('2025-01-03-jardinier');
    assert.equal(job?.open, false, 'open: false, indented with a tab');
    assert.deepEqual(job?.tags, ['Jardin']);
    assert.deepEqual(about('2025-01-03-jardinier.md'), [
      '3: "open" is indented with a tab, which YAML forbids: read as a key of its own, its value kept',
      '6: line indented with a tab, which YAML forbids: read as if indented with spaces, as part of "domaines"',
    ]);
  });
});

describe('careers-feed build on raw HTML the widget drops', () => {
  it('says once per file, at the first line, which HTML will not show and where', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'careers-feed-'));
    try {
      await writeFile(
        join(dir, '2025-01-02-html.md'),
        '---\ntitle: HTML\nopen: true\ncontact: jo@example.org\n---\n\n' + // body from line 6
          'Un <b>gras</b> gardé, `<script>` en code.\n\n' + // 7
          '<style>\np { margin: 0 }\n</style>\n\n' + // 9
          '<iframe src="https://example.org/video"></iframe>\n\n' + // 13
          '<div>\n<button onclick="go()">Postuler</button>\n</div>\n', // 15, 16
      );
      await writeFile(
        join(dir, '2025-01-03-propre.md'),
        '---\ntitle: Propre\nopen: true\ncontact: jo@example.org\n---\n\n' +
          'Un <b>gras</b>, <br/> et <a href="https://example.org">un lien</a>.\n',
      );
      const run = await runCli('build', dir, '--now', NOW);
      assert.equal(run.code, 0, run.stderr);
      const notes = run.stderr.split('\n').filter((line) => line.includes('raw HTML'));
      assert.deepEqual(
        notes.map((line) => line.slice(dir.length + 1)),
        [
          '2025-01-02-html.md:9: raw HTML the widget drops: <style> (line 9, with all it holds), ' +
            '<iframe> (line 13, with all it holds), <button> (line 16, the tag only: what it ' +
            'holds stays), onclick attributes (line 16)',
        ],
      );
      // The text is kept as written: the widget's sanitizer is the gate.
      const [job] = (JSON.parse(run.stdout) as CareersFeed).jobs;
      assert.match(job.description ?? '', /<iframe src=/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
