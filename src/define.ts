import { ProfielTaart } from './elements/profiel-taart/profiel-taart.js';
import { ThemaLegenda } from './elements/thema-legenda/thema-legenda.js';
import { BuurtVergelijk } from './elements/buurt-vergelijk/buurt-vergelijk.js';
import { GebiedKiezer } from './elements/gebied-kiezer/gebied-kiezer.js';
import { VERSION } from './version.js';

// Type-only re-exports, erased from the JavaScript: they put the element modules' tag types
// (HTMLElementTagNameMap) and event types (GlobalEventHandlersEventMap) into the program of a
// TypeScript project that imports only 'wijkmonitor/define.js'.
export type { ProfielTaart } from './elements/profiel-taart/profiel-taart.js';
export type { ThemaLegenda } from './elements/thema-legenda/thema-legenda.js';
export type { BuurtVergelijk } from './elements/buurt-vergelijk/buurt-vergelijk.js';
export type { GebiedKiezer } from './elements/gebied-kiezer/gebied-kiezer.js';
export type { ThemaHighlightDetail, GebiedChangeDetail, EventSource } from './elements/shared/events.js';

/** Every tag this library registers, with its class. */
const elements: [string, CustomElementConstructor][] = [
  ['profiel-taart', ProfielTaart],
  ['thema-legenda', ThemaLegenda],
  ['buurt-vergelijk', BuurtVergelijk],
  ['gebied-kiezer', GebiedKiezer],
];

const VERSION_KEY = Symbol.for('wijkmonitor.version');
type VersionedRegistry = CustomElementRegistry & { [VERSION_KEY]?: string };

/**
 * Registers every tag of the library. A tag that is already defined, for example by a second copy
 * of the library on the page, is left alone, and one warning names both versions.
 */
export function defineElements(registry: CustomElementRegistry = customElements): void {
  const versioned = registry as VersionedRegistry;
  const skipped: string[] = [];

  for (const [tag, constructor] of elements) {
    if (registry.get(tag)) {
      skipped.push(tag);
      continue;
    }
    registry.define(tag, constructor);
  }

  if (skipped.length === 0) {
    versioned[VERSION_KEY] = VERSION;
    return;
  }
  // Only a copy of wijkmonitor stores its version; any other script that took a tag stores none.
  const other = versioned[VERSION_KEY];
  const tags = skipped.map((tag) => `<${tag}>`);
  const last = tags.pop()!;
  const list = tags.length ? `${tags.join(', ')} and ${last}` : last;
  console.warn(
    `wijkmonitor ${VERSION}: ${list} ${tags.length ? 'were' : 'was'} already defined by ` +
      `${other ? `wijkmonitor ${other}` : 'another script'}, which stays in use. Load wijkmonitor once per page.`,
  );
}

defineElements();
