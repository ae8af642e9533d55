/**
 * `careers-feed build`: beta.gouv.fr Markdown postings to a careers feed v1. Every file that
 * has front matter becomes a job; every quirk becomes a `file:line: message` diagnostic.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { contractKind } from '../data/adapters/fields.js';
import type { JobDraft } from '../data/adapters/types.js';
import { bodyReaders } from '../data/betagouv/body.js';
import { betagouvPostingToDraft, type BetagouvPosting } from '../data/betagouv/posting.js';
import { relativeLinks, tidyMarkdown, withoutRepeatedTitle } from '../data/betagouv/tidy.js';
import type { CareersFeed, ContractKind, Job } from '../data/job.js';
import { IdRegistry, slugify } from '../data/slug.js';
import { safeEmail, safeHttpUrl } from '../data/urls.js';
import { droppedFromMarkdown, droppedHtmlMessage } from './dropped-html.js';
import { parseMarkdownFile } from './front-matter.js';
import { postingProblems } from './posting-problems.js';
import { loadStartups, type StartupIndex } from './startups.js';

export interface BuildOptions {
  /** Posting files and folders (read recursively). */
  inputs: string[];
  /** Folder of startup files (`<id>.md`). */
  startups?: string;
  /** Base of each posting's canonical URL. */
  baseUrl?: string;
  /** Country of the postings' places (default `FR`). */
  country?: string;
  /** "Now" for closing dates (reproducible builds and tests). */
  now?: Date;
}

export interface Diagnostic {
  file: string;
  line: number;
  message: string;
}

export interface BuildResult {
  feed: CareersFeed;
  diagnostics: Diagnostic[];
  /** Files read (postings, and the ones without front matter). */
  files: number;
}

/**
 * In a folder, the files read as postings: Markdown (`.md`, `.markdown`, any case) and names
 * without an extension (Jekyll reads those too, and a real beta.gouv.fr posting has none).
 * Editor backups (`x.md~`, `#x.md#`, `x.md.orig`) and other documents are not read.
 */
const POSTING_NAME = /\.(?:md|markdown)$|^[^.#][^.]*(?<!~)$/i;

/** The most skipped names one diagnostic lists. */
const MAX_LISTED = 10;

/**
 * The posting files of one input: the file itself (whatever its name), or a folder's posting
 * files, recursively, hidden ones left out; one diagnostic lists the other files of the folder.
 * A file already in `seen` (by its real path: given twice, or inside a folder also given) is
 * not read again.
 */
async function postingFiles(
  input: string,
  diagnostics: Diagnostic[],
  seen: Set<string>,
): Promise<string[]> {
  let info;
  try {
    info = await stat(input);
  } catch {
    diagnostics.push({ file: input, line: 1, message: 'not found' });
    return [];
  }
  const files: string[] = [];
  const skipped: string[] = [];
  const add = async (path: string) => {
    const real = await realpath(path).catch(() => resolve(path));
    if (!seen.has(real)) files.push(path);
    seen.add(real);
  };
  const walk = async (folder: string) => {
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (!entry.isFile()) continue;
      else if (POSTING_NAME.test(entry.name)) await add(path);
      else skipped.push(relative(input, path));
    }
  };
  if (info.isFile()) await add(input);
  else if (info.isDirectory()) await walk(input);
  if (skipped.length) {
    const listed = skipped.slice(0, MAX_LISTED).map((name) => JSON.stringify(name));
    if (skipped.length > MAX_LISTED) listed.push(`and ${skipped.length - MAX_LISTED} more`);
    diagnostics.push({
      file: input,
      line: 1,
      message:
        `${skipped.length === 1 ? '1 file' : `${skipped.length} files`} not read, as not ` +
        `Markdown (.md, .markdown, or no extension): ${listed.join(', ')}; name a file on ` +
        'the command line to read it anyway',
    });
  }
  return files;
}

/**
 * Whether a contract's words only name its kind ("indépendant", "indépendent/freelance",
 * "stagiaire"): the widget then shows the kind alone, not "Indépendant·e (indépendent)".
 */
function sameKindOnly(label: string, kind: ContractKind): boolean {
  return label
    .split(/[\s/,;+&]+/)
    .filter((word) => word && !/^(?:ou|et|or|and)$/i.test(word))
    .every((word) => contractKind(word) === kind);
}

const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/**
 * The canonical URL of a posting (`--base-url`): `{slug}` is replaced by the id, otherwise the
 * id is appended. Made here, once the id is claimed, not by the mapping (which the widget shares).
 */
export function postingUrl(baseUrl: string, id: string): string | undefined {
  return safeHttpUrl(
    baseUrl.includes('{slug}')
      ? baseUrl.replace(/\{slug\}/g, id)
      : `${baseUrl.replace(/\/*$/, '')}/${id}`,
  );
}

/**
 * Claims the draft's id (made unique: `-2`, `-3`...) and gives the draft that id and, with a
 * base URL, the canonical URL of that id (not of the posting whose id it first wanted).
 */
function claimId(
  draft: JobDraft,
  ids: IdRegistry,
  baseUrl: string | undefined,
  warn: (message: string) => void,
): void {
  const wanted = slugify(String(draft.id ?? draft.title ?? 'job'), 120) || 'job';
  const id = ids.claim(wanted);
  if (id !== wanted) warn(`id "${wanted}" is already used by another posting: this one is "${id}"`);
  draft.id = id;
  if (baseUrl) draft.url = postingUrl(baseUrl, id);
}

/** A draft with a claimed id to a complete `Job`: only http(s) URLs and plain addresses. */
function toJob(draft: JobDraft & { id: string }): Job {
  const id = draft.id;
  const apply = draft.apply
    ? defined({
        url: safeHttpUrl(draft.apply.url),
        email: safeEmail(draft.apply.email),
        instructions: draft.apply.instructions,
      })
    : undefined;
  return defined({
    id,
    title: draft.title ?? id,
    organization: draft.organization
      ? defined({ ...draft.organization, url: safeHttpUrl(draft.organization.url) })
      : undefined,
    team: draft.team ? defined({ ...draft.team, url: safeHttpUrl(draft.team.url) }) : undefined,
    roles: draft.roles,
    locations: draft.locations ?? [],
    country: draft.country,
    remote: draft.remote,
    contract: draft.contract,
    salary: draft.salary,
    experience: draft.experience,
    tags: draft.tags ?? [],
    publishedAt: draft.publishedAt,
    updatedAt: draft.updatedAt,
    closesAt: draft.closesAt,
    startsAt: draft.startsAt,
    open: draft.open !== false,
    apply: apply && (apply.url || apply.email) ? apply : undefined,
    url: safeHttpUrl(draft.url),
    summary: draft.summary,
    description: draft.description,
  });
}

export async function buildFeed(options: BuildOptions): Promise<BuildResult> {
  const diagnostics: Diagnostic[] = [];
  let startups: StartupIndex | undefined;
  if (options.startups) {
    try {
      startups = await loadStartups(options.startups);
    } catch (error) {
      diagnostics.push({
        file: options.startups,
        line: 1,
        message: `startups folder not readable (${(error as Error).message}): startups are not resolved`,
      });
    }
  }
  const files: string[] = [];
  const seen = new Set<string>();
  for (const input of options.inputs) {
    files.push(...(await postingFiles(input, diagnostics, seen)));
  }

  // Postings that name a startup while no --startups folder was given: one diagnostic for all.
  const unresolved: Array<{ file: string; line: number; startup: string }> = [];
  const ids = new IdRegistry();
  const jobs: Job[] = [];
  for (const file of files) {
    const report = (line: number, message: string) => diagnostics.push({ file, line, message });
    let source: string;
    try {
      source = await readFile(file, 'utf8');
    } catch (error) {
      report(1, `cannot be read (${(error as Error).message}): skipped`);
      continue;
    }
    const parsed = parseMarkdownFile(source);
    for (const problem of parsed.problems) report(problem.line, problem.message);
    if (!parsed.frontMatter) {
      // An unclosed front matter has already said why it is skipped.
      if (!parsed.problems.length) {
        report(1, 'no front matter (a "---" block at the top): not a posting, skipped');
      }
      continue;
    }
    const lineOf = (field?: string) => (field && parsed.lines[field]) || 1;
    // The body's first line in the file: the body is the end of the file.
    const bodyLine =
      source.replace(/\r\n?/g, '\n').split('\n').length - parsed.body.split('\n').length + 1;
    const tidied = tidyMarkdown(parsed.body);
    const posting: BetagouvPosting = {
      ...parsed.frontMatter,
      body: tidied.text,
      file: basename(file),
    };

    const startup = posting.startup;
    if (typeof startup === 'string' && startup.trim()) {
      const found = startups?.resolve(startup);
      if (found) {
        posting.startup = found.startup;
        if (found.by !== 'id') {
          report(
            lineOf('startup'),
            `startup "${startup}" resolved by ${found.by === 'title' ? 'title' : 'redirect_from'} to "${found.startup.id}"`,
          );
        }
      } else if (startups) {
        report(lineOf('startup'), `startup "${startup}" not found by id, title or redirect_from`);
      } else {
        unresolved.push({ file, line: lineOf('startup'), startup });
      }
    } else if (startup !== undefined && startup !== null && startup !== '' && startup !== false) {
      report(lineOf('startup'), `"startup" is ${JSON.stringify(startup)}, not an id: ignored`);
    }

    const draft = betagouvPostingToDraft(posting, {
      now: options.now,
      country: options.country,
      body: bodyReaders,
    });
    claimId(draft, ids, options.baseUrl, (message) => report(1, message));
    for (const problem of postingProblems(posting, draft)) {
      report(lineOf(problem.field), problem.message);
    }
    const repeated = withoutRepeatedTitle(tidied.text, draft.title ?? '');
    if (repeated.line) {
      tidied.fixes.push({
        line: repeated.line,
        message: `the text opens with a heading that repeats the title ("${repeated.heading}"): dropped`,
      });
      draft.description = repeated.text || undefined;
    }
    for (const { line, target } of relativeLinks(tidied.text)) {
      tidied.fixes.push({
        line,
        message: draft.url
          ? `relative address "${target}": it leads to ${safeHttpUrl(target, draft.url) ?? 'nowhere'}`
          : `relative address "${target}": it will lead to the site that serves the feed (no --base-url)`,
      });
    }
    tidied.fixes.sort((a, b) => a.line - b.line);
    for (const fix of tidied.fixes) report(bodyLine + fix.line - 1, fix.message);
    // Raw HTML the widget's sanitizer removes: one warning, at the first line with some.
    const dropped = droppedFromMarkdown(parsed.body).map(({ what, lines }) => ({
      what,
      lines: lines.map((line) => bodyLine + line - 1),
    }));
    const droppedNote = droppedHtmlMessage(dropped);
    if (droppedNote) report(Math.min(...dropped.flatMap(({ lines }) => lines)), droppedNote);
    if (draft.contract?.label && sameKindOnly(draft.contract.label, draft.contract.kind)) {
      delete draft.contract.label;
    }
    jobs.push(toJob(draft as JobDraft & { id: string }));
  }
  if (unresolved.length) {
    const [first] = unresolved;
    const count =
      unresolved.length === 1 ? '1 posting names' : `${unresolved.length} postings name`;
    diagnostics.push({
      file: first.file,
      line: first.line,
      message:
        `${count} a startup ("${first.startup}" here) but no --startups <folder> was given: ` +
        'they get no organization from it; give the folder of startup files (<id>.md)',
    });
  }
  // beta.gouv.fr postings are written in French: said once, for every job.
  return { feed: { version: 1, language: 'fr', jobs }, diagnostics, files: files.length };
}
