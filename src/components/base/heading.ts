import { html, nothing, type TemplateResult } from 'lit';

/** A heading level from an attribute, kept within 2..6 (3 when missing or unreadable). */
export function clampHeadingLevel(level: unknown): number {
  const n = Math.round(Number(level));
  return Number.isFinite(n) && n > 0 ? Math.min(6, Math.max(2, n)) : 3;
}

/**
 * A real `<hN class="title" part="title">` at the page's chosen level (never role=heading).
 * `focusable` adds tabindex="-1" so focus can be moved to it.
 */
export function renderHeading(level: unknown, content: unknown, focusable = false): TemplateResult {
  const tabindex = focusable ? '-1' : nothing;
  switch (clampHeadingLevel(level)) {
    case 2:
      return html`<h2 class="title" part="title" tabindex=${tabindex}>${content}</h2>`;
    case 4:
      return html`<h4 class="title" part="title" tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 class="title" part="title" tabindex=${tabindex}>${content}</h5>`;
    case 6:
      return html`<h6 class="title" part="title" tabindex=${tabindex}>${content}</h6>`;
    default:
      return html`<h3 class="title" part="title" tabindex=${tabindex}>${content}</h3>`;
  }
}
