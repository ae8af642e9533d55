// Page-wide checks shared by the end-to-end suites: axe with the rule set, and reflow
// (nothing wider than the viewport, no sideways scrolling).
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import './harness.js';

/** WCAG 2.1 A and AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Fails, naming each rule and element, unless axe finds nothing in the page as it is. */
export async function axe(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' >> ')).join(', ')}`,
  );
  assert.deepEqual(summary, [], `axe violations in ${where}`);
}

/** Nothing wider than the viewport, and no sideways scrolling. */
export async function reflows(page: Page, where: string): Promise<void> {
  const scroll = await page.evaluate(() => {
    const root = document.scrollingElement!;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  assert.ok(
    scroll.scrollWidth <= scroll.clientWidth,
    `${where}: the page scrolls sideways (${scroll.scrollWidth} > ${scroll.clientWidth})`,
  );
  assert.deepEqual(
    await page.evaluate(() => window.__probe.overflowing()),
    [],
    `${where}: wider than the viewport`,
  );
}
