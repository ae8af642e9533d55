import { LitElement } from 'lit';
import type { CareersEventMap } from '../../events.js';

/**
 * Base of every careers element: a typed `emit()` whose events bubble across shadow roots.
 *
 * Elements declare their reactive properties in `static properties` rather than with
 * decorators (the bundle then carries no decorator calls); their class fields keep assignment
 * semantics (`useDefineForClassFields: false`), so they go through Lit's accessors.
 */
export class CareersElement extends LitElement {
  /** Dispatches a typed event that bubbles and is composed; returns false if it was canceled. */
  protected emit<K extends keyof CareersEventMap>(
    type: K,
    detail: CareersEventMap[K]['detail'],
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(
      new CustomEvent(type, {
        detail,
        bubbles: true,
        composed: true,
        cancelable: options.cancelable ?? false,
      }),
    );
  }
}
