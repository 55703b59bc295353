/**
 * Events of the wijkmonitor elements. Every event has the `wbm-` prefix, bubbles, crosses shadow
 * roots (`composed`) and fires on user action only, never when a property is set from code.
 */

/** Tag of the element that fired an event. */
export type EventSource = 'profiel-taart' | 'thema-legenda' | 'buurt-vergelijk' | 'gebied-kiezer';

/** Detail of `wbm-thema-highlight`: the thema (and deelthema) a visitor points at or focuses, or nulls when none. */
export interface ThemaHighlightDetail {
  themaId: string | null;
  deelthemaId: string | null;
  source: EventSource;
}

/** Detail of `wbm-gebied-change`: the gebied a visitor chose. */
export interface GebiedChangeDetail {
  code: string;
  naam: string;
  source: EventSource;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wbm-thema-highlight': CustomEvent<ThemaHighlightDetail>;
    'wbm-gebied-change': CustomEvent<GebiedChangeDetail>;
  }
}

/** Dispatches a bubbling, composed `wbm-` event from `target`. */
export function emit<K extends 'wbm-thema-highlight' | 'wbm-gebied-change'>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
