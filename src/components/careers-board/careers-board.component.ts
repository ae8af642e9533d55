import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus } from '@lit/task';
import { CareersElement } from '../base/careers-element.js';
import { sharedStyles } from '../base/shared.styles.js';
// First of the data layer: the bundle then holds marked and DOMPurify before our own data
// code, an order that gzip compresses about 200 B better.
import { renderDescription } from '../../data/render-description.js';
import { loadFeeds, readFeedData, type LoadedFeeds } from '../../data/fetch-feed.js';
import type { FeedFormat } from '../../data/normalize.js';
import type { FeedError } from '../../data/feed-error.js';
import type { Job } from '../../data/job.js';
import {
  buildFacets,
  facetCollator,
  EMPTY_FILTERS,
  FACET_NAMES,
  filterWithCounts,
  hasActiveFilters,
  matchFacetValues,
  indexJobs,
  warmIndex,
  type FacetName,
  type FacetOption,
  type IndexedJob,
  type JobFilters,
} from '../../data/filter-jobs.js';
import { jobPostingLd } from '../../data/job-posting-ld.js';
import { safeHttpUrl } from '../../data/urls.js';
import { LangController, type Translation } from '../../i18n/index.js';
import { tokens } from '../../styles/tokens.js';
import { clampHeadingLevel } from '../base/heading.js';
import { warmFormatters } from '../base/format.js';
import { BoardRouter, boardNamespace, parseRoutingMode, type RoutingMode } from './routing.js';
import { showJsonLd } from './structured-data.js';
import { boardStyles } from './careers-board.styles.js';

/** A card element, as the board reads it (the card class is not imported here). */
type CardElement = Element & { job?: Job };

/** What the board keeps of a load. */
type BoardData = Pick<LoadedFeeds, 'jobs' | 'warnings' | 'errors' | 'sources'>;

/**
 * One state of the board around its count: what comes before it, the count's words (none: the
 * count is hidden), what comes after it, and whether the count is for screen readers only.
 */
type View = [before: unknown, count?: string, after?: unknown, quiet?: boolean];

/** What says what the board holds now, to focus: the count shown, or the empty box. */
const SUMMARY = '.count:not([hidden], .visually-hidden), [part~="empty"]';
const CARD_PARTS =
  'card, link, organization, date, title, meta, badge, tags, tag, title: card-title, meta: card-meta';
const DETAIL_PARTS =
  'detail, back, title, badge, meta, tags, tag, description, actions, apply, instructions, filled, share, share-status, title: detail-title, meta: detail-meta';

/**
 * The whole widget: fetches, normalizes and merges the feed(s); shows a search and filter
 * form, the result count, the cards, "show more", and the open posting in place of the list.
 * Keeps the open posting and the filters in the URL (`routing`), and moves focus where a
 * keyboard user expects it.
 *
 * @fires careers-load - After every successful (re)load, once the cards are in the board:
 *   `{ jobs, sources }`.
 * @fires careers-error - A feed failed (the others still show), once the board says so:
 *   `{ error, url, status? }`.
 * @fires careers-job-open - A posting opened, once the detail view shows it: `{ job }`.
 * @fires careers-job-close - Back to the list: `{ job }`.
 * @fires careers-filter-change - The visitor changed the search or a filter (also by Back or
 *   Forward): `{ filters, count }`.
 * @fires careers-apply - From the apply button of the open posting (cancelable): `{ job, href }`.
 * @slot intro - Shown above the search form (a short pitch, a link to your careers page).
 * @slot empty - Replaces the "no openings right now" text of an empty feed.
 * @slot error - Replaces the title of the error shown when no feed could be loaded.
 * @csspart status - The count while the feed loads ("Chargement des offres…"): the same live
 *   region as `count`, which it becomes.
 * @csspart skeleton - Each placeholder card while loading.
 * @csspart error - The error box (all feeds failed, or some of them: also `partial`, with the
 *   same Retry and fallback link).
 * @csspart partial - The notice that some feeds failed while others loaded.
 * @csspart retry - The retry button.
 * @csspart fallback - The fallback link (`fallback-href`).
 * @csspart empty - The empty-feed message (also the no-match message, with `no-match`).
 * @csspart no-match - The message when no posting matches the filters.
 * @csspart clear - The button that clears the search and filters ("Effacer la recherche et les
 *   filtres", or "Effacer les filtres" with no search text).
 * @csspart notice - The notice shown when a linked posting does not exist.
 * @csspart filters - The search and filter form.
 * @csspart search - The search field's wrapper (label and input).
 * @csspart search-input - The search input.
 * @csspart facets - The fieldset grouping the filters.
 * @csspart facets-toggle - The button that shows or hides the filters on a narrow board
 *   (under 36rem wide; hidden on a wider one, where the filters always show).
 * @csspart facet - Each filter's wrapper (label and select).
 * @csspart facet-select - Each filter's select.
 * @csspart count - The result count (a polite live region): its words shown, and a visually
 *   hidden copy that screen readers read, which waits while the visitor types.
 * @csspart list - The list of cards.
 * @csspart item - Each list item.
 * @csspart more - The "show more" button.
 * @csspart card - Each card (forwarded from careers-job-card, like its other parts: see below;
 *   `title` and `meta` name both the card's and the detail's, `card-title` and `card-meta` the
 *   card's only).
 * @csspart detail - The open posting (forwarded from careers-job-detail, like its other parts:
 *   see below; `detail-title` and `detail-meta` name the detail's only).
 * @cssprop --careers-color-primary - Buttons and focus accents.
 * @cssprop --careers-color-border - Borders of cards and fields.
 * @cssprop --careers-card-min-width - Narrowest card in the grid.
 * @cssprop --careers-spacing - Base spacing.
 */
export class CareersBoard extends CareersElement {
  static override styles = [tokens, sharedStyles, boardStyles];
  static override properties = {
    src: {},
    format: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    routing: {},
    pageSize: { type: Number, attribute: 'page-size' },
    showClosed: { type: Boolean, attribute: 'show-closed' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    country: {},
    fallbackHref: { attribute: 'fallback-href' },
    timeout: { type: Number },
    theme: { reflect: true },
    colorScheme: { reflect: true, attribute: 'color-scheme' },
    label: {},
    jobs: { attribute: false },
    filters: { state: true, attribute: false },
    openId: { state: true, attribute: false },
    shown: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    facetsOpen: { state: true, attribute: false },
  };

  /** Feed URL(s), separated by spaces: fetched in parallel and merged. */
  src = '';

  /** Feed format: `auto` (detected from the JSON's shape) or one of the supported formats. */
  format: FeedFormat | 'auto' = 'auto';

  /** Level of the job titles (2 to 6); headings inside a description are shifted below it. */
  headingLevel = 3;

  /** Where the open posting and filters are kept in the URL: `hash`, `query` or `none`. */
  routing: RoutingMode = 'hash';

  /** Cards shown before "show more" (and added by each "show more"). */
  pageSize = 20;

  /** Also show postings that are closed or past their closing date, marked as such. */
  showClosed = false;

  /**
   * While a posting is open, put its schema.org `JobPosting` JSON-LD in the document's head
   * (under Trusted Types, allow the policy `careers-widget#ld`).
   */
  structuredData = false;

  /**
   * For `structured-data`: the country of the postings whose feed names none (an ISO 3166-1
   * code, `FR`, or a name). Search engines require one with each place.
   */
  country?: string;

  /** A link offered when the feed cannot be loaded (http or https). */
  fallbackHref?: string;

  /** Milliseconds before a feed request is given up. */
  timeout = 10_000;

  /** Look: `default` or `dsfr` (the French state design system). Reflected. */
  theme: 'default' | 'dsfr' = 'default';

  /**
   * Colours: `light`, `dark`, or `auto` (the page's CSS `color-scheme`, as native fields follow
   * it: dark where the page allows dark and the visitor prefers it), for the board and
   * everything inside it. Reflected (the design tokens read the attribute).
   */
  colorScheme: 'auto' | 'light' | 'dark' = 'auto';

  /**
   * The board's name for screen readers, added to the name of its search landmark ("Filtrer
   * les offres, <label>"): give each board its own when a page shows several.
   */
  label?: string;

  /**
   * Postings given directly: an array or a feed object in any supported format. When set
   * (not undefined), it replaces `src`.
   */
  jobs?: unknown;

  /** The search and filters applied now. */
  private filters: JobFilters = { ...EMPTY_FILTERS };
  /** Id of the posting asked for (by a click or the URL). */
  private openId?: string;
  private shown = 20;
  private notice?: 'unknown-job';
  /** On a narrow board, the filters are shown (they are folded behind a button there). */
  private facetsOpen = false;

  readonly #i18n = new LangController(this);
  #data?: BoardData | null;
  /** What `jobs` gave, read at once (no loading state for data already in hand). */
  #given?: BoardData;
  /** Data whose `careers-load` or `careers-error` is due once the board shows it. */
  #due?: BoardData;
  #indexed: IndexedJob[] = [];
  #base: IndexedJob[] = [];
  #facets = {} as Record<FacetName, FacetOption[]>;
  /** With filters set: how many results each option would give (else the options' own counts). */
  #counts?: Record<FacetName, Map<string, number>>;
  #results: IndexedJob[] = [];
  #lastShown?: Job;
  /**
   * The URL of the history entry we pushed for the open posting: "back" pops it while it is the
   * current entry (not once another board on the page pushed its own).
   */
  #pushedEntry?: string;
  #filterChanged = false;
  #focusCardAt?: number;
  #focusAfterLoad = false;
  /** The posting whose card had focus when an update began. */
  #focusedId?: string;
  /** The open posting came with the page's URL: scroll it into view, leave focus alone. */
  #openedWithPage = false;
  #urlTimer?: ReturnType<typeof setTimeout>;
  /** While the visitor types: the count's words screen readers hear stay as they were. */
  #hold?: ReturnType<typeof setTimeout>;
  /** The count's words screen readers heard last. */
  #spoken?: string;
  /** Where folding the search text stopped when the board left the page. */
  #warmFrom?: number;
  #ldScript?: HTMLScriptElement;

  readonly #feedTask = new Task(this, {
    task: async ([src, timeout, format], { signal }): Promise<BoardData | null> => {
      // A URL that cannot be parsed stays as written: its feed alone fails (fetchFeed says why).
      const urls = (src ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((url) => {
          try {
            return new URL(url, document.baseURI).href;
          } catch {
            return url;
          }
        });
      if (urls.length === 0) return null;
      const result = await loadFeeds(urls, { signal, timeout, format });
      // A newer src replaced this request: its answer must never show.
      signal.throwIfAborted();
      return (this.#due = result);
    },
    // Given `jobs` replace `src`: no request then.
    args: () => [this.jobs === undefined ? this.src : '', this.timeout, this.format] as const,
  });

  /** Says that a feed (or the given jobs) could not be read: console and `careers-error`. */
  #failed(error: FeedError) {
    console.warn(`careers-board: ${error.message}`);
    this.emit('careers-error', { error, url: error.url, status: error.status });
  }

  readonly #onPopState = () => {
    this.#openedWithPage = false;
    // The notice about a linked posting belongs to the entry that linked it.
    this.notice = undefined;
    // Back or Forward to other filters is the visitor changing them too: say so.
    if (this.#syncFromUrl()) this.#filterChanged = true;
  };

  get #router(): BoardRouter {
    return new BoardRouter(parseRoutingMode(this.routing), boardNamespace(this));
  }

  constructor() {
    super();
    // Link clicks inside the cards and the detail (Enter on a link is a click too).
    this.addEventListener('click', (event) => this.#onClick(event));
  }

  override connectedCallback() {
    super.connectedCallback();
    // While the feed loads, make the Intl objects the first cards need (their locale data is
    // slow to load the first time), so that it is not done between the data and the cards.
    whenIdle(() => {
      if (!this.isConnected) return;
      warmFormatters(this.#i18n.t);
      facetCollator();
    });
    window.addEventListener('popstate', this.#onPopState);
    if (this.#warmFrom !== undefined) {
      this.#warmSearchIndex(this.#indexed, this.#warmFrom);
      this.#warmFrom = undefined;
    }
    this.#syncFromUrl();
    // A posting named in the URL the page was opened with is shown, not focused: the visitor
    // has not acted in the widget yet (and may be elsewhere on the page by the time it loads).
    this.#openedWithPage = this.openId !== undefined;
    // Moved in the page with a posting open: its JSON-LD comes back with it.
    this.#updateStructuredData(this.#lastShown);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    clearTimeout(this.#urlTimer);
    this.#ldScript?.remove();
    this.#ldScript = undefined;
  }

  /**
   * Reads the open posting and the filters from the URL (on load and on Back/Forward); true
   * when the filters changed.
   */
  #syncFromUrl(): boolean {
    if (parseRoutingMode(this.routing) === 'none') return false;
    const route = this.#router.read();
    const changed = JSON.stringify(route.filters) !== JSON.stringify(this.filters);
    if (changed) this.filters = route.filters;
    // Another posting (Back, Forward): its entry may not be ours. The same one (the board moved
    // in the page): the entry we pushed is still the current one.
    if (route.job !== this.openId) this.#pushedEntry = undefined;
    this.openId = route.job;
    return changed;
  }

  override willUpdate(changed: PropertyValues) {
    const active = this.shadowRoot?.activeElement;
    if (active?.localName === 'careers-job-card') this.#focusedId = (active as CardElement).job?.id;
    if (changed.has('pageSize')) this.shown = this.#page;
    if (changed.has('jobs') || changed.has('format')) {
      this.#given = undefined;
      if (this.jobs !== undefined) {
        // Read as a feed at the page's address (its relative links resolve against it); data
        // in which nothing is usable is an error, as from `src`, not an empty board.
        try {
          const { jobs, warnings } = readFeedData(this.jobs, '', this.format, document.baseURI);
          this.#given = { jobs, warnings, errors: [], sources: [] };
        } catch (error) {
          this.#given = { jobs: [], warnings: [], errors: [error as FeedError], sources: [] };
        }
        this.#due = this.#given;
      }
    }
    const value = this.#given ?? this.#loaded;
    let refilter = false;
    if (value !== this.#data) {
      this.#data = value;
      this.#indexed = value ? indexJobs(value.jobs) : [];
      this.#warmFrom = undefined;
      this.#warmSearchIndex(this.#indexed);
      refilter = true;
    }
    if (refilter || changed.has('showClosed')) {
      this.#base = this.showClosed ? this.#indexed : this.#indexed.filter((entry) => !entry.closed);
      this.#facets = buildFacets(this.#base);
      refilter = true;
    }
    if (refilter || changed.has('filters')) {
      // Values from a hand-made link, as the feed writes them ("paris" -> "Paris").
      this.filters = matchFacetValues(this.filters, this.#facets);
      if (hasActiveFilters(this.filters)) {
        ({ results: this.#results, counts: this.#counts } = filterWithCounts(
          this.#base,
          this.filters,
        ));
      } else {
        this.#results = this.#base.slice();
        this.#counts = undefined;
      }
    }
    if (this.#data && !this.#data.errors.length && this.openId && !this.#openJob) {
      // A link to a posting this feed does not have: show the list, say so, fix the URL (not
      // while a feed failed: the posting may be in it, and Retry opens it).
      this.notice = 'unknown-job';
      this.openId = undefined;
      this.#router.write({ filters: this.filters }, 'replace');
    }
    if (changed.has('openId') && !this.openId && this.#lastShown) {
      // Back to the list: make sure the card we return focus to is rendered.
      const index = this.#results.findIndex((entry) => entry.job.id === this.#lastShown!.id);
      if (index >= this.shown) this.shown = Math.ceil((index + 1) / this.#page) * this.#page;
    }
  }

  get #page(): number {
    const size = Math.floor(Number(this.pageSize));
    return size > 0 ? size : 20;
  }

  /** The feed loaded from `src`, once it is there. */
  get #loaded(): BoardData | null | undefined {
    return this.#feedTask.status === TaskStatus.COMPLETE ? this.#feedTask.value : undefined;
  }

  /** The posting shown in the detail view, if any. */
  get #openJob(): Job | undefined {
    if (!this.openId || !this.#data) return undefined;
    return this.#indexed.find((entry) => entry.job.id === this.openId)?.job;
  }

  override async updated(changed: PropertyValues) {
    super.updated(changed);
    const due = this.#due;
    if (due && due === this.#data) {
      // Once the board shows it, cards or error: a listener may set properties again.
      this.#due = undefined;
      for (const error of due.errors) if (error.reason !== 'aborted') this.#failed(error);
      // Given jobs that could be read, or at least one feed that loaded.
      if (!due.errors.length || due.sources.length) {
        this.emit('careers-load', { jobs: due.jobs, sources: due.sources });
      }
    }
    if (this.#filterChanged) {
      this.#filterChanged = false;
      this.emit('careers-filter-change', {
        filters: { ...this.filters },
        count: this.#results.length,
      });
    }
    const job = this.#openJob;
    if (!this.#given && this.#feedTask.status === TaskStatus.PENDING) {
      // Reloading: nothing opened or closed yet; decided when the new feed is there.
    } else if (job && job.id === this.#lastShown?.id) {
      // The same posting, reloaded (retry, new src): refresh quietly, focus stays put.
      if (job !== this.#lastShown) this.#updateStructuredData(job);
      this.#lastShown = job;
    } else if (job !== this.#lastShown) {
      const previous = this.#lastShown;
      this.#lastShown = job;
      if (previous) this.emit('careers-job-close', { job: previous });
      if (job) {
        this.#updateStructuredData(job);
        const detail = this.renderRoot.querySelector('careers-job-detail');
        await detail?.updateComplete;
        // Once the detail shows the posting.
        this.emit('careers-job-open', { job });
        if (this.#openedWithPage) detail?.scrollIntoView({ block: 'start' });
        else detail?.focus();
        this.#openedWithPage = false;
      } else {
        this.#updateStructuredData(undefined);
        if (previous) await this.#focusCard(previous.id);
      }
    }
    if (changed.has('structuredData') || changed.has('country')) this.#updateStructuredData(job);
    if (this.#focusCardAt !== undefined) {
      const index = this.#focusCardAt;
      this.#focusCardAt = undefined;
      const id = this.#results[index]?.job.id;
      if (id) await this.#focusCard(id, 'center');
    }
    if (this.#focusAfterLoad) {
      // While the feed loads again, on the status that says so (the Retry button pressed is
      // gone: focus would fall to the page's body); once it is there, on the count, or on Retry.
      const done = this.#feedTask.status >= TaskStatus.COMPLETE;
      this.#focusAfterLoad = !done;
      this.renderRoot
        .querySelector<HTMLElement>(done ? `[part~="retry"], ${SUMMARY}` : SUMMARY)
        ?.focus();
    }
    // The list changed under a focused card (new jobs, a smaller page size, Back to other
    // filters): focus follows its posting to the card that shows it now, or, when the posting
    // left the list, goes to the count, which says what the list holds now (not to the body).
    const id = this.#focusedId;
    this.#focusedId = undefined;
    if (
      id &&
      !this.#openJob &&
      (this.shadowRoot?.activeElement as CardElement | null)?.job?.id !== id
    ) {
      await this.#focusCard(id);
    }
  }

  /**
   * Focuses the card of posting `id` and scrolls it fully into view: just enough by default, to
   * the middle of the screen for the first card "show more" adds (focus alone would leave it at
   * the bottom edge, under the button the visitor just pressed). Instant, as focus's own scroll.
   */
  async #focusCard(id: string, block: ScrollLogicalPosition = 'nearest') {
    const card = [...this.renderRoot.querySelectorAll('careers-job-card')].find(
      (element) => element.job?.id === id,
    );
    if (card) {
      await card.updateComplete;
      card.focus();
      // Cards above it are laid out only once in view (content-visibility), which can move it
      // after focus scrolled to it: once they are, bring the whole card into view.
      requestAnimationFrame(() => card.scrollIntoView({ block }));
    } else {
      this.renderRoot.querySelector<HTMLElement>(SUMMARY)?.focus();
    }
  }

  #updateStructuredData(job: Job | undefined) {
    if (!job || !this.structuredData) {
      this.#ldScript?.remove();
      this.#ldScript = undefined;
      return;
    }
    const level = clampHeadingLevel(this.headingLevel);
    const ld = jobPostingLd(
      { country: this.country ?? undefined, ...job },
      {
        descriptionHtml: renderDescription(job, { headingLevel: level }),
        url: this.#jobLinks()(job),
      },
    );
    this.#ldScript = showJsonLd(ld, this.#ldScript);
  }

  /**
   * The deep links of postings (what a card links to, so open-in-new-tab works), for the
   * current filters: one reading of the page's URL for a whole list.
   */
  #jobLinks(): (job: Job) => string {
    if (parseRoutingMode(this.routing) === 'none')
      return (job) => safeHttpUrl(job.url) ?? location.href;
    const link = this.#router.links(this.filters);
    return (job) => link(job.id);
  }

  #open(job: Job) {
    if (this.#urlTimer !== undefined) {
      // The list's own entry must hold the filters before the posting's entry is pushed.
      clearTimeout(this.#urlTimer);
      this.#urlTimer = undefined;
      this.#router.write({ filters: this.filters }, 'replace');
    }
    this.notice = undefined;
    this.#openedWithPage = false;
    this.openId = job.id;
    this.#router.write({ job: job.id, filters: this.filters }, 'push');
    if (parseRoutingMode(this.routing) !== 'none') this.#pushedEntry = location.href;
  }

  #close() {
    const popOurEntry = this.#pushedEntry === location.href;
    this.#pushedEntry = undefined;
    this.openId = undefined;
    if (popOurEntry) history.back();
    else this.#router.write({ filters: this.filters }, 'push');
  }

  #setFilters(filters: JobFilters, typing = false) {
    this.filters = filters;
    clearTimeout(this.#hold);
    // Typing: screen readers hear the new count once the visitor pauses, not at every key.
    this.#hold = typing
      ? setTimeout(() => {
          this.#hold = undefined;
          this.requestUpdate();
        }, 1000)
      : undefined;
    this.shown = this.#page;
    this.notice = undefined;
    this.#filterChanged = true;
    clearTimeout(this.#urlTimer);
    // Typing writes the URL once the visitor pauses, in place (no history entry per key).
    this.#urlTimer = setTimeout(() => {
      this.#urlTimer = undefined;
      this.#router.write({ filters: this.filters }, 'replace');
    }, 300);
  }

  #onFormInput(event: Event) {
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '');
    const filters: JobFilters = { ...EMPTY_FILTERS, query: value('q') };
    for (const facet of FACET_NAMES) filters[facet] = value(facet);
    this.#setFilters(filters, (event.target as HTMLInputElement).name === 'q');
  }

  #clearFilters() {
    this.#setFilters({ ...EMPTY_FILTERS });
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  #showMore() {
    this.#focusCardAt = this.shown;
    this.shown += this.#page;
  }

  #retry() {
    this.#focusAfterLoad = true;
    // The visitor acted: a posting the URL asked for gets focus when it opens.
    this.#openedWithPage = false;
    void this.#feedTask.run();
  }

  /**
   * A plain click on a card's link opens the posting in place, one on the detail's back link
   * closes it; modified clicks (new tab, new window) are left to the browser.
   */
  #onClick(event: MouseEvent) {
    if (!isPlainClick(event)) return;
    const path = event.composedPath();
    const link = path.find((node) => node instanceof HTMLAnchorElement);
    if (!link) return;
    if (link.part.contains('back')) {
      event.preventDefault();
      this.#close();
      return;
    }
    const card = path.find(
      (node): node is HTMLElement & { job?: Job } =>
        node instanceof HTMLElement && node.localName === 'careers-job-card',
    );
    if (!card?.job) return;
    event.preventDefault();
    this.#open(card.job);
  }

  /**
   * Folds the search text in idle time after the first cards paint, so typing stays fast. Stops
   * when a newer feed replaces this one, or as soon as the board leaves the page (it goes on
   * from where it stopped if the board comes back).
   */
  #warmSearchIndex(indexed: IndexedJob[], from = 0): void {
    whenIdle((deadline) => {
      if (indexed !== this.#indexed) return;
      const next = warmIndex(indexed, from, () => this.isConnected && deadline.timeRemaining() > 1);
      if (next >= indexed.length) return;
      if (this.isConnected) this.#warmSearchIndex(indexed, next);
      else this.#warmFrom = next;
    });
  }

  override render(): TemplateResult {
    const t = this.#i18n.t;
    const [before, count, after, quiet] = this.#given
      ? this.#renderData(t, this.#given)
      : (this.#feedTask.render({
          initial: () => this.#renderLoading(t),
          pending: () => this.#renderLoading(t),
          error: (error) => this.#renderError(t, [error as Error]),
          complete: (data) => (data ? this.#renderData(t, data) : [nothing]),
        }) as View);
    // One live region from loading to the list, so that the end of a load is announced (a
    // region that arrives already filled is not). What it says aloud waits while the visitor
    // types, then says the count once.
    const spoken = (this.#spoken = this.#hold ? this.#spoken : count);
    return html`<slot name="intro"></slot>${before}
      <p
        class=${quiet ? 'count visually-hidden' : 'count'}
        part=${count === t.loading ? 'status' : 'count'}
        role="status"
        tabindex="-1"
        ?hidden=${!count}
      >
        <span aria-hidden="true">${count}</span><span class="visually-hidden">${spoken}</span>
      </p>
      ${after}`;
  }

  #renderLoading(t: Translation): View {
    if (!this.src && this.jobs === undefined) return [nothing];
    // The room of the search and filters, the count's words, the cards' placeholders.
    return [
      html`<div class="loading"></div>`,
      t.loading,
      html`<ul class="list" aria-hidden="true">
        ${[0, 1, 2].map(() => html`<li class="skeleton" part="skeleton"></li>`)}
      </ul>`,
    ];
  }

  #renderError(t: Translation, errors: Array<FeedError | Error>): View {
    const reasons = [
      ...new Set(
        errors.map((error) =>
          'reason' in error ? t.errorReason(error.reason, error.status) : t.errorReason('network'),
        ),
      ),
    ];
    // The alert says what happened, not the names of its buttons.
    return [
      html`<div class="error" part="error">
        <div role="alert">
          <slot name="error"><p class="error-title">${t.errorTitle}</p></slot>
          ${reasons.map((reason) => html`<p>${reason}</p>`)}
        </div>
        ${this.#errorActions(t)}
      </div>`,
    ];
  }

  /** Retry and the fallback link, of the error box and of the partial notice. */
  #errorActions(t: Translation) {
    const fallback = safeHttpUrl(this.fallbackHref, document.baseURI);
    return html`<div class="error-actions">
      ${
        // Given jobs: nothing to fetch again.
        this.#given
          ? nothing
          : html`<button type="button" part="retry" @click=${this.#retry}>${t.retry}</button>`
      }
      ${fallback ? html`<a part="fallback" href=${fallback}>${t.fallback}</a>` : nothing}
    </div>`;
  }

  #renderData(t: Translation, data: BoardData): View {
    if (data.jobs.length === 0 && data.errors.length > 0) return this.#renderError(t, data.errors);
    const job = this.#openJob;
    if (job) {
      return [
        html`<careers-job-detail
          .job=${job}
          heading-level=${clampHeadingLevel(this.headingLevel)}
          back-href=${this.#router.href({ filters: this.filters })}
          share-url=${this.#jobLinks()(job)}
          exportparts=${DETAIL_PARTS}
        ></careers-job-detail>`,
      ];
    }
    const partial = data.errors.length
      ? html`<div class="error" part="error partial">
          <p role="alert">${t.partialError(data.errors.length)}</p>
          ${this.#errorActions(t)}
        </div>`
      : nothing;
    const notice =
      this.notice === 'unknown-job'
        ? html`<p class="notice" part="notice" role="alert">${t.unknownJob}</p>`
        : nothing;
    if (this.#base.length === 0) {
      // Screen readers hear that the load ended with nothing; the box says it to the eye.
      return [
        html`${partial}${notice}`,
        t.jobCount(0),
        html`<div class="empty" part="empty" tabindex="-1">
          <slot name="empty"><p>${t.empty}</p></slot>
        </div>`,
        true,
      ];
    }
    const visible = this.#results.slice(0, this.shown);
    const remaining = this.#results.length - visible.length;
    const level = clampHeadingLevel(this.headingLevel);
    const link = this.#jobLinks();
    return [
      html`${partial}${notice}${this.#renderForm(t)}`,
      t.jobCount(this.#results.length),
      html`${
        this.#results.length === 0
          ? html`<div class="empty" part="empty no-match">
              <p>${t.noMatch}</p>
            </div>`
          : html`<ul class="list" part="list">
              ${visible.map(
                (entry) =>
                  html`<li part="item">
                    <careers-job-card
                      .job=${entry.job}
                      href=${link(entry.job)}
                      heading-level=${level}
                      exportparts=${CARD_PARTS}
                    ></careers-job-card>
                  </li>`,
              )}
            </ul>`
      }
      ${
        remaining > 0
          ? html`<button type="button" class="more" part="more" @click=${this.#showMore}>
              ${t.showMore(Math.min(remaining, this.#page))}
            </button>`
          : nothing
      }`,
    ];
  }

  #renderForm(t: Translation) {
    // A filter from the URL stays visible (and clearable) even when the feed no longer has it.
    const facets = FACET_NAMES.filter(
      (facet) => this.#facets[facet]?.length >= 2 || this.filters[facet],
    );
    const options = (facet: FacetName) =>
      !this.filters[facet] || this.#facets[facet].some((o) => o.value === this.filters[facet])
        ? this.#facets[facet]
        : [...this.#facets[facet], { value: this.filters[facet], count: 0 }];
    const active = hasActiveFilters(this.filters);
    const id = (name: string) => `careers-${name}`;
    return html`<form
      class="filters"
      part="filters"
      role="search"
      aria-label=${this.label ? `${t.filters}, ${this.label}` : t.filters}
      @input=${this.#onFormInput}
      @submit=${(event: Event) => event.preventDefault()}
    >
      <div class="search" part="search">
        <label for=${id('q')}>${t.search}</label>
        <input
          id=${id('q')}
          part="search-input"
          type="search"
          name="q"
          autocomplete="off"
          .value=${live(this.filters.query)}
        />
      </div>
      ${
        facets.length
          ? html`<button
                type="button"
                class="facets-toggle"
                part="facets-toggle"
                aria-expanded=${this.facetsOpen ? 'true' : 'false'}
                aria-controls=${id('facets')}
                @click=${() => (this.facetsOpen = !this.facetsOpen)}
                @focusout=${(event: FocusEvent) => {
                  // Hidden while focused (the board grew past 36rem: a phone turned sideways):
                  // focus goes to the filters, which now always show, not to the page's body.
                  if (!event.relatedTarget && !(event.target as HTMLElement).offsetWidth)
                    this.renderRoot.querySelector('select')?.focus();
                }}
              >
                ${t.filtersToggle(FACET_NAMES.filter((facet) => this.filters[facet]).length)}
              </button>
              <fieldset
                id=${id('facets')}
                class=${this.facetsOpen ? 'facets open' : 'facets'}
                part="facets"
              >
                <legend class="visually-hidden">${t.filtersToggle(0)}</legend>
                ${facets.map(
                  (facet) =>
                    html`<div class="facet" part="facet">
                      <label for=${id(facet)}>${t.facets[facet]}</label>
                      <select id=${id(facet)} name=${facet} part="facet-select">
                        <option value="" ?selected=${!this.filters[facet]}>
                          ${t.facetAny[facet]}
                        </option>
                        ${options(facet).map((option) => {
                          const selected = this.filters[facet] === option.value;
                          const count = this.#counts
                            ? (this.#counts[facet].get(option.value) ?? 0)
                            : option.count;
                          return html`<option
                            value=${option.value}
                            ?selected=${selected}
                            ?disabled=${count === 0 && !selected}
                          >
                            ${t.facetOption(facetLabel(t, facet, option.value), count)}
                          </option>`;
                        })}
                      </select>
                    </div>`,
                )}
              </fieldset>`
          : nothing
      }
      ${
        active
          ? html`<button type="button" part="clear" @click=${this.#clearFilters}>
              ${t.clearFilters(this.filters.query)}
            </button>`
          : nothing
      }
    </form>`;
  }
}

/** Runs `run` when the page is idle (soon after, where `requestIdleCallback` is missing). */
function whenIdle(run: IdleRequestCallback): void {
  if (window.requestIdleCallback) window.requestIdleCallback(run);
  else setTimeout(() => run({ didTimeout: false, timeRemaining: () => 8 }), 1);
}

function isPlainClick(event: MouseEvent): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey
  );
}

/** A facet value in the visitor's words (enumerated kinds are translated). */
function facetLabel(t: Translation, facet: FacetName, value: string): string {
  switch (facet) {
    case 'contract':
      return t.contractKinds[value as keyof Translation['contractKinds']] ?? value;
    case 'remote':
      return t.remote[value as keyof Translation['remote']] ?? value;
    case 'experience':
      return t.experience[value as keyof Translation['experience']] ?? value;
    default:
      return value;
  }
}
