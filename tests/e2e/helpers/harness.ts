// Shared plumbing of the end-to-end suites: test pages that embed the built script, tabs that
// record every problem (page errors, console errors, dialogs, requests), and the in-page probe.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/** The in-page helpers (tests/e2e/helpers/probe.js) as an init script. */
export const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');

export interface Probe {
  allElements(): Element[];
  deepActive(): Element | null;
  activeLabel(): string;
  label(element: Element | null): string;
  findDeep(selector: string, start?: Element | ShadowRoot): Element | null;
  findAllDeep(selector: string, start?: Element | ShadowRoot): Element[];
  audit(): string[];
  overflowing(): string[];
  frames(): Promise<void>;
  until<T>(check: () => T, ms?: number): Promise<T>;
  soon<T>(check: () => T, ms?: number): Promise<T>;
  openEach(board: Element): Promise<{ opened: number; findings: string[] }>;
}

declare global {
  interface Window {
    __probe: Probe;
    __pwnLog: string[];
    __pwned?: unknown;
    __cspViolations?: string[];
  }
}

export interface PageOptions {
  lang?: string;
  /** Markup inside <main>, after the page's own h1. */
  body: string;
  /** Extra markup in <head> (styles of the host page...). */
  head?: string;
}

/** A host page that embeds the built classic script the way the README says. */
export function hostPage({ lang = 'fr', body, head = '' }: PageOptions): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${lang === 'en' ? 'Careers' : 'Carrières'}</title>
${head}
<script src="/dist/careers-widget.js" defer data-test-page></script>
</head>
<body><main><h1>${lang === 'en' ? 'Join us' : 'Nous recrutons'}</h1>
${body}
</main></body></html>`;
}

/** A page, its context, and what went wrong in it. */
export interface Tab {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and console errors, as text. */
  problems: string[];
  /** Messages of every alert/confirm/prompt opened (each is dismissed). */
  dialogs: string[];
  /** Every URL the page requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function openTab(browser: Browser, options: BrowserContextOptions = {}): Promise<Tab> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: PROBE });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const tab: Tab = {
    context,
    page,
    problems: [],
    dialogs: [],
    requests: [],
    close: () => context.close(),
  };
  page.on('pageerror', (error) => tab.problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') tab.problems.push(`console error: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    tab.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  context.on('request', (request) => tab.requests.push(request.url()));
  return tab;
}

/** Text of the board's shadow root, whitespace collapsed (what a reader sees, roughly). */
export function boardText(page: Page, selector = 'careers-board'): Promise<string> {
  return page.evaluate(
    (sel) =>
      (document.querySelector(sel)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    selector,
  );
}

/** Waits until the board is no longer loading: cards, an alert, or an empty/status message. */
export async function settled(page: Page, selector = 'careers-board'): Promise<void> {
  await page.waitForFunction((sel) => {
    const root = document.querySelector(sel)?.shadowRoot;
    // The loading status has text too: still loading while its skeleton shows.
    if (!root || root.querySelector('[part~="skeleton"]')) return false;
    return Boolean(
      root.querySelector('careers-job-card, careers-job-detail, [role="alert"]') ||
      (root.textContent ?? '').trim(),
    );
  }, selector);
}
