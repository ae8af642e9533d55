import { html, nothing, type TemplateResult } from 'lit';
import { CareersElement } from '../base/careers-element.js';
import { sharedStyles } from '../base/shared.styles.js';
import { renderHeading } from '../base/heading.js';
import { formatContract, formatRelative, formatSalary, machineDate } from '../base/format.js';
import type { Job } from '../../data/job.js';
import { isClosed } from '../../data/filter-jobs.js';
import { safeHttpUrl } from '../../data/urls.js';
import { LangController } from '../../i18n/index.js';
import { cardStyles } from './careers-job-card.styles.js';
import { tokens } from '../../styles/tokens.js';

/**
 * One posting's summary. Its title is a real heading holding the card's only link, stretched
 * over the whole card, so the card is one link with one accessible name.
 *
 * @csspart card - The card's box (`<article>`).
 * @csspart title - The job title heading.
 * @csspart link - The title link (stretched over the card).
 * @csspart badge - The "closed" badge.
 * @csspart organization - Who hires (team, organization).
 * @csspart meta - Locations, contract, remote work and salary.
 * @csspart date - The publication date.
 * @csspart tags - The list of tags.
 * @csspart tag - Each tag.
 * @cssprop --careers-color-surface - Card background.
 * @cssprop --careers-color-border - Card border.
 * @cssprop --careers-color-tag - Tag background.
 * @cssprop --careers-color-on-tag - Tag text.
 * @cssprop --careers-color-closed - "Closed" badge background.
 * @cssprop --careers-color-on-closed - "Closed" badge text.
 * @cssprop --careers-focus-ring - Focus ring of the card.
 */
export class CareersJobCard extends CareersElement {
  static override styles = [tokens, sharedStyles, cardStyles];
  static override properties = {
    job: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    href: {},
  };

  /** The posting to show (a normalized `Job`). */
  job?: Job;

  /** Level of the title heading (2 to 6). */
  headingLevel = 3;

  /**
   * Where the title links to (an http(s) page, relative ones included); defaults to the
   * posting's own page (`job.url`). With neither, the title shows without a link.
   */
  href?: string;

  readonly #i18n = new LangController(this);

  /** Focuses the card's link. */
  override focus(options?: FocusOptions): void {
    this.shadowRoot?.querySelector('a')?.focus(options);
  }

  override render(): TemplateResult | typeof nothing {
    const job = this.job;
    if (!job) return nothing;
    const t = this.#i18n.t;
    // A given href is kept as written when it leads to an http(s) page (a board's `#job=...`);
    // with no safe target at all, the title is shown without a link rather than linking to
    // this page.
    const given = this.href;
    const href =
      given != null ? safeHttpUrl(given, document.baseURI) && given : safeHttpUrl(job.url);
    const closed = isClosed(job);
    const team = job.team?.name;
    const organization = job.organization?.name;
    // The posting's own words (title, places, tags, salary in words) in its language; the
    // widget's words (contract kinds, remote work, figures, dates) in the page's.
    const lang = job.language ?? nothing;
    const meta = (
      [
        [job.locations.join(', '), lang],
        [formatContract(job.contract, t)],
        [job.remote && job.remote !== 'none' ? t.remote[job.remote] : undefined],
        [formatSalary(job.salary, t), job.salary?.text ? lang : nothing],
      ] as Array<[string | undefined, (string | typeof nothing)?]>
    ).filter(([item]) => item);
    const relative = formatRelative(job.publishedAt, t);
    // A closed posting's badge describes its link: a screen reader going from link to link (the
    // visitor's Tab) hears it after the title, as the eye sees it next to it.
    return html`<article class="card" part="card">
      ${renderHeading(
        this.headingLevel,
        href
          ? html`<a
              part="link"
              href=${href}
              lang=${lang}
              aria-describedby=${closed ? 'badge' : nothing}
              >${job.title}</a
            >`
          : html`<span lang=${lang}>${job.title}</span>`,
      )}
      ${closed ? html`<p class="badge" part="badge" id="badge">${t.closed}</p>` : nothing}
      ${
        team || organization
          ? // The dot between the two is for the eye; screen readers hear a comma (a pause), not
            // the two names run together.
            html`<p class="organization" part="organization">
              ${team}${
                team && organization
                  ? html`<span aria-hidden="true"> ·</span><span class="visually-hidden">,</span>`
                  : nothing
              }
              ${organization}
            </p>`
          : nothing
      }
      ${
        meta.length
          ? html`<ul class="meta" part="meta">
              ${meta.map(([item, words]) => html`<li lang=${words ?? nothing}>${item}</li>`)}
            </ul>`
          : nothing
      }
      ${
        relative
          ? html`<p class="date" part="date">
              ${t.published} <time datetime=${machineDate(job.publishedAt)!}>${relative}</time>
            </p>`
          : nothing
      }
      ${
        job.tags.length
          ? html`<ul class="tags" part="tags" aria-label=${t.tags}>
              ${job.tags.map((item) => html`<li class="tag" part="tag" lang=${lang}>${item}</li>`)}
            </ul>`
          : nothing
      }
    </article>`;
  }
}
