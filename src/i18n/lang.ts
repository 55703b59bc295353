import type { Lang } from '../model/types.js';
import { valueText } from '../model/compare.js';

/**
 * Resolves an element's language: its own `lang`, else the nearest `lang` up the tree (crossing
 * shadow roots), else Dutch. Any `en-*` tag gives English; every other tag gives Dutch.
 *
 * With `linked`, the element linked to with `for`, the linked element's language applies whenever
 * the element has no `lang` of its own or from an ancestor that leaves `linked` out. So a legend
 * follows `<profiel-taart lang="en">` on a `<html lang="nl">` page, but `lang` on the legend, or on
 * a box around the legend alone, still wins.
 */
export function resolveLang(element: Element, linked?: Element | null): Lang {
  const declaring = nearestLangElement(element);
  if (linked && linked !== element && (declaring === null || (declaring !== element && containsComposed(declaring, linked)))) {
    return resolveLang(linked);
  }
  return declaring ? parseLang(langOf(declaring)) : 'nl';
}

/** Returns the element itself or its nearest ancestor, across shadow roots, with a non-empty `lang`. */
function nearestLangElement(element: Element): Element | null {
  for (let node: Node | null = element; node; node = composedParent(node)) {
    if (node instanceof Element && langOf(node)) return node;
  }
  return null;
}

/**
 * Returns an element's `lang`. A wijkmonitor element keeps it in a reactive property, which a script
 * may set to any value and which reaches the attribute only after the render that reads it, so the
 * property wins. On other HTML elements the property returns the attribute.
 */
function langOf(element: Element): string {
  const lang: unknown = (element as Partial<HTMLElement>).lang;
  return lang == null ? (element.getAttribute('lang') ?? '') : valueText(lang);
}

function containsComposed(ancestor: Element, node: Node): boolean {
  for (let current: Node | null = node; current; current = composedParent(current)) {
    if (current === ancestor) return true;
  }
  return false;
}

function composedParent(node: Node): Node | null {
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : parent;
}

function parseLang(tag: string): Lang {
  return /^en\b/i.test(tag.trim()) ? 'en' : 'nl';
}
