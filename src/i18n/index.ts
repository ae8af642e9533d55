import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from './en.js';
import { fr, type Translation } from './fr.js';

export type Lang = 'fr' | 'en';
export type { Translation } from './fr.js';

const translations: Record<Lang, Translation> = { fr, en };

/** The declared language of a node: its own `lang`, then the closest `[lang]` ancestor, crossing shadow roots. */
function declaredLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/**
 * The UI language of an element: its `lang`, the closest `[lang]` ancestor (across shadow
 * roots), the document's, else French.
 */
export function resolveLang(element: Element): Lang {
  const declared = declaredLang(element) ?? document.documentElement.lang ?? '';
  return declared.trim().toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export function translation(lang: Lang): Translation {
  return translations[lang];
}

/** One observer per root (a shadow root or the document), shared by the controllers under it. */
const watchers = new Map<Node, { observer: MutationObserver; controllers: Set<LangController> }>();

function watch(root: Node, controller: LangController): void {
  let watcher = watchers.get(root);
  if (!watcher) {
    const controllers = new Set<LangController>();
    const observer = new MutationObserver(() => controllers.forEach((each) => each.refresh()));
    observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    watcher = { observer, controllers };
    watchers.set(root, watcher);
  }
  watcher.controllers.add(controller);
}

function unwatch(root: Node, controller: LangController): void {
  const watcher = watchers.get(root);
  if (!watcher?.controllers.delete(controller) || watcher.controllers.size) return;
  watcher.observer.disconnect();
  watchers.delete(root);
}

/**
 * Keeps a host's language current: watches `lang` attributes in every root between the host
 * and the document (one observer per root, whatever the number of hosts in it), and re-renders
 * the host when the language it resolves to changes.
 */
export class LangController implements ReactiveController {
  #roots: Node[] = [];
  readonly #host: ReactiveControllerHost & Element;
  lang: Lang = 'fr';

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  /** The host's current strings. */
  get t(): Translation {
    return translations[this.lang];
  }

  /** Resolves the language again; re-renders the host when it changed. */
  refresh(): void {
    const lang = resolveLang(this.#host);
    if (lang !== this.lang) {
      this.lang = lang;
      this.#host.requestUpdate();
    }
  }

  hostConnected(): void {
    this.lang = resolveLang(this.#host);
    let node: Node = this.#host;
    for (;;) {
      const root = node.getRootNode();
      const target = root instanceof ShadowRoot ? root : document.documentElement;
      this.#roots.push(target);
      watch(target, this);
      if (!(root instanceof ShadowRoot)) break;
      node = root.host;
    }
  }

  hostUpdate(): void {
    // Catches a `lang` set before connection or moved by a re-parenting.
    this.lang = resolveLang(this.#host);
  }

  hostDisconnected(): void {
    for (const root of this.#roots) unwatch(root, this);
    this.#roots = [];
  }
}
