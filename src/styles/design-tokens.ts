/**
 * The public design tokens, as data: the single source of `src/styles/tokens.ts` (the CSS), of
 * the Custom Elements Manifest's `cssProperties` and of the README's token table.
 * No imports, so Node scripts can read it too.
 *
 * Each token `name` is public as `--careers-<name>` and private as `--_<name>`. Colours carry a
 * value per theme and scheme; every foreground/background pair meets WCAG AA in each of them
 * (checked by tests/styles/tokens.test.ts).
 */
export interface DesignToken {
  /** The name without prefix: public `--careers-<name>`, private `--_<name>`. */
  readonly name: string;
  /** What it styles, in a line (README, manifest; left out of the built bundle). */
  readonly description: string;
  /** Default value (light scheme, default theme). */
  readonly value: string;
  /** Default theme, dark scheme (colours only). */
  readonly dark?: string;
  /** `theme="dsfr"`, light scheme (or both schemes for non-colours). */
  readonly dsfr?: string;
  /** `theme="dsfr"`, dark scheme (colours only). */
  readonly dsfrDark?: string;
}

// The DSFR's system font stack falls back to the page's fonts: the widget never loads a font.
const SYSTEM_FONTS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', sans-serif";

export const designTokens: readonly DesignToken[] = [
  {
    name: 'font-family',
    description: 'Font of every text (`Marianne` in DSFR when the page provides it).',
    value: SYSTEM_FONTS,
    dsfr: `Marianne, arial, ${SYSTEM_FONTS}`,
  },
  { name: 'font-size', description: 'Base font size.', value: '1rem' },
  { name: 'font-size-small', description: 'Size of metadata, tags and counts.', value: '0.875rem' },
  { name: 'font-size-title', description: 'Size of the job titles on cards.', value: '1.125rem' },
  {
    name: 'font-weight-title',
    description: 'Weight of the job titles.',
    value: '600',
    dsfr: '700',
  },
  { name: 'line-height', description: 'Line height of body text.', value: '1.5' },
  {
    name: 'color-text',
    description: 'Main text.',
    value: '#1e1e1e',
    dark: '#ececec',
    dsfr: '#161616',
    dsfrDark: '#cecece',
  },
  {
    name: 'color-muted',
    description: 'Secondary text: organization, places, dates, counts.',
    value: '#4f4f4f',
    dark: '#b8b8b8',
    dsfr: '#666666',
    dsfrDark: '#a6a6a6',
  },
  {
    name: 'color-surface',
    description: 'Background of cards and fields.',
    value: '#ffffff',
    dark: '#1f1f1f',
    dsfr: '#ffffff',
    dsfrDark: '#1e1e1e',
  },
  {
    name: 'color-background',
    description:
      'Background of the board around the cards, of the detail view and of the apply instructions.',
    value: '#ffffff',
    dark: '#121212',
    dsfr: '#ffffff',
    dsfrDark: '#161616',
  },
  {
    name: 'color-border',
    description: 'Borders of cards and form fields (3:1 against the surface).',
    value: '#767676',
    dark: '#8c8c8c',
    dsfr: '#929292',
    dsfrDark: '#6a6a6a',
  },
  {
    name: 'color-primary',
    description: 'Buttons and links.',
    value: '#1f4fbf',
    dark: '#8fb0ff',
    dsfr: '#000091',
    dsfrDark: '#8585f6',
  },
  {
    name: 'color-on-primary',
    description: 'Text on the primary colour.',
    value: '#ffffff',
    dark: '#0b1a3f',
    dsfr: '#f5f5fe',
    dsfrDark: '#000091',
  },
  {
    name: 'color-link',
    description: 'Links (defaults to the primary colour).',
    value: 'var(--_color-primary)',
  },
  {
    name: 'color-accent',
    description: 'Accent bar under cards (DSFR).',
    value: 'var(--_color-primary)',
  },
  {
    name: 'color-focus',
    description: 'Focus ring colour (3:1 against surface and background).',
    value: '#0a76f6',
    dark: '#7fb2ff',
    dsfr: '#0a76f6',
    dsfrDark: '#0a76f6',
  },
  {
    name: 'color-tag',
    description: 'Background of tags.',
    value: '#e8edff',
    dark: '#2a3553',
    dsfr: '#e3e3fd',
    dsfrDark: '#2f2f58',
  },
  {
    name: 'color-on-tag',
    description: 'Text of tags.',
    value: '#1b2a5c',
    dark: '#dde4ff',
    dsfr: '#000091',
    dsfrDark: '#b1b1f9',
  },
  {
    name: 'color-closed',
    description: 'Background of the "closed" badge.',
    value: '#fde8e8',
    dark: '#4a1a1a',
    dsfr: '#ffe9e9',
    dsfrDark: '#3b1a1a',
  },
  {
    name: 'color-on-closed',
    description: 'Text of the "closed" badge.',
    value: '#8a1c1c',
    dark: '#ffd7d7',
    dsfr: '#ce0500',
    dsfrDark: '#ff9c8f',
  },
  {
    name: 'color-error',
    description: 'Error messages (red Marianne in DSFR).',
    value: '#b3261e',
    dark: '#ffb4ab',
    dsfr: '#e1000f',
    dsfrDark: '#ff5655',
  },
  {
    name: 'radius',
    description: 'Corner radius of cards, buttons and fields.',
    value: '0.5rem',
    dsfr: '0',
  },
  {
    name: 'tag-radius',
    description: 'Corner radius of tags and badges.',
    value: '0.25rem',
    dsfr: '1rem',
  },
  {
    name: 'card-accent-width',
    description: 'Thickness of the accent bar under cards (`0`: none).',
    value: '0',
    dsfr: '0.25rem',
  },
  { name: 'spacing', description: 'Base spacing unit (padding, gaps).', value: '1rem' },
  {
    name: 'card-min-width',
    description: 'Narrowest a card gets before the grid drops a column.',
    value: '18rem',
  },
  {
    name: 'focus-ring',
    description: 'Outline of the focused element.',
    value: '2px solid var(--_color-focus)',
  },
  { name: 'focus-offset', description: 'Gap between an element and its focus ring.', value: '2px' },
  {
    name: 'transition-duration',
    description:
      'Length of hover and focus transitions (0 when the visitor asks for reduced motion).',
    value: '150ms',
  },
];

/** The values of `theme`. */
export const themes = ['default', 'dsfr'] as const;
export type Theme = (typeof themes)[number];

/** The values of `color-scheme`: `auto` follows the page's CSS `color-scheme`. */
export const colorSchemes = ['auto', 'light', 'dark'] as const;
export type ColorScheme = (typeof colorSchemes)[number];
