import { html, nothing, type TemplateResult } from 'lit';
import { CareersElement } from '../base/careers-element.js';
import { sharedStyles } from '../base/shared.styles.js';
import { clampHeadingLevel, renderHeading } from '../base/heading.js';
import { formatContract, formatDate, formatSalary, machineDate } from '../base/format.js';
import type { Job } from '../../data/job.js';
import { isClosed } from '../../data/filter-jobs.js';
import { renderDescriptionFragment } from '../../data/render-description.js';
import { safeHttpUrl } from '../../data/urls.js';
import { LangController } from '../../i18n/index.js';
import { tokens } from '../../styles/tokens.js';
import { detailStyles } from './careers-job-detail.styles.js';

/**
 * Whether `text` holds the words of `part` in a row: letters and digits compared, anything
 * else (spaces, punctuation, Markdown left in a plain-text copy) aside. A `part` cut short with
 * "…" (the CLI keeps 300 characters of a paragraph) is looked for up to the cut.
 */
function contains(text: string, part: string | undefined): boolean {
  const squash = (value: string) => value.replace(/[^\p{L}\p{N}]+/gu, '');
  const wanted = squash(part ?? '');
  return wanted !== '' && squash(text).includes(wanted);
}

/**
 * One posting in full: title, metadata, the sanitized description, the apply button (or a
 * "applications closed" notice), a back link and a share action.
 *
 * @fires careers-apply - From its apply button (cancelable): `{ job, href }`.
 * @csspart detail - The whole view (`<article>`).
 * @csspart back - The back link (shown when `back-href` is set).
 * @csspart title - The job title heading (focusable, `tabindex="-1"`).
 * @csspart badge - The "closed" badge.
 * @csspart meta - The metadata list (`<dl>`).
 * @csspart tags - The list of tags.
 * @csspart tag - Each tag.
 * @csspart description - The description (sanitized HTML).
 * @csspart actions - The row of apply and share actions.
 * @csspart apply - The apply link (from careers-apply-button).
 * @csspart instructions - How to apply, in the posting's words; not shown when the description
 *   already says it word for word (the paragraph the careers-feed CLI takes them from).
 * @csspart filled - The "applications closed" notice of a closed posting.
 * @csspart share - The share button (none for a closed posting).
 * @csspart share-status - The live region announcing the share result.
 * @cssprop --careers-color-link - Link colour.
 * @cssprop --careers-color-closed - "Closed" badge and notice background.
 * @cssprop --careers-color-on-closed - "Closed" badge and notice text.
 */
export class CareersJobDetail extends CareersElement {
  static override styles = [tokens, sharedStyles, detailStyles];
  static override properties = {
    job: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    backHref: { attribute: 'back-href' },
    shareUrl: { attribute: 'share-url' },
    shareMessage: { state: true, attribute: false },
  };

  /** The posting to show (a normalized `Job`). */
  job?: Job;

  /** Level of the title heading (2 to 6); headings of the description are shifted below it. */
  headingLevel = 3;

  /**
   * Where the back link goes (the list), relative to the page or absolute; no back link when
   * unset or not an http(s) page.
   */
  backHref?: string;

  /**
   * The link shared by the share action (relative to the page or absolute, http(s)); defaults to
   * the posting's own page, else this page.
   */
  shareUrl?: string;

  private shareMessage = '';

  readonly #i18n = new LangController(this);

  /** Moves focus to the title (what the board does when the posting opens). */
  override focus(options?: FocusOptions): void {
    this.shadowRoot?.querySelector<HTMLElement>('.title')?.focus(options);
  }

  /** The sanitized description of the current job and title level, made in `willUpdate`. */
  #description?: DocumentFragment;
  /** Whether the description already holds the apply instructions, word for word. */
  #instructionsInDescription = false;
  /** Lays the description's tables and code blocks out again: a new width, a block shown. */
  readonly #resized = new ResizeObserver(() => this.#reachScrollers());

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('job')) this.shareMessage = '';
    if ((changed.has('job') || changed.has('headingLevel')) && this.job) {
      const headingLevel = clampHeadingLevel(this.headingLevel);
      this.#description = renderDescriptionFragment(this.job, { headingLevel });
      // A short table value (a figure, a date, a few words) keeps to one line in a narrow
      // table (the cell's `nowrap`): only longer text wraps; a table that still cannot fit
      // scrolls.
      for (const cell of this.#description.querySelectorAll<HTMLTableCellElement>('td,th'))
        cell.noWrap = cell.textContent!.length < 21;
      this.#instructionsInDescription = contains(
        this.#description.textContent ?? '',
        this.job.apply?.instructions,
      );
    }
  }

  /**
   * Only the tables and code blocks that scroll sideways (wider than the text) take focus, so
   * that the keyboard can scroll them; those that fit are no extra Tab stop. One not laid out
   * yet (out of view: `content-visibility`) may scroll: it keeps its focus until it is.
   */
  #reachScrollers() {
    const blocks = [...this.renderRoot.querySelectorAll<HTMLElement>('table,pre')];
    // All measured, then all marked: a mark between two measures would lay the text out again.
    // A block not laid out yet (content-visibility) may scroll once it is. Browsers without
    // checkVisibility (Safari before 17.4) skip no layout either: see the styles.
    const scrolls = blocks.map(
      (block) =>
        !(
          (block.firstElementChild ?? block).checkVisibility?.({ contentVisibilityAuto: true }) ??
          true
        ) || block.scrollWidth > block.clientWidth,
    );
    blocks.forEach((block, i) =>
      scrolls[i] ? (block.tabIndex = 0) : block.removeAttribute('tabindex'),
    );
  }

  override updated(changed: Map<PropertyKey, unknown>) {
    if (changed.has('job') || changed.has('headingLevel')) {
      this.#resized.disconnect();
      // Watched only when there is something to watch: most postings have no table or code.
      const blocks = this.renderRoot.querySelectorAll('table,pre');
      if (blocks.length) {
        this.#resized.observe(this.renderRoot.querySelector('.description')!);
        blocks.forEach((block) => this.#resized.observe(block));
      }
    }
  }

  get #link(): string {
    return (
      safeHttpUrl(this.shareUrl, document.baseURI) ?? safeHttpUrl(this.job?.url) ?? location.href
    );
  }

  async #share() {
    const t = this.#i18n.t;
    const url = this.#link;
    this.shareMessage = '';
    if (navigator.share) {
      try {
        await navigator.share({ title: this.job?.title, url });
        return;
      } catch (error) {
        // The visitor closed the share sheet: nothing to say.
        if ((error as Error)?.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      this.shareMessage = t.copied;
    } catch {
      this.shareMessage = `${t.copyFailed} ${url}`;
    }
  }

  /** A row of the metadata; none for a value that is missing or empty text. */
  #row(label: string, value: string | TemplateResult | undefined) {
    return value
      ? html`<div class="row">
          <dt>${label}</dt>
          <dd>${value}</dd>
        </div>`
      : nothing;
  }

  #date(iso: string | undefined) {
    const text = formatDate(iso, this.#i18n.t);
    return text ? html`<time datetime=${machineDate(iso)!}>${text}</time>` : undefined;
  }

  override render() {
    const job = this.job;
    if (!job) return nothing;
    const t = this.#i18n.t;
    const closed = isClosed(job);
    const org = job.organization;
    const orgUrl = safeHttpUrl(org?.url);
    const team = job.team;
    const teamUrl = safeHttpUrl(team?.url);
    // Kept as written when it leads to an http(s) page (the board's list URL), as a card's href.
    const back = safeHttpUrl(this.backHref, document.baseURI) && this.backHref;
    // The posting's own words in its language (title, places, tags, text, contract label, salary
    // in words); the widget's words (labels, dates, kinds, figures) in the page's.
    const lang = job.language ?? nothing;
    // The source's own words for the contract, when they say more than its kind.
    const kind = formatContract(job.contract, t);
    const label = job.contract?.label;
    const salary = formatSalary(job.salary, t);
    return html`<article class="detail" part="detail">
      ${
        back
          ? html`<a class="back" part="back" href=${back}
              ><span aria-hidden="true">← </span>${t.back}</a
            >`
          : nothing
      }
      ${renderHeading(this.headingLevel, html`<span lang=${lang}>${job.title}</span>`, true)}
      ${closed ? html`<p class="badge" part="badge">${t.closed}</p>` : nothing}
      <dl class="meta" part="meta">
        ${this.#row(
          t.labels.organization,
          org ? (orgUrl ? html`<a href=${orgUrl}>${org.name}</a>` : org.name) : undefined,
        )}
        ${this.#row(
          t.labels.team,
          team ? (teamUrl ? html`<a href=${teamUrl}>${team.name}</a>` : team.name) : undefined,
        )}
        ${this.#row(
          t.labels.locations,
          job.locations.length
            ? html`<span lang=${lang}>${job.locations.join(', ')}</span>`
            : undefined,
        )}
        ${this.#row(t.labels.remote, job.remote ? t.remote[job.remote] : undefined)}
        ${this.#row(
          t.labels.contract,
          kind &&
            html`${kind}${
              label && label.toLowerCase() !== kind.toLowerCase()
                ? html` (<span lang=${lang}>${label}</span>)`
                : nothing
            }`,
        )}
        ${this.#row(t.labels.experience, job.experience ? t.experience[job.experience] : undefined)}
        ${this.#row(
          t.labels.salary,
          // Free text is the posting's words; figures are written in the widget's language.
          job.salary?.text ? html`<span lang=${lang}>${salary}</span>` : salary,
        )}
        ${this.#row(t.labels.starts, this.#date(job.startsAt))}
        ${this.#row(t.labels.published, this.#date(job.publishedAt))}
        ${this.#row(t.labels.closes, this.#date(job.closesAt))}
      </dl>
      ${
        job.tags.length
          ? html`<ul class="tags" part="tags" aria-label=${t.tags}>
              ${job.tags.map((item) => html`<li class="tag" part="tag" lang=${lang}>${item}</li>`)}
            </ul>`
          : nothing
      }
      <div class="description" part="description" lang=${lang}>
        ${
          // Sanitized nodes, made in `willUpdate` only when the job or the level changes. A
          // fragment is emptied once inserted; Lit inserts it once and leaves it alone while it
          // gets the same fragment again.
          this.#description
        }
      </div>
      <div class="actions" part="actions">
        ${
          // A closed posting is not worth sharing: no share button either.
          closed
            ? html`<p class="filled" part="filled">${t.filled}</p>`
            : html`<careers-apply-button
                  class=${this.#instructionsInDescription ? 'said' : nothing}
                  .job=${job}
                  lang=${this.#i18n.lang}
                  exportparts="apply, instructions"
                ></careers-apply-button>
                <button class="share" part="share" type="button" @click=${this.#share}>
                  ${t.share}
                </button>`
        }
      </div>
      <p class="share-status" part="share-status" role="status">${this.shareMessage}</p>
    </article>`;
  }
}
