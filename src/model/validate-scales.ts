/**
 * Class scales: reading them, finding a class by id or label, and classifying a value by the scale's
 * `vanaf` bounds.
 */

import { findDefaultEnglishLabel } from './defaults.js';
import type { JsonPath } from './json-path.js';
import type { ProblemList } from './problem-list.js';
import { checkKeys, dutchOnly, keySet, readArray, readNumber, readObject, readRequired, readString, readText } from './read.js';
import { normalizeName } from './strings.js';
import type { Scale, ScaleClass, Text } from './types.js';

export type ScaleName = 'situatie' | 'ontwikkeling';

const SCALE_KEYS = keySet(['klassen']);
const CLASS_KEYS = keySet(['id', 'label', 'waardering', 'vanaf']);

export const MIN_RATING = -3;
export const MAX_RATING = 3;

/** A scale with the look-ups that reading scores needs. */
export interface ScaleIndex {
  name: ScaleName;
  scale: Scale;
  /** Classes by normalised id and by normalised Dutch and English label; ids win over labels. */
  byKey: Map<string, ScaleClass>;
  /** Classes found so far by the text as the data writes it, so that each text is normalised once. */
  byText: Map<string, ScaleClass>;
  /** True when the classes carry `vanaf` bounds, so that a value alone can be classified. */
  hasBounds: boolean;
  /**
   * False for a stand-in after the data's own scale was invalid: unknown classes are then not reported
   * again for every score.
   */
  checked: boolean;
}

/** Reads a class scale; returns null when any class is invalid, after reporting why. */
export function readScale(value: unknown, name: ScaleName, path: JsonPath, problems: ProblemList): Scale | null {
  const input = readObject(value, path, problems);
  if (input === null) {
    return null;
  }
  checkKeys(input, SCALE_KEYS, path, problems);

  const klassenPath = path.child('klassen');
  const klassen = readArray(readRequired(input, 'klassen', 'array', path, problems), klassenPath, problems);
  if (klassen === null) {
    return null;
  }
  if (klassen.length === 0) {
    problems.report(klassenPath, 'scale-empty', { scale: name });
    return null;
  }

  const entries: ClassEntry[] = [];
  const seenIds = new Set<string>();
  klassen.forEach((item, index) => {
    const scaleClass = readClass(item, klassenPath.child(index), problems);
    if (scaleClass === null) {
      return;
    }
    if (seenIds.has(scaleClass.id)) {
      problems.report(klassenPath.child(index).child('id'), 'class-duplicate', { scale: name, id: scaleClass.id });
      return;
    }
    seenIds.add(scaleClass.id);
    entries.push({ scaleClass, index });
  });

  checkBounds(entries, klassen.length, name, klassenPath, problems);

  // A scale missing some of its classes would raise a second problem for every score that names one
  // of them, so the caller gets null and uses an unchecked stand-in.
  if (entries.length < klassen.length) {
    return null;
  }
  return { classes: entries.map((entry) => entry.scaleClass) };
}

/** A class read from the data, with its index in `klassen` for problem paths. */
interface ClassEntry {
  scaleClass: ScaleClass;
  index: number;
}

function readClass(value: unknown, path: JsonPath, problems: ProblemList): ScaleClass | null {
  const input = readObject(value, path, problems);
  if (input === null) {
    return null;
  }
  checkKeys(input, CLASS_KEYS, path, problems);

  const id = readString(readRequired(input, 'id', 'string', path, problems), 'id', path.child('id'), problems);
  const label = readText(readRequired(input, 'label', 'text', path, problems), 'label', true, path.child('label'), problems);
  const rating = readRating(readRequired(input, 'waardering', 'integer', path, problems), path.child('waardering'), problems);
  const from = readNumber(input.vanaf, path.child('vanaf'), problems);

  if (id === null || label === null || rating === null) {
    return null;
  }
  return { id, label: withDefaultEnglish(label), rating, from };
}

/**
 * Returns a Dutch-only class label with the English label of the default class it names, such as
 * "Average" for "Gemiddeld". Other labels stay as they are, and English shows them in Dutch.
 */
function withDefaultEnglish(label: Text): Text {
  const english = dutchOnly.has(label) ? findDefaultEnglishLabel(label.nl) : null;
  return english === null ? label : { nl: label.nl, en: english };
}

function readRating(value: unknown, path: JsonPath, problems: ProblemList): number | null {
  if (value === undefined) {
    return null;
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= MIN_RATING && value <= MAX_RATING) {
    return value;
  }
  problems.report(path, 'waardering-invalid', { value });
  return null;
}

/**
 * Checks that bounds, when any class has one, decrease from the best class to the worst and that only
 * the last class goes without one (it then takes every lower value).
 */
function checkBounds(entries: ClassEntry[], classCount: number, name: ScaleName, path: JsonPath, problems: ProblemList): void {
  if (!entries.some((entry) => entry.scaleClass.from !== null)) {
    return;
  }

  let previous: ScaleClass | null = null;
  for (const { scaleClass, index } of entries) {
    if (scaleClass.from === null) {
      if (index !== classCount - 1) {
        problems.report(path.child(index).child('vanaf'), 'vanaf-missing', { scale: name, id: scaleClass.id });
      }
      continue;
    }
    if (previous !== null && previous.from !== null && scaleClass.from >= previous.from) {
      problems.report(path.child(index).child('vanaf'), 'vanaf-order', {
        scale: name,
        id: scaleClass.id,
        from: scaleClass.from,
        previousId: previous.id,
        previousFrom: previous.from,
      });
    }
    previous = scaleClass;
  }
}

export function indexScale(name: ScaleName, scale: Scale, checked = true): ScaleIndex {
  const byKey = new Map<string, ScaleClass>();
  for (const scaleClass of scale.classes) {
    byKey.set(normalizeName(scaleClass.label.nl), scaleClass);
    byKey.set(normalizeName(scaleClass.label.en), scaleClass);
  }
  for (const scaleClass of scale.classes) {
    byKey.set(normalizeName(scaleClass.id), scaleClass);
  }

  return {
    name,
    scale,
    byKey,
    byText: new Map(),
    hasBounds: scale.classes.some((scaleClass) => scaleClass.from !== null),
    checked,
  };
}

/** Finds a class by id or label, ignoring case, diacritics and surrounding spaces. */
export function lookupClass(index: ScaleIndex, text: string): ScaleClass | undefined {
  const cached = index.byText.get(text);
  if (cached !== undefined) {
    return cached;
  }
  // Only found classes are cached: an unknown text is an error, and caching those would let a file
  // full of different mistakes grow the cache.
  const found = index.byKey.get(normalizeName(text));
  if (found !== undefined) {
    index.byText.set(text, found);
  }
  return found;
}

/**
 * Classifies a value by the bounds. The class is the first one, best first, whose `vanaf` is at most
 * the value, or else the last class when it has no bound. A value under every bound gives `'below'`.
 */
export function classify(index: ScaleIndex, value: number): ScaleClass | 'below' {
  const classes = index.scale.classes;
  for (const scaleClass of classes) {
    if (scaleClass.from !== null && value >= scaleClass.from) {
      return scaleClass;
    }
  }
  const last = classes[classes.length - 1];
  return last !== undefined && last.from === null ? last : 'below';
}

/** Returns the lowest bound of a scale, for the message about a value below it. */
export function lowestBound(index: ScaleIndex): number {
  let lowest = Infinity;
  for (const scaleClass of index.scale.classes) {
    if (scaleClass.from !== null) {
      lowest = Math.min(lowest, scaleClass.from);
    }
  }
  return lowest;
}
