// The build patches DOMPurify and marked (scripts/build-plugins.ts: their options fixed to the
// widget's, code for other modes dropped). This differential test proves the patched libraries
// behave exactly like the unpatched ones on the widget's inputs: the shipped ES module
// (dist/careers-widget.mjs) and the same sources built without those plugins run side by side in
// one Chromium page, and every output must be identical: `renderDescription()` of Markdown and
// of HTML descriptions (marked, DOMPurify and the widget's own hooks), and `normalizeFeed()` of
// whole feeds (its beta.gouv.fr reader lexes Markdown). Inputs: the hostile corpus of the
// security test, the real beta.gouv.fr corpus (../shared/corpus, read at run time), the fixture
// feeds, and generated HTML and Markdown (fast-check, seeded: a failure prints its seed; set
// CAREERS_DIFF_SEED to replay it, CAREERS_DIFF_RUNS to try more). A difference is shrunk to a
// short input and printed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../node/static-server.js';
import { launchBrowser } from '../node/browser.js';
import { buildUnpatched, type UnpatchedBuild } from './helpers/unpatched-build.js';
import { generatedContext, generatedDocument } from './helpers/diff-inputs.js';
import { PAYLOADS } from './payloads/corpus.js';
import { FORMAT_OF, HOSTILE_FORMATS, hostileFeed } from './payloads/feeds.js';

const CORPUS = resolve('..', 'shared', 'corpus');
const FIXTURES = resolve('tests/fixtures');
/** Generated documents: always the same ones, then new ones on each run. */
const FIXED_SEED = 20261129;
const FIXED_RUNS = 2500;
const FRESH_RUNS = Number(process.env.CAREERS_DIFF_RUNS) || 1000;
const BATCH = 400;

/** One input: a description (Markdown or HTML) or a whole feed (JSON text). */
interface Case {
  kind: 'markdown' | 'html' | 'feed';
  text: string;
  /** Where the input comes from (a file, a payload number, a seed and run). */
  from: string;
  /** The posting's page: relative links resolve against it. */
  url?: string;
  /** The job title's heading level. */
  level?: number;
  format?: string;
}

interface Difference {
  index: number;
  patched: string;
  unpatched: string;
}

/** The in-page side: both modules loaded, every case run through each. Plain JavaScript. */
const IN_PAGE = String.raw`(() => {
  function run(m, c) {
    try {
      if (c.kind === 'feed') {
        const feed = m.normalizeFeed(JSON.parse(c.text), { format: c.format || 'auto', source: c.url });
        const html = feed.jobs.map((job) => m.renderDescription(job, { headingLevel: c.level }));
        return JSON.stringify(feed) + '\n' + html.join('\n');
      }
      const job = { id: 'job', title: 'Job', url: c.url };
      job[c.kind === 'markdown' ? 'description' : 'descriptionHtml'] = c.text;
      return m.renderDescription(job, { headingLevel: c.level });
    } catch (error) {
      return 'THROWS ' + (error && error.name) + ': ' + (error && error.message);
    }
  }
  window.__diff = {
    async load(patched, unpatched) {
      this.patched = await import(patched);
      this.unpatched = await import(unpatched);
      return this.patched !== this.unpatched && typeof this.unpatched.renderDescription === 'function';
    },
    compare(cases) {
      const differences = [];
      let markup = 0;
      cases.forEach((c, index) => {
        const patched = run(this.patched, c);
        const unpatched = run(this.unpatched, c);
        if (patched !== unpatched) differences.push({ index, patched, unpatched });
        if (/<[a-z]/.test(patched)) markup++;
      });
      return { differences, markup };
    },
  };
})()`;

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** Every string in a JSON value whose key names text a reader sees. */
function textsIn(value: unknown, key = ''): string[] {
  if (typeof value === 'string')
    return /desc|body|content|summary|text|html|about|requirement|benefit|profile/i.test(key)
      ? [value]
      : [];
  if (Array.isArray(value)) return value.flatMap((each) => textsIn(each, key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => textsIn(v, k));
  return [];
}

/** A description as Markdown and as HTML. */
const asBoth = (text: string, from: string, url?: string): Case[] => [
  { kind: 'markdown', text, from, url },
  { kind: 'html', text, from, url },
];

function securityCases(): Case[] {
  return [
    ...PAYLOADS.flatMap((p) => asBoth(p.text, `security payload ${p.id} (${p.category})`)),
    ...HOSTILE_FORMATS.map((name): Case => ({
      kind: 'feed',
      text: JSON.stringify(hostileFeed(name, PAYLOADS)),
      format: FORMAT_OF[name],
      from: `hostile ${name} feed`,
      url: 'https://example.org/feeds/hostile.json',
    })),
  ];
}

function corpusCases(): Case[] {
  const parsed = join(CORPUS, 'betagouv-jobs.parsed.json');
  assert.ok(
    existsSync(parsed),
    `The beta.gouv.fr corpus is missing: expected ${parsed} (../shared/corpus next to the repository).`,
  );
  const postings = JSON.parse(readFileSync(parsed, 'utf8')) as Array<{
    file: string;
    body: string;
  }>;
  assert.ok(postings.length >= 100, `only ${postings.length} postings in the corpus`);
  const url = 'https://beta.gouv.fr/recrutement/offre';
  return [
    ...postings.flatMap((p) => [
      ...asBoth(p.body, `corpus ${p.file}`, url),
      {
        kind: 'feed' as const,
        text: JSON.stringify([p]),
        format: 'betagouv',
        from: `corpus ${p.file} as a betagouv feed`,
        url,
      },
    ]),
    // The files as written, front matter included.
    ...filesUnder(join(CORPUS, 'betagouv-jobs')).map((file): Case => ({
      kind: 'markdown',
      text: readFileSync(file, 'utf8'),
      from: `corpus file ${relative(CORPUS, file)}`,
      url,
    })),
  ];
}

function fixtureCases(): Case[] {
  const files = ['feeds', 'betagouv', 'seo'].flatMap((dir) => filesUnder(join(FIXTURES, dir)));
  return files.flatMap((file): Case[] => {
    const from = `fixture ${relative(FIXTURES, file)}`;
    const text = readFileSync(file, 'utf8');
    if (!file.endsWith('.json'))
      return /\.(md|txt)$|[\\/][^.]+$/.test(file) ? asBoth(text, from) : [];
    const url = 'https://example.org/feeds/feed.json';
    return [
      { kind: 'feed', text, from, url },
      ...textsIn(JSON.parse(text)).flatMap((each, i) =>
        asBoth(each, `${from}, text ${i + 1}`, url),
      ),
    ];
  });
}

function generatedCases(seed: number, runs: number): Case[] {
  const samples = fc.sample(fc.tuple(generatedDocument, generatedContext), { seed, numRuns: runs });
  return samples.flatMap(([text, { url, level }], run): Case[] => {
    const from = `generated, seed ${seed}, run ${run}`;
    const posting = {
      file: '2024-01-01-offre.md',
      title: 'Offre',
      roles: 'Dev',
      open: true,
      body: text,
    };
    return [
      { kind: 'markdown', text, from, url, level },
      { kind: 'html', text, from, url, level },
      { kind: 'feed', text: JSON.stringify([posting]), format: 'betagouv', from, url, level },
    ];
  });
}

/** The differences between the two builds on `cases`, and how many outputs hold markup. */
async function compare(page: Page, cases: Case[]) {
  const differences: Array<Difference & { case: Case }> = [];
  let markup = 0;
  for (let start = 0; start < cases.length; start += BATCH) {
    const batch = cases.slice(start, start + BATCH);
    const result = await page.evaluate(
      (each) =>
        (
          window as unknown as {
            __diff: { compare(c: Case[]): { differences: Difference[]; markup: number } };
          }
        ).__diff.compare(each),
      batch,
    );
    markup += result.markup;
    for (const d of result.differences) differences.push({ ...d, case: batch[d.index] });
  }
  return { differences, markup };
}

/**
 * A shorter input that still differs: pieces of the text are removed while the two builds
 * still disagree (at most a few hundred tries).
 */
async function shrink(page: Page, found: Case): Promise<{ case: Case } & Difference> {
  let best = found;
  let last = (await compare(page, [found])).differences[0];
  let tries = 0;
  for (let size = Math.ceil(best.text.length / 2); size >= 1 && tries < 400;) {
    let removed = false;
    for (let at = 0; at < best.text.length && tries < 400; at += size) {
      const text = best.text.slice(0, at) + best.text.slice(at + size);
      const candidate = { ...best, text };
      tries++;
      if (best.kind === 'feed') {
        try {
          JSON.parse(text);
        } catch {
          continue;
        }
      }
      const [difference] = (await compare(page, [candidate])).differences;
      if (difference) {
        best = candidate;
        last = difference;
        removed = true;
        at -= size;
      }
    }
    if (!removed) size = Math.floor(size / 2);
  }
  return { ...last, case: best };
}

/** The start of two outputs around where they first differ. */
function around(a: string, b: string): [string, string] {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  const from = Math.max(0, at - 200);
  const cut = (s: string) =>
    (from > 0 ? '…' : '') + s.slice(from, at + 300) + (s.length > at + 300 ? '…' : '');
  return [cut(a), cut(b)];
}

function report(
  differences: Array<Difference & { case: Case }>,
  shrunk?: Difference & { case: Case },
) {
  const show = (d: Difference & { case: Case }) => {
    const [patched, unpatched] = around(d.patched, d.unpatched);
    return [
      `- ${d.case.kind} from ${d.case.from}` +
        (d.case.url ? `, url ${d.case.url}` : '') +
        (d.case.level ? `, heading level ${d.case.level}` : ''),
      `  input:     ${JSON.stringify(d.case.text.length > 2000 ? d.case.text.slice(0, 2000) + '…' : d.case.text)}`,
      `  patched:   ${JSON.stringify(patched)}`,
      `  unpatched: ${JSON.stringify(unpatched)}`,
    ].join('\n');
  };
  return [
    `${differences.length} input(s) render differently with the patched libraries:`,
    ...differences.slice(0, 5).map(show),
    ...(shrunk ? ['Shrunk from the first one:', show(shrunk)] : []),
  ].join('\n');
}

describe('library patches: the shipped script behaves as the unpatched build', () => {
  let server: StaticServer;
  let browser: Browser;
  let unpatched: UnpatchedBuild;
  let page: Page;

  before(async () => {
    const shipped = resolve('dist/careers-widget.mjs');
    assert.ok(existsSync(shipped), 'dist/careers-widget.mjs is missing: run `npm run build` first');
    unpatched = await buildUnpatched();
    server = await startStaticServer();
    server.route('/unpatched/careers-widget.mjs', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(unpatched.code);
    });
    server.route('/diff.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        '<!doctype html><html lang="en"><head><title>diff</title></head><body></body></html>',
      );
    });
    browser = await launchBrowser();
    const context = await browser.newContext();
    page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${server.url}/diff.html`);
    await page.evaluate(IN_PAGE);
    const loaded = await page.evaluate(() =>
      (
        window as unknown as { __diff: { load(a: string, b: string): Promise<boolean> } }
      ).__diff.load('/dist/careers-widget.mjs', '/unpatched/careers-widget.mjs'),
    );
    assert.ok(loaded, 'both builds loaded as separate modules');
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await unpatched?.remove();
  });

  it('compares two different builds: the unpatched one still has the code the patches drop', () => {
    // One trace of each patch: DOMPurify reading an option the build fixes and its instance
    // methods and SVG/MathML attribute lists (fixSanitizerOptions), marked reading its options
    // (fixMarkdownOptions), marked's pedantic rules and `Marked` class (dropDeadLibraryCode).
    const markers = [
      'SAFE_FOR_TEMPLATES',
      'setConfig',
      'xlink:title',
      'options.pedantic',
      'options.silent',
      'pedanticHrefTitle',
      'Please report this to',
    ];
    // Both shipped files: the classic script is built from the same patched modules.
    for (const file of ['dist/careers-widget.mjs', 'dist/careers-widget.js']) {
      const shipped = readFileSync(file, 'utf8');
      for (const marker of markers) {
        assert.ok(unpatched.code.includes(marker), `the unpatched build has ${marker}`);
        assert.ok(!shipped.includes(marker), `${file} has no ${marker}`);
      }
      assert.ok(unpatched.code.length > shipped.length + 10_000, 'the unpatched build is larger');
    }
  });

  /** Compares `cases` and fails with the first differences, shrunk. */
  async function same(cases: Case[], minMarkup: number) {
    const { differences, markup } = await compare(page, cases);
    const shrunk = differences.length ? await shrink(page, differences[0].case) : undefined;
    assert.equal(differences.length, 0, report(differences, shrunk));
    // Nothing compared would be no proof: most outputs are markup.
    assert.ok(markup >= minMarkup, `only ${markup} of ${cases.length} outputs hold markup`);
  }

  it('renders the hostile corpus of the security test alike', async () => {
    const cases = securityCases();
    assert.ok(cases.length > 200);
    await same(cases, cases.length / 4);
  });

  it('renders every description of the real beta.gouv.fr corpus alike', async () => {
    const cases = corpusCases();
    await same(cases, cases.length * 0.9);
  });

  it("renders the fixture feeds' descriptions alike", async () => {
    const cases = fixtureCases();
    assert.ok(cases.length > 50, `only ${cases.length} fixture inputs`);
    await same(cases, cases.length * 0.5);
  });

  it(`renders ${FIXED_RUNS} generated documents alike (seed ${FIXED_SEED})`, async () => {
    await same(generatedCases(FIXED_SEED, FIXED_RUNS), FIXED_RUNS);
  });

  const fresh = Number(process.env.CAREERS_DIFF_SEED) || Date.now() % 2 ** 31;
  it(`renders ${FRESH_RUNS} new generated documents alike (seed ${fresh}; CAREERS_DIFF_SEED=${fresh} replays them)`, async () => {
    await same(generatedCases(fresh, FRESH_RUNS), FRESH_RUNS);
  });
});
