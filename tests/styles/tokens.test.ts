import { expect } from '@open-wc/testing';
import type { CSSResultOrNative } from 'lit';
import '../../src/define-all.js';
import { elements } from '../../src/define.js';
import { designTokens, type DesignToken } from '../../src/styles/design-tokens.js';
import { privateTokenNames, tokens } from '../../src/styles/tokens.js';

type Palette = 'value' | 'dark' | 'dsfr' | 'dsfrDark';
const palettes: Palette[] = ['value', 'dark', 'dsfr', 'dsfrDark'];

const byName = new Map(designTokens.map((token) => [token.name, token]));

/** A colour token's value in a palette, following `var(--_other)` defaults. */
function colour(name: string, palette: Palette): string {
  const token = byName.get(name) as DesignToken;
  // Where the DSFR palettes say nothing, the default ones apply.
  const value = token[palette] ?? (palette === 'dsfrDark' ? token.dark : undefined) ?? token.value;
  const reference = /^var\(--_([a-z-]+)\)$/.exec(value);
  return reference ? colour(reference[1], palette) : value;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Foreground, background, minimum ratio (4.5 for text, 3 for focus rings and field borders). */
const pairs: [string, string, number][] = [
  ['color-text', 'color-surface', 4.5],
  ['color-text', 'color-background', 4.5],
  ['color-muted', 'color-surface', 4.5],
  ['color-muted', 'color-background', 4.5],
  ['color-primary', 'color-surface', 4.5],
  ['color-primary', 'color-background', 4.5],
  ['color-link', 'color-surface', 4.5],
  ['color-on-primary', 'color-primary', 4.5],
  ['color-on-tag', 'color-tag', 4.5],
  ['color-on-closed', 'color-closed', 4.5],
  ['color-error', 'color-surface', 4.5],
  ['color-error', 'color-background', 4.5],
  ['color-focus', 'color-surface', 3],
  ['color-focus', 'color-background', 3],
  ['color-border', 'color-surface', 3],
  ['color-accent', 'color-surface', 3],
];

/** Plain text of a stylesheet. */
const cssText = (style: CSSResultOrNative) =>
  'cssText' in style && typeof style.cssText === 'string'
    ? style.cssText
    : [...(style as CSSStyleSheet).cssRules].map((rule) => rule.cssText).join('\n');

/** `var(--_x)` references in ordinary declarations (not in custom property definitions). */
function privateUses(text: string): string[] {
  const uses: string[] = [];
  for (const declaration of text.replace(/\/\*[\s\S]*?\*\//g, '').split(/[;{}]/)) {
    const colon = declaration.indexOf(':');
    if (colon < 0 || declaration.slice(0, colon).trim().startsWith('--')) continue;
    for (const match of declaration.matchAll(/var\(\s*(--_[a-z0-9-]+)/g)) uses.push(match[1]);
  }
  return uses;
}

/** `--_x:` definitions anywhere. */
const privateDefinitions = (text: string) =>
  [...text.matchAll(/(--_[a-z0-9-]+)\s*:/g)].map((match) => match[1]);

const elementStyles = Object.entries(elements).map(([tag, constructor]) => ({
  tag,
  styles: (constructor as unknown as { elementStyles: CSSResultOrNative[] }).elementStyles,
}));
const componentTexts = elementStyles.flatMap(({ tag, styles }) =>
  styles.filter((style) => style !== tokens).map((style) => ({ tag, text: cssText(style) })),
);

describe('design tokens', () => {
  it('name each token once, in lowercase kebab case, with a description and a default', () => {
    const names = designTokens.map((token) => token.name);
    expect(new Set(names).size).to.equal(names.length);
    for (const token of designTokens) {
      expect(token.name, token.name).to.match(/^[a-z][a-z0-9-]*$/);
      expect(token.description.length, token.name).to.be.greaterThan(5);
      expect(token.value, token.name).to.not.equal('');
    }
  });

  it('give every colour with a dark value a value in all four palettes', () => {
    for (const token of designTokens.filter((t) => t.name.startsWith('color-'))) {
      const literal = !token.value.startsWith('var(');
      if (!literal) continue;
      expect([token.dark, token.dsfr, token.dsfrDark], token.name).to.not.include(undefined);
    }
  });

  for (const palette of palettes) {
    it(`meet WCAG AA contrast in the ${palette === 'value' ? 'default' : palette} palette`, () => {
      const failures = pairs
        .map(([fg, bg, min]) => ({
          fg,
          bg,
          min,
          ratio: contrast(colour(fg, palette), colour(bg, palette)),
        }))
        .filter(({ ratio, min }) => ratio < min)
        .map(({ fg, bg, ratio, min }) => `${fg} on ${bg}: ${ratio.toFixed(2)} < ${min}`);
      expect(failures).to.deep.equal([]);
    });
  }

  it('are included first in the styles of every element', () => {
    const without = elementStyles.filter(({ styles }) => styles[0] !== tokens).map((e) => e.tag);
    expect(without, 'elements whose styles do not start with tokens').to.deep.equal([]);
  });

  it('leave no private token undefined: component styles use only the mapped ones', () => {
    const known = new Set(privateTokenNames);
    const undefinedUses = componentTexts.flatMap(({ tag, text }) =>
      privateUses(text)
        .filter((name) => !known.has(name))
        .map((name) => `${tag}: ${name}`),
    );
    const localDefinitions = componentTexts.flatMap(({ tag, text }) =>
      privateDefinitions(text).map((name) => `${tag}: ${name}`),
    );
    expect(undefinedUses, 'used but not defined in src/styles/tokens.ts').to.deep.equal([]);
    expect(localDefinitions, 'private tokens belong in src/styles/tokens.ts').to.deep.equal([]);
  });

  it('leave no private token unused', () => {
    const used = new Set([
      ...componentTexts.flatMap(({ text }) => privateUses(text)),
      ...privateUses(cssText(tokens)),
    ]);
    // A used token's default may name another one (`--_focus-ring` uses `--_color-focus`).
    for (const token of designTokens) {
      if (!used.has(`--_${token.name}`)) continue;
      for (const match of token.value.matchAll(/var\((--_[a-z0-9-]+)/g)) used.add(match[1]);
    }
    const unused = privateTokenNames.filter((name) => !used.has(name));
    expect(unused, 'defined in src/styles/tokens.ts but used by no style').to.deep.equal([]);
  });
});
