// Shared helpers of the component tests (not a test file itself).
import { emulateMedia } from '@web/test-runner-commands';
import type { Job } from '../../src/data/job.js';

export const BOARD_FEED = '/tests/fixtures/feeds/ui-board.json';
export const OTHER_FEED = '/tests/fixtures/feeds/ui-other.json';
export const EMPTY_FEED = '/tests/fixtures/feeds/ui-empty.json';

/** The URL the test page started with, restored after each routing test. */
export const START_URL = location.href.split('#')[0];

export function resetUrl(): void {
  history.replaceState(null, '', START_URL);
}

/** A normalized job with sensible defaults. */
export function makeJob(fields: Partial<Job> = {}): Job {
  return {
    id: 'job-1',
    title: 'Développeur·se front-end',
    locations: ['Paris'],
    tags: [],
    open: true,
    ...fields,
  };
}

/** A local calendar date `days` before today, as YYYY-MM-DD. */
export function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Every element matching `selector` in a tree of shadow roots (for test assertions). */
export function deepQueryAll<T extends Element = HTMLElement>(
  root: Element | ShadowRoot | Document,
  selector: string,
): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepQueryAll<T>(element.shadowRoot, selector));
  }
  return found;
}

/**
 * Hooks of a describe whose tests run on a page that allows dark (`color-scheme: light dark`)
 * but paints itself white anyway; the visitor's preference is set back to light after each.
 */
export function onWhitePageAllowingDark(): void {
  beforeEach(() => {
    document.documentElement.style.colorScheme = 'light dark';
    document.body.style.background = '#ffffff';
  });
  afterEach(() => {
    document.documentElement.style.colorScheme = '';
    document.body.style.background = '';
    return emulateMedia({ colorScheme: 'light' });
  });
}

/**
 * The count's words as shown, and as screen readers hear them (they wait while the visitor
 * types): the two halves of the board's count, whose text holds both.
 */
export function countWords(board: Element, heard = false): string | undefined {
  return board
    .shadowRoot!.querySelector(`.count > ${heard ? ':not([aria-hidden])' : '[aria-hidden]'}`)
    ?.textContent?.replace(/\s+/g, ' ')
    .trim();
}
