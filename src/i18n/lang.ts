import type { Lang } from '../model/types.js';

/**
 * Resolves an element's language: its own `lang`, else the nearest `lang` up the tree (crossing
 * shadow roots), else Dutch. Any `en-*` tag gives English; every other tag gives Dutch.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;

  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return /^en\b/i.test(lang.trim()) ? 'en' : 'nl';
    }
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }

  return 'nl';
}
