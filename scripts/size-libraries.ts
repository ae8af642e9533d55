// The libraries' weight (`node scripts/size.mjs --libraries`): what the script weighs with lit, marked,
// DOMPurify and the description renderer alone, built with the widget's own Vite config and
// library patches. One Lit element renders one posting's sanitized description; everything else
// the widget does (the board, cards, detail, feed readers, fetching, search, languages, themes)
// is what the full script weighs on top of this.
import { LitElement, html } from 'lit';
import { Task } from '@lit/task';
import { renderDescriptionFragment } from '../src/data/render-description.ts';
import type { Job } from '../src/data/job.ts';

class SizeLibraries extends LitElement {
  job?: Job;
  #task = new Task(this, {
    task: async ([job]: [Job | undefined]) => job,
    args: (): [Job | undefined] => [this.job],
  });
  override render() {
    const job = this.#task.value;
    return html`<div>${job ? renderDescriptionFragment(job) : ''}</div>`;
  }
}
customElements.define('careers-size-libraries', SizeLibraries);
