// `careers-feed build` on the real beta.gouv.fr corpus (../shared/corpus): every posting kept,
// and each field checked against the corpus' own records (the manifest and a PyYAML parse).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CareersFeed, Job } from '../../src/data/job.js';
import { slugify } from '../../src/data/slug.js';
import { parseMarkdownFile } from '../../src/cli/front-matter.js';
import { validate } from '../data/json-schema.js';
import { corpusPath, runCli, type Run } from './helpers.js';

interface Parsed {
  file: string;
  frontMatter: Record<string, unknown>;
  body: string;
}
interface ManifestEntry {
  file: string;
  open: boolean | null;
  startup_field: unknown;
  startup_resolved: string | null;
  startup_resolution: string;
}

const NOW = '2026-11-28T00:00:00.000Z';
const idOf = (file: string) => slugify(file.replace(/\.md$/, ''), 120);
const text = (value: unknown) =>
  typeof value === 'string' ? value.replace(/[\s\u00a0]+/g, ' ').trim() : undefined;
/** End of the day for a date alone, the instant otherwise (as the closing rules read it). */
const endMs = (value: unknown) =>
  /^\d{4}-\d{2}-\d{2}$/.test(String(value))
    ? Date.parse(`${value}T23:59:59.999Z`)
    : Date.parse(String(value));

describe('careers-feed build on the real beta.gouv.fr corpus', () => {
  let dir: string;
  let run: Run;
  let feed: CareersFeed;
  let parsed: Parsed[];
  let manifest: ManifestEntry[];
  let jobById: Map<string, Job>;
  const jobsDir = () => corpusPath('betagouv-jobs');

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'careers-feed-'));
    parsed = JSON.parse(await readFile(corpusPath('betagouv-jobs.parsed.json'), 'utf8'));
    manifest = JSON.parse(await readFile(corpusPath('betagouv-jobs.manifest.json'), 'utf8'));
    run = await runCli(
      'build',
      jobsDir(),
      '--startups',
      corpusPath('betagouv-startups'),
      '--now',
      NOW,
      '-o',
      join(dir, 'feed.json'),
    );
    feed = JSON.parse(await readFile(join(dir, 'feed.json'), 'utf8'));
    jobById = new Map(feed.jobs.map((job) => [job.id, job]));
  });

  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const jobOf = (file: string) => {
    const job = jobById.get(idOf(file));
    assert.ok(job, `no job for ${file} (expected id ${idOf(file)})`);
    return job;
  };

  it('exits 0 and writes a careers feed v1 with every posting of the corpus, none lost', async () => {
    assert.equal(run.code, 0, run.stderr);
    assert.equal(feed.version, 1);
    const files = (await readdir(jobsDir())).filter((name) => !name.startsWith('.'));
    assert.equal(files.length, parsed.length);
    assert.equal(feed.jobs.length, files.length);
    for (const file of files) jobOf(file);
    assert.equal(new Set(feed.jobs.map((job) => job.id)).size, feed.jobs.length);
    for (const job of feed.jobs) assert.match(job.id, /^[A-Za-z0-9_-]+$/);
  });

  it('writes a feed that the careers feed JSON Schema accepts', async () => {
    const schema = JSON.parse(await readFile('schema/careers-feed.schema.json', 'utf8'));
    assert.deepEqual(validate(schema, feed), []);
    // The check is real: a job without a title is refused.
    assert.notDeepEqual(validate(schema, { version: 1, jobs: [{ id: 'x', open: true }] }), []);
  });

  it('gives every posting a title: its own when it has one, else one made from roles', () => {
    for (const { file, frontMatter } of parsed) {
      const job = jobOf(file);
      assert.ok(job.title.trim().length > 2, `${file}: empty title`);
      const own = text(frontMatter.title) ?? text(frontMatter.titles);
      if (own) assert.equal(job.title, own, file);
      else {
        const roles = text(frontMatter.roles) ?? text(frontMatter.role);
        if (roles) {
          assert.ok(
            job.title.toLowerCase().includes(roles.toLowerCase()),
            `${file}: "${job.title}" lacks its roles`,
          );
        }
      }
    }
  });

  it('names the startup as the organization wherever the manifest says it resolves', async () => {
    let resolved = 0;
    for (const entry of manifest) {
      const job = jobOf(entry.file);
      if (entry.startup_resolved) {
        resolved++;
        const source = await readFile(
          corpusPath('betagouv-startups', `${entry.startup_resolved}.md`),
          'utf8',
        );
        const startup = parse(source.split(/^---\s*$/m)[1]) as { title: string; link?: string };
        assert.equal(job.organization?.name, text(startup.title), entry.file);
        if (startup.link?.startsWith('http')) assert.ok(job.organization?.url, entry.file);
      } else {
        const fm = parsed.find((p) => p.file === entry.file)!.frontMatter;
        if (!fm.friend && !fm.equipe) assert.equal(job.organization, undefined, entry.file);
      }
    }
    assert.ok(resolved > 0, 'the manifest resolves some startups');
  });

  it('reports each startup the manifest leaves unresolved, naming it', () => {
    for (const entry of manifest.filter((e) => e.startup_resolution === 'unresolved')) {
      assert.ok(
        run.stderr.includes(`${entry.file}:`) &&
          run.stderr.includes(`startup "${String(entry.startup_field)}" not found`),
        `${entry.file}: no diagnostic for its unresolved startup`,
      );
    }
  });

  it('dates every posting from its front matter, else from its file name', () => {
    for (const { file, frontMatter } of parsed) {
      const job = jobOf(file);
      assert.ok(job.publishedAt, `${file}: no publishedAt`);
      const source = frontMatter.date ?? frontMatter.post_ouvert ?? frontMatter.poste_ouvert;
      const expected = source ? String(source) : /^(\d{4}-\d{2}-\d{2})/.exec(file)?.[1];
      assert.ok(expected, `${file}: the corpus gives no date`);
      assert.equal(Date.parse(job.publishedAt), Date.parse(expected), file);
    }
  });

  it('marks each posting open or closed as its front matter says', () => {
    const now = Date.parse(NOW);
    for (const { file, frontMatter: fm } of parsed) {
      const closed =
        fm.open === false ||
        fm.poste_pourvu === true ||
        (typeof fm.poste_pourvu === 'string' && endMs(fm.poste_pourvu) < now) ||
        (typeof fm.poste_ferme === 'string' && endMs(fm.poste_ferme) < now) ||
        fm.poste_ferme === true ||
        (typeof fm.depublication_date === 'string' && endMs(fm.depublication_date) < now);
      assert.equal(jobOf(file).open, !closed, file);
    }
    for (const entry of manifest.filter((e) => e.open === false)) {
      assert.equal(jobOf(entry.file).open, false, `${entry.file} is open: false`);
    }
  });

  it('offers a way to apply wherever the posting names one', () => {
    const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
    const form =
      /demarches-simplifiees\.fr\/commencer\/|airtable\.com\/shr|typeform\.com|tally\.so/;
    let named = 0;
    for (const { file, frontMatter: fm, body } of parsed) {
      const job = jobOf(file);
      const contact = text(fm.contact);
      const external = text(fm.externalURL) ?? text(fm.externalUrl);
      if (contact && email.test(contact)) assert.equal(job.apply?.email, contact, file);
      if (external) assert.equal(job.apply?.url, new URL(external).href, file);
      if (contact || external || email.test(body) || form.test(body)) {
        named++;
        assert.ok(job.apply?.url || job.apply?.email, `${file}: names a way to apply, none kept`);
      }
    }
    assert.ok(named > parsed.length / 2);
    for (const job of feed.jobs) {
      if (job.apply?.url) assert.match(job.apply.url, /^https?:\/\//);
      if (job.apply?.email) assert.match(job.apply.email, /^[^\s:]+@[^\s:]+$/);
    }
  });

  it('takes a product hosted on a France Travail subdomain for no place to apply', () => {
    // This posting links to its product on a pole-emploi.fr subdomain, and asks for
    // applications by e-mail under its "Candidater" heading.
    const file = '2021-05-04-developpeur-startup-estime.md';
    const job = jobOf(file);
    const posting = parsed.find((p) => p.file === file);
    assert.ok(posting, `${file} is not in betagouv-jobs.parsed.json`);
    assert.equal(job.apply?.url, undefined, `${file}: apply.url is ${job.apply?.url}`);
    const email = job.apply?.email;
    assert.ok(email && posting.body.includes(email), `${file}: no address of its text kept`);
    assert.ok(job.apply?.instructions?.includes(email), `${file}: instructions without it`);
    for (const { id, apply } of feed.jobs) {
      const url = apply?.url ? new URL(apply.url) : undefined;
      if (url && /(^|\.)(pole-emploi|francetravail)\.fr$/.test(url.hostname)) {
        assert.match(url.pathname, /^\/offres\//, `${id}: ${url.href} is not a job offer`);
      }
    }
  });

  it('prints a summary line with the counts it computed', () => {
    const lines = run.stderr.trimEnd().split('\n');
    const summary = lines.find((line) => /^\d+ postings?, /.test(line));
    const open = feed.jobs.filter((job) => job.open).length;
    const diagnostics = lines.filter((line) => /^.+:\d+: /.test(line)).length;
    assert.equal(summary, `${feed.jobs.length} postings, ${open} open, ${diagnostics} warnings`);
    assert.ok(open > 0 && open < feed.jobs.length);
  });

  it('writes every diagnostic as file:line: message, about a real file and line', async () => {
    const lines = run.stderr.trimEnd().split('\n');
    const diagnostics = lines.filter((line) => !/^\d+ postings?, |^wrote /.test(line));
    assert.ok(diagnostics.length > 0);
    for (const line of diagnostics) {
      const match = /^(.+?):(\d+): (.+)$/.exec(line);
      assert.ok(match, `not "file:line: message": ${line}`);
      assert.ok(existsSync(match[1]), `no such file: ${match[1]}`);
      const lineCount = (await readFile(match[1], 'utf8')).split('\n').length;
      assert.ok(Number(match[2]) >= 1 && Number(match[2]) <= lineCount, line);
    }
  });

  it('keeps the last value of a key given twice, and says where the second one is', async () => {
    let duplicates = 0;
    for (const { file, frontMatter } of parsed) {
      const source = (await readFile(join(jobsDir(), file), 'utf8')).replace(/\r\n/g, '\n');
      const head = source.split(/^---\s*$/m)[1].split('\n');
      const keys = head.map((line) => /^([A-Za-z_][\w-]*):/.exec(line)?.[1]);
      const twice = keys.filter((key, i) => key && keys.indexOf(key) !== i);
      for (const key of twice) {
        duplicates++;
        const line =
          head.lastIndexOf(
            head.find((l, i) => l.startsWith(`${key}:`) && keys.indexOf(key) !== i)!,
          ) + 1;
        assert.ok(
          run.stderr.includes(`${join(jobsDir(), file)}:${line}: "${key}" is given twice`),
          `${file}: no diagnostic at line ${line} for "${key}"`,
        );
        const job = jobOf(file);
        if (key === 'roles') assert.deepEqual(job.roles, [text(frontMatter.roles)]);
        if (key === 'startup') {
          const entry = manifest.find((e) => e.file === file)!;
          assert.equal(entry.startup_field, frontMatter.startup);
          assert.ok(job.organization, `${file}: its last startup should resolve`);
        }
      }
    }
    assert.ok(duplicates > 0, 'the corpus has files with a key given twice');
  });

  it('gives no false warning from the checks of broken YAML, tabs and dropped HTML', () => {
    // The corpus' YAML is valid and no front matter line is tab-indented (four bodies have
    // tabs, which are text): no such warning.
    assert.doesNotMatch(run.stderr, /not valid YAML|indented with a tab|line left out/);
    // Two postings hold a <style> block, which the widget drops (their CSS would not apply):
    // exactly those two warnings, at the line of the <style> tag. Their <a>, <b>, <br>, <img>
    // and <p> are kept, and said nothing of.
    const notes = run.stderr.split('\n').filter((line) => line.includes('raw HTML'));
    assert.deepEqual(
      notes.map((line) => line.slice(jobsDir().length + 1)),
      [
        '2021-11-09-chargee.de.deploiement.md:14: raw HTML the widget drops: <style> (line 14, with all it holds)',
        '2022-05-10-dev-ror-lapin-insertion.md:19: raw HTML the widget drops: <style> (line 19, with all it holds)',
      ],
    );
  });

  it('takes no quote off the corpus: every value with an apostrophe or a quote read as written', async () => {
    assert.doesNotMatch(run.stderr, /stray/);
    let checked = 0;
    for (const { file, frontMatter } of parsed) {
      const source = await readFile(join(jobsDir(), file), 'utf8');
      const read = parseMarkdownFile(source).frontMatter ?? {};
      for (const [key, value] of Object.entries(frontMatter)) {
        const values = [value].flat();
        if (!values.some((v) => typeof v === 'string' && /['"]/.test(v))) continue;
        checked++;
        assert.deepEqual(read[key], value, `${file}: "${key}"`);
      }
    }
    assert.ok(checked > 20, `only ${checked} values with quotes or apostrophes`);
  });

  it('reads CRLF files like the others', async () => {
    let crlf = 0;
    for (const { file, frontMatter } of parsed) {
      const source = await readFile(join(jobsDir(), file), 'utf8');
      if (!source.includes('\r\n')) continue;
      crlf++;
      const job = jobOf(file);
      assert.equal(job.open, frontMatter.open !== false);
      assert.ok(!JSON.stringify(job).includes('\\r'), `${file}: a carriage return leaked`);
      assert.equal(job.roles?.[0], text(frontMatter.roles));
    }
    assert.ok(crlf > 0, 'the corpus has CRLF files');
  });
});
