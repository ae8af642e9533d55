import { css, unsafeCSS } from 'lit';
import { designTokens, type DesignToken } from './design-tokens.js';

/*
 * Public design tokens (`--careers-*`), mapped ONCE to private ones (`--_*`) on `:host`;
 * component styles use only the private tokens. Each private token resolves, in order:
 *
 *   1. the page's `--careers-<name>`, set on the element or any ancestor (always wins);
 *   2. `--_theme-<name>`, set by an element's explicit `theme` / `color-scheme` attribute.
 *      Custom properties inherit into nested shadow roots, so `<careers-board theme="dsfr">`
 *      themes the cards and detail inside it without passing them any attribute;
 *   3. the default: for colours `--_auto-<name>`, the light or dark value for the colour scheme
 *      the element is used in (`light-dark()`: the page's `color-scheme`, inherited), declared
 *      on every element (so a standalone card follows it too).
 *
 * The values are data in ./design-tokens.ts (also read by the manifest and the README).
 */

const decl = (prefix: string, pick: (token: DesignToken) => string | undefined) =>
  designTokens
    .flatMap((token) => {
      const value = pick(token);
      return value === undefined ? [] : [`${prefix}${token.name}:${value};`];
    })
    .join('');

const isSchemed = (token: DesignToken) => token.dark !== undefined;

const mapping = decl('--_', (token) => {
  const fallback = isSchemed(token) ? `var(--_auto-${token.name})` : token.value;
  return `var(--careers-${token.name}, var(--_theme-${token.name}, ${fallback}))`;
});

const light = decl('--_auto-', (t) => (isSchemed(t) ? t.value : undefined));
const pinnedDark = decl('--_theme-', (t) => t.dark);
const dsfr = decl('--_theme-', (t) => t.dsfr);
const dsfrDark = decl('--_theme-', (t) => t.dsfrDark);
// Each value for the used colour scheme: the page's `color-scheme` (inherited) or the element's.
const both = (lightValue: string | undefined, darkValue: string | undefined) =>
  darkValue === undefined || darkValue === lightValue
    ? lightValue
    : `light-dark(${lightValue},${darkValue})`;
const autoBoth = decl('--_auto-', (t) => (isSchemed(t) ? both(t.value, t.dark) : undefined));
const dsfrBoth = decl('--_theme-', (t) =>
  t.dsfr === undefined && t.dsfrDark === undefined
    ? undefined
    : both(t.dsfr ?? t.value, t.dsfrDark ?? t.dsfr),
);

// Only the generated blocks are built at run time; the fixed rules are in the css`` below, which
// the build minifies. Where `light-dark()` works, the colours follow the colour scheme the
// element is used in, as native controls do: the page's (dark only when the page allows it and
// the visitor prefers it), or the one pinned by the `color-scheme` attribute. Elsewhere they are
// light unless the attribute pins dark.
const rules = `:host{${mapping}${light}}
:host([color-scheme=dark]){${pinnedDark}}
:host([theme=dsfr]){${dsfr}}
:host([theme=dsfr][color-scheme=dark]){${dsfrDark}}
@supports (color:light-dark(#000,#fff)){
:host{${autoBoth}}
:host([theme=dsfr]){${dsfrBoth}}}`;

/**
 * The design tokens and themes: include first in every element's `styles`.
 * `theme="dsfr"` and `color-scheme="light|dark|auto"` on an element apply to it and to every
 * careers element rendered inside it.
 */
export const tokens = css`
  ${unsafeCSS(rules)}
  :host {
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color-text);
    /* Inherited text properties of a host page that would break the layout (centred or
       justified cards, indented lines, capitals, lines that never wrap, French laid out right to
       left): reset on every element, nested ones too, so only ::part rules change them. Letter
       and word spacing are not: they come from the page, so a visitor's text spacing (WCAG
       1.4.12, set on the page) reaches every text of the widget. */
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    direction: ltr;
  }
  :host([color-scheme='light']) {
    color-scheme: light;
  }
  :host([color-scheme='dark']) {
    color-scheme: dark;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_transition-duration: 0s;
    }
  }
`;

/** Names of the private tokens component styles may use (`--_<name>`); read by tests only. */
export const privateTokenNames: readonly string[] = /* @__PURE__ */ designTokens.map(
  (t) => `--_${t.name}`,
);
