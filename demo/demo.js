// The demo's controls: theme, language, colour scheme and feeds of the board, and the embed
// code for the chosen options. Plain JavaScript, so the same page runs on the TypeScript
// sources (`npm start`) and on the built script (tests/e2e/).

/** A site's own palette, set through the public tokens, with a dark variant. */
export const customPalette = {
  className: 'my-palette',
  light: {
    '--careers-color-primary': '#6a1b9a',
    '--careers-color-on-primary': '#ffffff',
    '--careers-color-tag': '#f3e5f5',
    '--careers-color-on-tag': '#4a148c',
    '--careers-color-surface': '#fdf8ff',
    '--careers-radius': '1rem',
    '--careers-tag-radius': '1rem',
    '--careers-card-accent-width': '0.25rem',
    '--careers-font-family': "Georgia, 'Times New Roman', serif",
  },
  dark: {
    '--careers-color-primary': '#d7a8ff',
    '--careers-color-on-primary': '#2a0a3d',
    '--careers-color-tag': '#3d1f4f',
    '--careers-color-on-tag': '#f0d9ff',
    '--careers-color-surface': '#1f1f1f',
  },
};

/**
 * The stylesheet of the custom palette: each colour as `light-dark(light, dark)`, so it follows
 * the scheme the widget is shown in (the page's, or the one its `color-scheme` attribute pins).
 */
export function paletteCss(palette = customPalette) {
  const lines = Object.entries(palette.light).map(([name, value]) => {
    const dark = palette.dark[name];
    return `  ${name}: ${dark ? `light-dark(${value}, ${dark})` : value};`;
  });
  return `careers-board.${palette.className} {\n${lines.join('\n')}\n}`;
}

/**
 * The demo page's own words in English, by `data-text` key; the French ones are those written
 * in index.html. The widget translates itself (its `lang`).
 */
const englishText = {
  title: 'careers-widget: demo',
  about:
    'Every posting and team on this page is fictional, written for the demo. Two feeds are merged:',
  and: 'and',
  greenhouse: '(in Greenhouse’s format).',
  theme: 'Theme',
  default: 'Default',
  custom: 'Custom palette',
  lang: 'Language',
  scheme: 'Colours',
  auto: 'As the system',
  light: 'Light',
  dark: 'Dark',
  src: 'Feed addresses (separated by spaces)',
  jobs: 'Job openings',
  intro: 'Join (fictional) teams that build public services.',
  snippet: 'Embed code',
  snippetAbout: 'The code to copy into your page for the chosen options:',
  copy: 'Copy the code',
  copied: 'Code copied.',
  copyFailed: 'Cannot copy: select the code by hand.',
};

/** A value made safe inside a double-quoted HTML attribute. */
export function escapeAttribute(value) {
  return String(value).replace(
    /[&"'<>]/g,
    (c) => ({ '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' })[c],
  );
}

/** The HTML a site owner pastes for these options (defaults left out). */
export function embedSnippet({ src, theme, lang, scheme }) {
  const attributes = [['src', src.trim().split(/\s+/).filter(Boolean).join(' ')]];
  if (lang) attributes.push(['lang', lang]);
  if (theme === 'dsfr') attributes.push(['theme', 'dsfr']);
  if (theme === 'custom') attributes.push(['class', customPalette.className]);
  if (scheme && scheme !== 'auto') attributes.push(['color-scheme', scheme]);
  const tag = attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  return [
    '<script src="/assets/careers-widget.js" defer></script>',
    ...(theme === 'custom' ? [`<style>\n${paletteCss()}\n</style>`] : []),
    `<careers-board${tag}></careers-board>`,
  ].join('\n');
}

function setup() {
  const form = document.querySelector('#options');
  const board = document.querySelector('#board');
  const snippet = document.querySelector('#snippet');
  if (!form || !board || !snippet) return;

  // The page's words as index.html writes them (French), to switch back to.
  const frenchText = {
    copied: 'Code copié.',
    copyFailed: 'Copie impossible : sélectionnez le code à la main.',
  };
  for (const element of document.querySelectorAll('[data-text]')) {
    frenchText[element.dataset.text] = element.textContent.trim().replace(/\s*\n\s*/g, ' ');
  }
  let words = frenchText;

  const palette = document.createElement('style');
  palette.id = 'palette';
  palette.textContent = paletteCss();
  document.head.append(palette);

  const options = () => {
    const data = new FormData(form);
    return {
      src: String(data.get('src') ?? ''),
      theme: String(data.get('theme') ?? 'default'),
      lang: String(data.get('lang') ?? 'fr'),
      scheme: String(data.get('scheme') ?? 'auto'),
    };
  };

  const apply = () => {
    const { src, theme, lang, scheme } = options();
    if (board.getAttribute('src') !== src.trim()) board.setAttribute('src', src.trim());
    board.setAttribute('lang', lang);
    board.setAttribute('theme', theme === 'dsfr' ? 'dsfr' : 'default');
    board.classList.toggle(customPalette.className, theme === 'custom');
    board.setAttribute('color-scheme', scheme);
    // The page follows the chosen scheme too, so the demo reads as a real site would.
    if (scheme === 'auto') delete document.documentElement.dataset.scheme;
    else document.documentElement.dataset.scheme = scheme;
    snippet.textContent = embedSnippet(options());
    // The page speaks the chosen language too, not only the widget.
    words = lang === 'en' ? englishText : frenchText;
    document.documentElement.lang = lang;
    document.title = words.title;
    for (const element of document.querySelectorAll('[data-text]')) {
      element.textContent = words[element.dataset.text];
    }
  };

  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  apply();

  const copy = document.querySelector('#copy');
  const status = document.querySelector('#copy-status');
  copy?.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(snippet.textContent ?? '');
      if (status) status.textContent = words.copied;
    } catch {
      if (status) status.textContent = words.copyFailed;
    }
  });
}

setup();
