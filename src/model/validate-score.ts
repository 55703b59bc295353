/**
 * Scores: the value, classes, development and reasons of one gebied for the total, a thema or a
 * deelthema.
 */

import type { JsonPath } from './json-path.js';
import type { ProblemList } from './problem-list.js';
import {
  checkKeys,
  hasKey,
  isObject,
  keySet,
  readNumber,
  readObject,
  readOptionalString,
  type JsonObject,
  type KeySet,
} from './read.js';
import { classify, lookupClass, lowestBound, type ScaleIndex } from './validate-scales.js';
import { closestMatch } from './strings.js';
import type { ScaleClass, Score, Text } from './types.js';

export const SCORE_KEY_LIST = ['waarde', 'klasse', 'ontwikkeling', 'verschil', 'reden', 'ontwikkelingReden'] as const;

export const SCORE_KEYS = keySet(SCORE_KEY_LIST);

/** The reason given to a score that the data leaves out or gives without value or class. */
export const NO_DATA_REASON = 'geen-gegevens';

export interface ScoreScales {
  situatie: ScaleIndex;
  ontwikkeling: ScaleIndex;
}

/** Creates the score of a thema or deelthema that a result leaves out. */
export function createNoDataScore(): Score {
  return {
    value: null,
    klasse: null,
    ontwikkeling: null,
    difference: null,
    reason: NO_DATA_REASON,
    developmentReason: null,
  };
}

/** Reads a score object; `knownKeys` lets a profile thema add its own keys. */
export function readScore(
  value: unknown,
  scales: ScoreScales,
  path: JsonPath,
  problems: ProblemList,
  knownKeys: KeySet = SCORE_KEYS,
): Score {
  const input = readObject(value, path, problems);
  if (input === null) {
    return createNoDataScore();
  }
  return readScoreFields(input, scales, path, problems, knownKeys);
}

/** Reads the score keys of an object whose other keys the caller reads. */
export function readScoreFields(
  input: JsonObject,
  scales: ScoreScales,
  path: JsonPath,
  problems: ProblemList,
  knownKeys: KeySet = SCORE_KEYS,
): Score {
  checkKeys(input, knownKeys, path, problems);

  const value = readNumber(input.waarde, path.child('waarde'), problems);
  const difference = readNumber(input.verschil, path.child('verschil'), problems);
  const klasse = readClass(input, 'klasse', value, scales.situatie, path, problems);
  const ontwikkeling = readClass(input, 'ontwikkeling', difference, scales.ontwikkeling, path, problems);
  const reden = readOptionalString(input.reden, path.child('reden'), problems);
  const ontwikkelingReden = readOptionalString(input.ontwikkelingReden, path.child('ontwikkelingReden'), problems);

  return {
    value,
    klasse,
    ontwikkeling,
    difference,
    reason: reden ?? (value === null && klasse === null ? NO_DATA_REASON : null),
    developmentReason: ontwikkelingReden,
  };
}

/**
 * Checks, without building anything, that `readScore` would read the value without reporting a
 * problem: an object with only known keys, finite JSON numbers or null, and known classes. False
 * does not mean invalid, only that the full reader must decide (a Dutch number text, an unknown key).
 */
export function isCleanScore(value: unknown, scales: ScoreScales): boolean {
  if (!isObject(value)) {
    return false;
  }

  // The cases are the keys of SCORE_KEY_LIST: a switch is faster here than a Set look-up, and it picks
  // up the class texts, which `readClass` reads only when they are own keys.
  let klasse: unknown = undefined;
  let ontwikkeling: unknown = undefined;
  for (const key in value) {
    switch (key) {
      case 'waarde':
      case 'verschil':
      case 'reden':
      case 'ontwikkelingReden':
        continue;
      case 'klasse':
        klasse = hasKey(value, key) ? value.klasse : undefined;
        continue;
      case 'ontwikkeling':
        ontwikkeling = hasKey(value, key) ? value.ontwikkeling : undefined;
        continue;
      default:
        return false;
    }
  }

  const waarde = value.waarde;
  const verschil = value.verschil;
  return (
    isCleanNumber(waarde) &&
    isCleanNumber(verschil) &&
    isCleanClass(klasse, waarde, scales.situatie) &&
    isCleanClass(ontwikkeling, verschil, scales.ontwikkeling) &&
    isOptionalString(value.reden) &&
    isOptionalString(value.ontwikkelingReden)
  );
}

function isCleanNumber(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'number' && Number.isFinite(value));
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'string';
}

/** Mirrors `readClass`: a known class text, or no text and a number that the bounds can classify. */
function isCleanClass(text: unknown, number: unknown, index: ScaleIndex): boolean {
  if (text !== undefined && text !== null) {
    return typeof text === 'string' && text.trim() !== '' && lookupClass(index, text) !== undefined;
  }
  if (typeof number !== 'number' || !index.hasBounds) {
    return true;
  }
  return classify(index, number) !== 'below';
}

/** Creates a score from a bare number, as a profile may give its `totaal`. */
export function scoreFromValue(value: number | null, scales: ScoreScales, path: JsonPath, problems: ProblemList): Score {
  const klasse = value === null ? null : classifyValue(value, scales.situatie, path, problems);
  return {
    value,
    klasse,
    ontwikkeling: null,
    difference: null,
    reason: value === null ? NO_DATA_REASON : null,
    developmentReason: null,
  };
}

/**
 * Reads the class under `key` by id or label. When the data gives none, the class follows from the
 * number (value or difference) if the scale has bounds; without bounds it stays null.
 */
function readClass(
  input: JsonObject,
  key: 'klasse' | 'ontwikkeling',
  number: number | null,
  index: ScaleIndex,
  path: JsonPath,
  problems: ProblemList,
): ScaleClass | null {
  const classPath = path.child(key);
  const text = hasKey(input, key) ? readOptionalString(input[key], classPath, problems) : null;

  // An empty text counts as missing, as an empty cell does in a spreadsheet export.
  if (text !== null && text.trim() !== '') {
    const found = lookupClass(index, text);
    if (found === undefined) {
      if (index.checked) {
        problems.report(classPath, 'klasse-unknown', () => ({
          scale: index.name,
          value: text,
          classes: index.scale.classes,
          suggestion: suggestClass(text, index.scale.classes),
        }));
      }
      return null;
    }
    return found;
  }

  if (number === null || !index.hasBounds) {
    return null;
  }
  return classifyValue(number, index, path.child(key === 'klasse' ? 'waarde' : 'verschil'), problems);
}

/**
 * Returns the id or label of the class closest to `text`, or null when none is close. A label is
 * returned in both languages, so that an English message suggests the English label even when
 * `text` is nearest to the Dutch one.
 */
function suggestClass(text: string, classes: readonly ScaleClass[]): Text | null {
  const match = closestMatch(text, classes.flatMap((scaleClass) => [scaleClass.id, scaleClass.label.nl, scaleClass.label.en]));
  if (match === null) {
    return null;
  }
  if (classes.some((scaleClass) => scaleClass.id === match)) {
    return { nl: match, en: match };
  }
  return classes.find((scaleClass) => scaleClass.label.nl === match || scaleClass.label.en === match)!.label;
}

function classifyValue(value: number, index: ScaleIndex, path: JsonPath, problems: ProblemList): ScaleClass | null {
  if (!index.hasBounds) {
    return null;
  }
  const found = classify(index, value);
  if (found === 'below') {
    problems.report(path, 'klasse-outside-bounds', { scale: index.name, value, lowest: lowestBound(index) });
    return null;
  }
  return found;
}
