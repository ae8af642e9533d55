import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { CareersElement } from '../base/careers-element.js';
import type { Job } from '../../data/job.js';
import { cardStyles } from './careers-job-card.styles.js';
import { tokens } from '../../styles/tokens.js';

/**
 * One posting's summary: its title is a link stretched over the whole card.
 *
 * @csspart card - The card's box.
 * @csspart title - The job title heading.
 * @csspart meta - Organization and locations.
 */
export class CareersJobCard extends CareersElement {
  static override styles = [tokens, cardStyles];

  /** The posting to show. */
  @property({ attribute: false }) job?: Job;

  /** Level of the title heading (2 to 6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Where the title links to; defaults to the posting's own page. */
  @property() href?: string;

  override render() {
    const job = this.job;
    if (!job) return nothing;
    const level = Math.min(6, Math.max(2, this.headingLevel || 3));
    const meta = [job.organization?.name, ...job.locations].filter(Boolean).join(' · ');
    return html`<article class="card" part="card">
      <div role="heading" aria-level=${level} class="title" part="title">
        <a href=${this.href ?? job.url ?? `#job=${encodeURIComponent(job.id)}`}>${job.title}</a>
      </div>
      ${meta ? html`<p class="meta" part="meta">${meta}</p>` : nothing}
    </article>`;
  }
}
