/**
 * Defaults for data that leaves out its own scales or value description. A profile without `schalen`
 * gets the three classes of the Wijk- en buurtmonitor, with no bounds, so every class must be given in
 * the data.
 */

import { normalizeName } from './strings.js';
import type { Scale, Text, ValueSpec } from './types.js';

export type ValueKind = ValueSpec['kind'];

export const DEFAULT_VALUE_KIND: ValueKind = 'z-score';

export const DEFAULT_DECIMALS = 1;

/**
 * Fixed value axis per kind. A z-score of ±2 covers about 95% of gebieden; a mark runs from 1 to 10.
 */
// NOTE: the index domain [50, 150] is an estimate for a city average of 100; monitors that use an
// index should set `waarden.domein` themselves.
const DEFAULT_DOMAINS: Record<ValueKind, [number, number]> = {
  'z-score': [-2, 2],
  index: [50, 150],
  cijfer: [1, 10],
};

/** Creates the situatie and ontwikkeling scales used when a profile gives none. */
export function createDefaultScales(): { situatie: Scale; ontwikkeling: Scale } {
  return {
    situatie: {
      classes: [
        { id: 'boven', label: { nl: 'Boven gemiddeld', en: 'Above average' }, rating: 1, from: null },
        { id: 'gemiddeld', label: { nl: 'Gemiddeld', en: 'Average' }, rating: 0, from: null },
        { id: 'beneden', label: { nl: 'Beneden gemiddeld', en: 'Below average' }, rating: -1, from: null },
      ],
    },
    ontwikkeling: {
      classes: [
        { id: 'vooruit', label: { nl: 'Vooruit gegaan', en: 'Improved' }, rating: 1, from: null },
        { id: 'gelijk', label: { nl: 'Ongeveer gelijk gebleven', en: 'About the same' }, rating: 0, from: null },
        { id: 'achteruit', label: { nl: 'Achteruit gegaan', en: 'Declined' }, rating: -1, from: null },
      ],
    },
  };
}

/** English labels of the default classes, by normalised Dutch label. */
let englishLabels: Map<string, string> | null = null;

/**
 * Returns the English label of a default class whose Dutch label is `dutch`, ignoring case,
 * diacritics and surrounding spaces, or null for any other text. A scale whose labels are plain
 * Dutch strings such as "Gemiddeld" then reads "Average" in English instead of the Dutch word.
 */
export function findDefaultEnglishLabel(dutch: string): string | null {
  if (englishLabels === null) {
    const { situatie, ontwikkeling } = createDefaultScales();
    const labels: Text[] = [...situatie.classes, ...ontwikkeling.classes].map((scaleClass) => scaleClass.label);
    englishLabels = new Map(labels.map((label) => [normalizeName(label.nl), label.en]));
  }
  return englishLabels.get(normalizeName(dutch)) ?? null;
}

/** Creates the value description for a kind, with that kind's default domain and one decimal. */
export function createDefaultValueSpec(kind: ValueKind = DEFAULT_VALUE_KIND): ValueSpec {
  const [min, max] = DEFAULT_DOMAINS[kind];
  return { kind, domain: [min, max], decimals: DEFAULT_DECIMALS };
}
