import { html, nothing, type TemplateResult } from 'lit';
import { CareersElement } from '../base/careers-element.js';
import { sharedStyles } from '../base/shared.styles.js';
import type { Job } from '../../data/job.js';
import { mailtoUrl, safeEmail, safeHttpUrl } from '../../data/urls.js';
import { LangController } from '../../i18n/index.js';
import { tokens } from '../../styles/tokens.js';
import { applyButtonStyles } from './careers-apply-button.styles.js';

/** Where the apply link goes: an http(s) page or an e-mail address, never any other scheme. */
export interface ApplyTarget {
  href: string;
  kind: 'http' | 'mailto';
  /** Another site: opens in a new window. */
  external: boolean;
  /** What a printed page shows after the link: the URL, or the bare e-mail address. */
  address: string;
}

/**
 * The apply action: a real link (`<a>`) to an http(s) page or a `mailto:` address. Any other
 * scheme renders no link at all (only the posting's application instructions, if any).
 * Links to another site open in a new window, which the link's accessible name says.
 *
 * @fires careers-apply - Before following the link: `{ job, href }`; cancelable, and
 *   `preventDefault()` stops the navigation (to open your own form instead, for example).
 * @csspart apply - The link, styled as a button.
 * @csspart instructions - How to apply, in the posting's words.
 * @cssprop --careers-color-primary - Button background.
 * @cssprop --careers-color-on-primary - Button text.
 */
export class CareersApplyButton extends CareersElement {
  static override styles = [tokens, sharedStyles, applyButtonStyles];
  static override properties = {
    job: { attribute: false },
    href: {},
  };

  /** The posting: its `apply.url`, else its `apply.email` (mailto with a subject naming it). */
  job?: Job;

  /** An explicit http(s) or `mailto:` target; wins over `job`. */
  href?: string;

  readonly #i18n = new LangController(this);

  /** The link's target, or undefined when there is no safe one. */
  #resolveTarget(): ApplyTarget | undefined {
    const t = this.#i18n.t;
    const subject = this.job ? t.applySubject(this.job.title) : undefined;
    let href: string | undefined;
    let kind: ApplyTarget['kind'] = 'http';
    let email: string | undefined;
    const given = this.href?.trim();
    if (given) {
      if (/^mailto:/i.test(given)) {
        // The query is everything after the first `?` (a subject may hold one too).
        const [address, query] = given.slice(7).split(/\?(.*)/s);
        email = safeEmail(decodeSafely(address));
        kind = 'mailto';
        href = email && (query ? `mailto:${email}?${query}` : mailtoUrl(email, subject));
      } else {
        href = safeHttpUrl(given, document.baseURI);
      }
    } else if (this.job?.apply) {
      href = safeHttpUrl(this.job.apply.url);
      if (!href) {
        kind = 'mailto';
        email = safeEmail(this.job.apply.email);
        href = mailtoUrl(email, subject);
      }
    }
    if (!href) return undefined;
    const external = kind === 'http' && new URL(href).origin !== location.origin;
    return { href, kind, external, address: email ?? href };
  }

  #onClick(event: MouseEvent) {
    const target = this.#resolveTarget();
    if (!target) return;
    const go = this.emit(
      'careers-apply',
      { job: this.job, href: target.href },
      { cancelable: true },
    );
    if (!go) event.preventDefault();
  }

  override render(): TemplateResult {
    const t = this.#i18n.t;
    const target = this.#resolveTarget();
    const instructions = this.job?.apply?.instructions;
    // The posting's words, in its language.
    const lang = this.job?.language ?? nothing;
    return html`${
      target
        ? html`<a
            class="button"
            part="apply"
            href=${target.href}
            target=${target.external ? '_blank' : nothing}
            rel=${target.external ? 'noopener noreferrer' : nothing}
            data-address=${target.address}
            @click=${this.#onClick}
            >${target.kind === 'mailto' ? t.applyByEmail : t.apply}${
              target.external ? html`<span class="visually-hidden"> ${t.newWindow}</span>` : nothing
            }</a
          >`
        : nothing
    }
    ${
      instructions
        ? html`<p class="instructions" part="instructions" lang=${lang}>${instructions}</p>`
        : nothing
    }`;
  }
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}
