// The Markdown slips `careers-feed build` repairs, on fictional postings written to reproduce
// what real ones do (tests/fixtures/betagouv/rendering/), and each repair reported.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { Marked } from 'marked';
import type { CareersFeed, Job } from '../../src/data/job.js';
import { relativeLinks, tidyMarkdown, withoutRepeatedTitle } from '../../src/data/betagouv/tidy.js';
import { FIXTURES, runCli, type Run } from './helpers.js';

const RENDERING = join(FIXTURES, 'rendering');
const marked = new Marked({ gfm: true, breaks: false });
/** What a reader sees of Markdown (as the widget renders it): text outside code, tags removed. */
const shown = (markdown: string) =>
  (marked.parse(markdown, { async: false }) as string)
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/<[^>]*>/g, ' ');

describe('careers-feed build repairs what would show as Markdown', () => {
  let dir: string;
  let run: Run;
  let jobs: Map<string, Job>;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'careers-feed-'));
    run = await runCli(
      'build',
      RENDERING,
      '--startups',
      join(FIXTURES, 'startups'),
      '--now',
      '2025-01-01T00:00:00Z',
      '-o',
      join(dir, 'feed.json'),
    );
    const feed = JSON.parse(await readFile(join(dir, 'feed.json'), 'utf8')) as CareersFeed;
    jobs = new Map(feed.jobs.map((job) => [job.id, job]));
  });

  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const job = (id: string) => {
    const found = jobs.get(id);
    assert.ok(found, `no job "${id}"`);
    return found;
  };

  it('reports each repair at its line in the file', () => {
    assert.equal(run.code, 0, run.stderr);
    const file = join(RENDERING, '2024-03-01-jardinier.md');
    const lines = run.stderr.split('\n').filter((line) => line.startsWith(`${file}:`));
    assert.deepEqual(
      lines.map((line) =>
        line
          .slice(file.length + 1)
          .replace(
            /:.*?(repeats|bold|escaped|spaces|empty|closing ">"|backslash|relative).*/,
            ' $1',
          ),
      ),
      [
        '9 repeats',
        '18 bold',
        '22 bold',
        '26 escaped',
        '30 spaces',
        '30 empty',
        '32 closing ">"',
        '32 backslash',
        '34 relative',
        '36 empty',
      ],
    );
  });

  it('leaves no Markdown syntax to show, and keeps what was right', () => {
    const text = job('2024-03-01-jardinier').description!;
    const seen = shown(text);
    assert.doesNotMatch(seen, /\*\*|\]\(|\\\[|\\-|-{3}/, seen);
    // The real bold, the bold inside code, the link with a title are as written.
    assert.match(text, /Un \*\*vrai\*\* gras reste gras, et `\*\*` dans du code/);
    assert.match(text, /\[le guide\]\(https:\/\/guide\.example\.org\/a "Le guide"\)/);
    // Every link is a link, with its whole address.
    const html = marked.parse(text, { async: false }) as string;
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
    assert.deepEqual(
      hrefs.filter((href) => href.startsWith('mailto:')),
      [
        'mailto:potager@example.org?cc=equipe@example.org&subject=Candidature%20jardinier',
        'mailto:equipe@example.org?subject=Candidature%20jardinier%20num%C3%A9rique',
        'mailto:recrutement@example.org?cc=equipe@example.org&subject=candidature%20jardin',
      ],
    );
    // The addresses show once, not twice.
    assert.equal(seen.split('potager@example.org').length - 1, 1, seen);
    assert.equal(seen.split('https://guide.example.org/complet').length - 1, 1, seen);
  });

  it('drops a first heading that repeats the title, not one that names the organization', () => {
    const text = job('2024-03-01-jardinier').description!;
    assert.ok(text.startsWith('**Le Potager Partagé cherche'), text.slice(0, 80));
    assert.ok(job('2024-03-02-stage').description!.startsWith('# Le Potager Partagé\n'));
    assert.doesNotMatch(run.stderr, /2024-03-02-stage\.md:\d+: the text opens/);
  });

  it('keeps an empty link before a link elsewhere, and an image without text', () => {
    const text = job('2024-03-02-stage').description!;
    assert.match(text, /\[\]\(mailto:carto@example\.org\) \[l'équipe\]/);
    assert.match(text, /!\[\]\(https:\/\/potager\.example\.org\/carte\.png\)/);
  });

  it('keeps no contract label that only names the kind', () => {
    assert.deepEqual(job('2024-03-01-jardinier').contract, { kind: 'freelance' });
    assert.deepEqual(job('2024-03-02-stage').contract, { kind: 'internship' });
  });

  it('makes the summary of bold over two lines without asterisks', () => {
    assert.equal(
      job('2024-03-01-jardinier').summary,
      'Le Potager Partagé cherche une personne pour faire pousser son service.',
    );
  });

  it('says where a relative address leads with --base-url', async () => {
    const withBase = await runCli(
      'build',
      join(RENDERING, '2024-03-01-jardinier.md'),
      '--base-url',
      'https://jobs.example.org/offres/',
    );
    assert.match(
      withBase.stderr,
      /2024-03-01-jardinier\.md:34: relative address "\/startups\/potager": it leads to https:\/\/jobs\.example\.org\/startups\/potager\n/,
    );
  });
});

describe('tidyMarkdown', () => {
  it('changes nothing in well-formed Markdown', () => {
    for (const text of [
      '**gras\nsur deux lignes** et __souligné__',
      '[a](https://x.example/a "titre") [b](<mailto:a@x.example?subject=Un sujet>)',
      '![](https://x.example/i.png)[lien](https://x.example)',
      '`**` et\n\n```\n** code\n```',
      '- **un**\n- deux **trois**\n\n> **cité**',
      '\\*\\* échappés',
      '---\n\nTexte',
    ]) {
      assert.deepEqual(tidyMarkdown(text), { text, fixes: [] }, text);
    }
  });

  it('drops only the bold markers of the block that shows them', () => {
    const { text, fixes } = tidyMarkdown(
      '**Bon** début.\n\n- **ouvert\n- **bon**\n\nFin **bonne**.',
    );
    assert.equal(text, '**Bon** début.\n\n- ouvert\n- **bon**\n\nFin **bonne**.');
    assert.deepEqual(
      fixes.map((fix) => fix.line),
      [3],
    );
  });

  it('unglues words joined by non-breaking spaces, keeps the typographic ones', () => {
    const { text, fixes } = tidyMarkdown(
      'Des solutions\u00a0simples&nbsp;et pragmatiques\u00a0; 10\u00a0000\u00a0€, «\u00a0bien\u00a0».',
    );
    assert.equal(
      text,
      'Des solutions simples et pragmatiques\u00a0; 10\u00a0000\u00a0€, «\u00a0bien\u00a0».',
    );
    assert.deepEqual(
      fixes.map((fix) => fix.message),
      ['2 non-breaking spaces between words made plain (a narrow screen would cut a word instead)'],
    );
  });

  it(
    'gets through hostile text (runs of brackets, markers, comments, spaces)',
    { timeout: 20_000 },
    () => {
      for (const text of [
        '['.repeat(30_000),
        `[${'a'.repeat(30_000)}`,
        '[](x'.repeat(20_000),
        '[](x)'.repeat(20_000),
        `[a](https://x ${' a'.repeat(30_000)}`,
        `# ${' '.repeat(30_000)}x`,
        '<!--'.repeat(20_000),
        '**a\n\n'.repeat(20_000),
        'a\u00a0'.repeat(30_000),
        `[a](<${'x'.repeat(30_000)}`,
        `**${'a `'.repeat(60_000)}`,
      ]) {
        const { text: out } = tidyMarkdown(text);
        assert.equal(out.split('\n').length, text.split('\n').length, 'no line added or removed');
        withoutRepeatedTitle(out, 'a b');
        relativeLinks(out);
      }
    },
  );

  it('encodes the spaces of an http(s) address too', () => {
    assert.equal(
      tidyMarkdown('[doc](https://x.example/un document.pdf)').text,
      '[doc](https://x.example/un%20document.pdf)',
    );
  });
});

describe('withoutRepeatedTitle', () => {
  it('finds the heading after comments, ATX or setext', () => {
    assert.deepEqual(
      withoutRepeatedTitle(
        '<!--StartFragment-->\n\nUI Designer Junior\n===\n\nTexte',
        'UI designer junior',
      ),
      { text: '<!--StartFragment-->\n\nTexte', line: 3, heading: 'UI Designer Junior' },
    );
    assert.equal(
      withoutRepeatedTitle('## **Jardinier·e** 🌱\n\nTexte', 'Jardinier·e').text,
      'Texte',
    );
  });

  it('keeps headings that say something else, emoji alone, or text first', () => {
    for (const [text, title] of [
      ['# Qui sommes-nous ?\n\nTexte', 'Qui recrute ?'],
      ['# 🌱\n\nTexte', 'Jardinier'],
      ['Jardinier\n\n# Jardinier', 'Jardinier'],
      ['# Jardinier recherché\n\nTexte', 'Jardinier'],
    ]) {
      assert.deepEqual(withoutRepeatedTitle(text, title), { text }, text);
    }
  });
});

describe('relativeLinks', () => {
  it('lists relative link and image addresses, not absolute ones nor anchors', () => {
    assert.deepEqual(
      relativeLinks(
        '[a](/startups/x) [b](https://x.example) [c](#ici) [d](mailto:a@x.example)\n<a href="page.html">e</a> <img src=logo.png> ![f](data:image/png;base64,AA)',
      ),
      [
        { line: 1, target: '/startups/x' },
        { line: 2, target: 'page.html' },
        { line: 2, target: 'logo.png' },
      ],
    );
  });
});
