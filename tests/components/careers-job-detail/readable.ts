// Contrast of a text against what is painted behind it (not a test file itself).

/** `rgb(r, g, b)` or `rgba(r, g, b, a)` as numbers (alpha 1 when not given). */
function channels(color: string): number[] {
  const found = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(color);
  if (!found) throw new Error(`not an rgb() colour: ${color}`);
  return [1, 2, 3, 4].map((i) => (found[i] === undefined ? 1 : Number(found[i])));
}

function luminance(color: string): number {
  const [r, g, b] = channels(color)
    .slice(0, 3)
    .map((value) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The first opaque background behind `element`, up through shadow hosts; the test page's
 * canvas (white: it declares no colour scheme) when nothing paints one.
 */
export function backgroundBehind(element: Element): string {
  for (let at: Element | null = element; at;) {
    const color = getComputedStyle(at).backgroundColor;
    if (channels(color)[3] === 1) return color;
    at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null);
  }
  return 'rgb(255, 255, 255)';
}

/** The contrast ratio (1 to 21) of two `rgb()` colours. */
export function contrast(first: string, second: string): number {
  const [a, b] = [first, second].map(luminance);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** The contrast ratio (1 to 21) of `element`'s text against what is painted behind it. */
export function textContrast(element: Element): number {
  return contrast(getComputedStyle(element).color, backgroundBehind(element));
}
