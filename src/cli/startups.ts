/**
 * The startups folder (`content/_startups/<id>.md`) and how a posting's `startup` value resolves
 * to one: by id (the file name), then by title, then through a startup's `redirect_from`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { BetagouvStartup } from '../data/betagouv/posting.js';
import { parseMarkdownFile } from './front-matter.js';

export type Resolution = 'id' | 'title' | 'redirect_from';

export interface StartupIndex {
  count: number;
  resolve(value: string): { startup: BetagouvStartup; by: Resolution } | undefined;
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

/** "itou.md", "/startups/itou.html", "startups/itou" -> "itou". */
export function startupKey(value: string): string {
  const last =
    value
      .trim()
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .split('/')
      .pop() ?? '';
  return last.replace(/\.(md|markdown|html?)$/i, '');
}

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

export async function loadStartups(folder: string): Promise<StartupIndex> {
  const byId = new Map<string, BetagouvStartup>();
  const byFoldedId = new Map<string, BetagouvStartup>();
  const byTitle = new Map<string, BetagouvStartup>();
  const byRedirect = new Map<string, BetagouvStartup>();
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  for (const name of names) {
    const { frontMatter = {} } = parseMarkdownFile(await readFile(join(folder, name), 'utf8'));
    const id = basename(name).replace(/\.(md|markdown)$/i, '');
    const startup: BetagouvStartup = {
      id,
      title: text(frontMatter.title) ?? id,
      link: text(frontMatter.link),
      mission: text(frontMatter.mission),
    };
    byId.set(id, startup);
    byFoldedId.set(fold(id), startup);
    if (startup.title && !byTitle.has(fold(startup.title)))
      byTitle.set(fold(startup.title), startup);
    const redirects = Array.isArray(frontMatter.redirect_from)
      ? frontMatter.redirect_from
      : [frontMatter.redirect_from];
    for (const redirect of redirects) {
      if (typeof redirect === 'string' && redirect.trim())
        byRedirect.set(fold(startupKey(redirect)), startup);
    }
  }
  return {
    count: byId.size,
    resolve(value) {
      const key = startupKey(value);
      const byIdHit = byId.get(key);
      if (byIdHit) return { startup: byIdHit, by: 'id' };
      const byTitleHit = byTitle.get(fold(value));
      if (byTitleHit) return { startup: byTitleHit, by: 'title' };
      const byRedirectHit = byRedirect.get(fold(key));
      if (byRedirectHit) return { startup: byRedirectHit, by: 'redirect_from' };
      // Last resort: the id with another case or accents ("Itou" for "itou").
      const byFoldedIdHit = byFoldedId.get(fold(key));
      return byFoldedIdHit ? { startup: byFoldedIdHit, by: 'id' } : undefined;
    },
  };
}
