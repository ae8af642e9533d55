import { en } from './en.js';
import { fr, type Translation } from './fr.js';

export type Lang = 'fr' | 'en';
export type { Translation };

const translations: Record<Lang, Translation> = { fr, en };

/** The UI language of an element: its `lang`, the closest `[lang]` ancestor, the document's, else French. */
export function resolveLang(element: Element): Lang {
  const declared =
    element.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang ?? '';
  return declared.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export function translation(lang: Lang): Translation {
  return translations[lang];
}
