// The keyboard-only journey of a visitor (search, filter, open, apply link, back), asserting
// where focus is after each step. Shared by the accessibility suite and the CSP suite.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

const activeLabel = (page: Page) => page.evaluate(() => window.__probe.activeLabel());

/** Presses Tab (or Shift+Tab) until the focused element's label matches, at most `max` times. */
export async function tabTo(
  page: Page,
  label: RegExp,
  options: { back?: boolean; max?: number } = {},
) {
  const seen: string[] = [];
  for (let i = 0; i < (options.max ?? 15); i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const now = await activeLabel(page);
    if (label.test(now)) return now;
    seen.push(now);
  }
  assert.fail(`focus never reached ${label}; it went through:\n  ${seen.join('\n  ')}`);
}

const count = (page: Page) =>
  page.evaluate(() =>
    (window.__probe.findDeep('[part~="count"] > [aria-hidden]')?.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim(),
  );

export const JOURNEY_TEXT = {
  fr: {
    search: /Rechercher une offre/,
    location: /^select .*"Lieu/,
    filters: /^button \[part=facets-toggle\].*"Filtres/,
    results: (n: number) => (n === 1 ? '1 offre' : `${n} offres`),
    back: /Retour aux offres/,
    apply: /^a \[part=apply\].*"Postuler/,
  },
  en: {
    search: /Search openings/,
    location: /^select .*"Location/,
    filters: /^button \[part=facets-toggle\].*"Filters/,
    results: (n: number) => (n === 1 ? '1 opening' : `${n} openings`),
    back: /Back to openings/,
    apply: /^a \[part=apply\].*"Apply/,
  },
};

/**
 * On a board showing `tests/e2e/a11y.test.ts`'s postings: search "designer" (2 results),
 * filter on Lyon (1; on a `narrow` board, after unfolding the filters), open "UX designer" with Enter, reach its apply link, go back with the
 * back link and land on the same card, filters kept.
 */
export async function keyboardJourney(
  page: Page,
  lang: 'fr' | 'en' = 'fr',
  { narrow = false } = {},
) {
  const text = JOURNEY_TEXT[lang];
  await page.locator('careers-board careers-job-card').first().waitFor();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  // 1. Search: the first Tab stop of the board is the search field.
  assert.match(await tabTo(page, /./, { max: 1 }), text.search, 'first Tab stop is the search');
  await page.keyboard.type('designer');
  await page.waitForFunction(
    (expected) => window.__probe.findDeep('[part~="count"]')?.textContent?.includes(expected),
    text.results(2),
  );
  assert.match(await activeLabel(page), text.search, 'focus stays in the search field');

  // 2. Filter: on a narrow board, unfold the filters first (Enter on their button, which keeps
  // the focus); then Tab to the location select and pick Lyon by typing (no pointer).
  if (narrow) {
    await tabTo(page, text.filters, { max: 1 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => window.__probe.findDeep('[part~="facets-toggle"]')?.ariaExpanded === 'true',
    );
    assert.match(await activeLabel(page), text.filters, 'focus stays on the filters button');
  }
  await tabTo(page, text.location);
  await page.keyboard.type('Lyon');
  await page.waitForFunction(
    (expected) => window.__probe.findDeep('[part~="count"]')?.textContent?.includes(expected),
    text.results(1),
  );
  assert.equal(await count(page), text.results(1));
  assert.match(await activeLabel(page), text.location, 'focus stays on the filter');

  // 3. Open: Tab to the only card's link, Enter; focus moves to the posting's title.
  await tabTo(page, /^a .*in careers-job-card "UX designer"/);
  await page.keyboard.press('Enter');
  await page.locator('careers-board careers-job-detail').waitFor();
  await page.waitForFunction(() => /careers-job-detail/.test(window.__probe.activeLabel()));
  assert.match(
    await activeLabel(page),
    /^h\d \[part=title\] in careers-job-detail "UX designer"/,
    'focus is on the posting title',
  );

  // 4. Apply: reachable by Tab, a real link to http(s) or mailto.
  await tabTo(page, text.apply);
  const href = await page.evaluate(() => window.__probe.deepActive()?.getAttribute('href'));
  assert.match(href ?? '', /^(https?:|mailto:)/, 'the apply link is http(s) or mailto');

  // 5. Back: Shift+Tab to the back link, Enter; focus returns to the card, filters kept.
  await tabTo(page, text.back, { back: true });
  await page.keyboard.press('Enter');
  await page.locator('careers-board careers-job-card').first().waitFor();
  await page.waitForFunction(() => /careers-job-card/.test(window.__probe.activeLabel()));
  assert.match(
    await activeLabel(page),
    /^a .*in careers-job-card "UX designer"/,
    'focus back on the card',
  );
  assert.equal(await count(page), text.results(1), 'filters kept');
}
