import { css } from 'lit';

/**
 * Public design tokens (`--careers-*`), mapped once to private ones (`--_*`) on `:host`.
 * Component styles use only the private tokens, so a themer sets a public token anywhere up
 * the tree (or on the element) and every piece follows. Defaults meet WCAG AA contrast.
 * Themes (DSFR, dark) change the fallbacks here through `:host([theme])` and media queries.
 */
export const tokens = css`
  :host {
    --_font-family: var(--careers-font-family, system-ui, -apple-system, 'Segoe UI', sans-serif);
    --_font-size: var(--careers-font-size, 1rem);
    --_font-size-small: var(--careers-font-size-small, 0.875rem);
    --_font-size-title: var(--careers-font-size-title, 1.125rem);
    --_line-height: var(--careers-line-height, 1.5);
    --_color-text: var(--careers-color-text, #1e1e1e);
    --_color-muted: var(--careers-color-muted, #4f4f4f);
    --_color-surface: var(--careers-color-surface, #ffffff);
    --_color-background: var(--careers-color-background, transparent);
    --_color-border: var(--careers-color-border, #767676);
    --_color-primary: var(--careers-color-primary, #1f4fbf);
    --_color-on-primary: var(--careers-color-on-primary, #ffffff);
    --_color-link: var(--careers-color-link, var(--_color-primary));
    --_color-focus: var(--careers-color-focus, #0a76f6);
    --_color-tag: var(--careers-color-tag, #e8edff);
    --_color-on-tag: var(--careers-color-on-tag, #1b2a5c);
    --_color-closed: var(--careers-color-closed, #fde8e8);
    --_color-on-closed: var(--careers-color-on-closed, #8a1c1c);
    --_color-error: var(--careers-color-error, #b3261e);
    --_radius: var(--careers-radius, 0.5rem);
    --_spacing: var(--careers-spacing, 1rem);
    --_card-min-width: var(--careers-card-min-width, 18rem);
    --_focus-ring: var(--careers-focus-ring, 2px solid var(--_color-focus));
    --_focus-offset: var(--careers-focus-offset, 2px);

    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color-text);
  }
`;
