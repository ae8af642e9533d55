import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { CareersElement } from '../base/careers-element.js';
import { fetchFeed } from '../../data/fetch-feed.js';
import { FeedError } from '../../data/feed-error.js';
import { normalizeFeed } from '../../data/normalize.js';
import type { Job } from '../../data/job.js';
import { resolveLang, translation } from '../../i18n/index.js';
import { boardStyles } from './careers-board.styles.js';
import { tokens } from '../../styles/tokens.js';

/**
 * The whole widget: fetches the feed(s) and shows the openings.
 *
 * @fires careers-load - After every successful (re)load: `{ jobs, sources }`.
 * @fires careers-error - A feed failed: `{ error, url, status? }`.
 * @csspart list - The list of cards.
 * @csspart card - Each card (forwarded from careers-job-card).
 * @csspart error - The error message.
 */
export class CareersBoard extends CareersElement {
  static override styles = [tokens, boardStyles];

  /** Feed URL(s), separated by spaces. */
  @property() src = '';

  /** Milliseconds before a feed request is given up. */
  @property({ type: Number }) timeout = 10_000;

  /** Level of the job titles (2 to 6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  private readonly feedTask = new Task(this, {
    task: async ([src, timeout], { signal }) => {
      const url = new URL(src, document.baseURI).href;
      try {
        const data = await fetchFeed(url, { signal, timeout });
        const { jobs } = normalizeFeed(data, { source: url });
        this.emit('careers-load', { jobs, sources: [url] });
        return jobs;
      } catch (error) {
        if (error instanceof FeedError && error.reason !== 'aborted') {
          this.emit('careers-error', { error, url, status: error.status });
        }
        throw error;
      }
    },
    args: () => [this.src, this.timeout] as const,
  });

  override render() {
    const t = translation(resolveLang(this));
    if (!this.src) return nothing;
    return this.feedTask.render({
      pending: () => html`<p role="status">${t.loading}</p>`,
      error: () =>
        html`<div role="alert" part="error">
          <p>${t.errorTitle}</p>
          <button type="button" @click=${() => this.feedTask.run()}>${t.retry}</button>
        </div>`,
      complete: (jobs: Job[]) =>
        jobs.length === 0
          ? html`<p>${t.empty}</p>`
          : html`<p role="status">${t.jobCount(jobs.length)}</p>
              <ul class="list" part="list">
                ${jobs.map(
                  (job) =>
                    html`<li>
                      <careers-job-card
                        exportparts="card, title, meta"
                        .job=${job}
                        heading-level=${this.headingLevel}
                      ></careers-job-card>
                    </li>`,
                )}
              </ul>`,
    });
  }
}
