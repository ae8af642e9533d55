/**
 * Where a board keeps its state in the URL: the open posting and the filters.
 *
 * - `hash` (default): `#job=<id>&q=<text>&location=<value>...`
 * - `query`: `?job=<id>&q=...` (the server must serve the same page for any query string)
 * - `none`: the URL is never read nor written.
 *
 * A board with an `id` prefixes its keys with it (`#offres.job=<id>`), so two boards on one page
 * keep separate state. Keys of other boards and of the host page are left untouched.
 */
import { EMPTY_FILTERS, FACET_NAMES, type JobFilters } from '../../data/filter-jobs.js';

export type RoutingMode = 'hash' | 'query' | 'none';

export interface RouteState {
  /** Id of the open posting. */
  job?: string;
  filters: JobFilters;
}

/** URL keys of the filters (`query` is written `q`). */
const FILTER_KEYS: Record<keyof JobFilters, string> = {
  query: 'q',
  ...(Object.fromEntries(FACET_NAMES.map((facet) => [facet, facet])) as Record<
    (typeof FACET_NAMES)[number],
    string
  >),
};

export function parseRoutingMode(value: string | null | undefined): RoutingMode {
  return value === 'query' || value === 'none' ? value : 'hash';
}

/**
 * A board's key prefix: its id. Without one, the first board without an id in the document has
 * none and the next ones `2`, `3`... in the page's order, so that two boards never read each
 * other's keys. (The tag's collection is kept by the browser: no walk of the page per link.)
 */
export function boardNamespace(board: Element): string {
  const rank = [...document.getElementsByTagName(board.localName)]
    .filter((other) => !other.id)
    .indexOf(board);
  return board.id || (rank > 0 ? `${rank + 1}` : '');
}

export class BoardRouter {
  constructor(
    readonly mode: RoutingMode,
    /** The board's id ('' when it has none). */
    readonly namespace: string,
  ) {}

  private key(name: string): string {
    return this.namespace ? `${this.namespace}.${name}` : name;
  }

  private params(url: URL): URLSearchParams {
    return new URLSearchParams(this.mode === 'hash' ? url.hash.slice(1) : url.search);
  }

  /** The state this board finds in a URL. */
  read(href: string = location.href): RouteState {
    const filters = { ...EMPTY_FILTERS };
    if (this.mode === 'none') return { filters };
    const params = this.params(new URL(href));
    for (const [field, name] of Object.entries(FILTER_KEYS) as [keyof JobFilters, string][]) {
      filters[field] = params.get(this.key(name)) ?? '';
    }
    return { job: params.get(this.key('job')) || undefined, filters };
  }

  /** The URL showing `state`, starting from `href` (other keys kept). */
  href(state: RouteState, href: string = location.href): string {
    return this.links(state.filters, href)(state.job);
  }

  /**
   * The URLs showing `filters` with each posting open (or none), starting from `href`: the URL
   * is read once for all the cards of a list, not once per card.
   */
  links(filters: JobFilters, href: string = location.href): (job?: string) => string {
    const url = new URL(href);
    if (this.mode === 'none') return () => url.href;
    const hash = this.mode === 'hash';
    // Our keys are written anew; the page's and other boards' parts are kept as they were
    // (an anchor like `#top` stays `#top`, not `#top=`).
    const ours = new URLSearchParams();
    const mine = new Set([this.key('job')]);
    for (const [field, name] of Object.entries(FILTER_KEYS) as [keyof JobFilters, string][]) {
      mine.add(this.key(name));
      if (filters[field].trim()) ours.set(this.key(name), filters[field]);
    }
    const kept = (hash ? url.hash : url.search)
      .slice(1)
      .split('&')
      .filter((part) => part && !mine.has([...new URLSearchParams(part).keys()][0]));
    // What stays around our part: the URL without its hash (hash mode), or without its query
    // but with its hash after it (query mode). An emptied hash or query leaves no bare # or ?.
    const after = hash ? '' : url.hash;
    url.hash = '';
    if (!hash) url.search = '';
    return (job) => {
      const text = [...kept, job && `${new URLSearchParams([[this.key('job'), job]])}`, `${ours}`]
        .filter(Boolean)
        .join('&');
      return url.href + (text ? (hash ? '#' : '?') + text : '') + after;
    };
  }

  /** Writes `state` to the address bar: a new history entry (`push`) or in place. */
  write(state: RouteState, how: 'push' | 'replace'): void {
    if (this.mode === 'none') return;
    const next = this.href(state);
    if (next === location.href) return;
    if (how === 'push') history.pushState(history.state, '', next);
    else history.replaceState(history.state, '', next);
  }
}
