/**
 * Readers for the building blocks of the input: objects, lists, texts, numbers and jaren. Each reader
 * reports what is wrong at the value's path and returns null for an invalid value, so the validator
 * can go on and report every problem in one run.
 */

import type { JsonPath } from './json-path.js';
import { parseNumber } from './number.js';
import type { ProblemList } from './problem-list.js';
import type { ExpectedKind } from './problems.js';
import { closestMatch } from './strings.js';
import type { Text } from './types.js';

export type JsonObject = Record<string, unknown>;

export const MIN_JAAR = 1900;
export const MAX_JAAR = 2100;

/** The keys an object may have, as a list for messages and a set for look-ups. */
export interface KeySet {
  readonly list: readonly string[];
  readonly set: ReadonlySet<string>;
}

export function keySet(...lists: (readonly string[])[]): KeySet {
  const list = lists.flat();
  return { list, set: new Set(list) };
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function hasKey(object: JsonObject, key: string): boolean {
  return Object.hasOwn(object, key);
}

/** Warns about every key that is not in `known`, suggesting the closest known key as the likely typo. */
export function checkKeys(object: JsonObject, known: KeySet, path: JsonPath, problems: ProblemList): void {
  // `for…in` with an own-key check visits the keys of `Object.keys` in the same order, without
  // allocating an array for each of the many small objects of a large monitor.
  for (const key in object) {
    if (known.set.has(key) || !hasKey(object, key)) {
      continue;
    }
    problems.report(path.child(key), 'key-unknown', () => ({
      key,
      suggestion: closestMatch(key, known.list),
      known: known.list,
    }));
  }
}

export function readObject(value: unknown, path: JsonPath, problems: ProblemList): JsonObject | null {
  if (isObject(value)) {
    return value;
  }
  problems.report(path, 'object-expected', { value });
  return null;
}

export function readArray(value: unknown, path: JsonPath, problems: ProblemList): unknown[] | null {
  if (Array.isArray(value)) {
    return value;
  }
  problems.report(path, 'array-expected', { value });
  return null;
}

/** Returns the value of a required key, or reports `key-missing` and returns undefined. */
export function readRequired(
  object: JsonObject,
  key: string,
  expected: ExpectedKind,
  path: JsonPath,
  problems: ProblemList,
): unknown {
  if (hasKey(object, key)) {
    return object[key];
  }
  problems.report(path.child(key), 'key-missing', { key, expected });
  return undefined;
}

/** Reads a required, non-empty string such as a code, id or naam; `key` names it in the message. */
export function readString(value: unknown, key: string, path: JsonPath, problems: ProblemList): string | null {
  if (typeof value !== 'string') {
    problems.report(path, 'string-expected', { value });
    return null;
  }
  if (value.trim() === '') {
    problems.report(path, 'string-empty', { key });
    return null;
  }
  return value;
}

/** Reads an optional string: absent or null gives null. */
export function readOptionalString(value: unknown, path: JsonPath, problems: ProblemList): string | null {
  if (value === undefined || value === null) {
    return null;
  }
  if (typeof value !== 'string') {
    problems.report(path, 'string-expected', { value });
    return null;
  }
  return value;
}

const TEXT_KEYS = keySet(['nl', 'en']);

/**
 * Texts that the data gave without English, so that `en` repeats the Dutch. The elements mark them
 * as Dutch.
 */
export const dutchOnly = new WeakSet<Text>();

/**
 * Reads a `LocalizedText`: a plain string is Dutch, and English falls back to Dutch. A required text
 * must not be empty; an optional one that is absent, null or empty gives null.
 */
export function readText(value: unknown, key: string, required: boolean, path: JsonPath, problems: ProblemList): Text | null {
  if (!required && (value === undefined || value === null)) {
    return null;
  }

  let nl: unknown = value;
  let en: unknown = undefined;
  if (isObject(value)) {
    checkKeys(value, TEXT_KEYS, path, problems);
    nl = value.nl;
    en = value.en;
  }

  if (typeof nl !== 'string' || (en !== undefined && en !== null && typeof en !== 'string')) {
    problems.report(path, 'text-invalid', { value });
    return null;
  }
  if (nl.trim() === '') {
    if (required) {
      problems.report(path, 'string-empty', { key });
    }
    return null;
  }

  if (typeof en === 'string' && en.trim() !== '') return { nl, en };
  const text = { nl, en: nl };
  dutchOnly.add(text);
  return text;
}

/** Reads a number in any accepted notation (see `parseNumber`); null when missing or invalid. */
export function readNumber(value: unknown, path: JsonPath, problems: ProblemList): number | null {
  const parsed = parseNumber(value);
  if (parsed.ok) {
    return parsed.value;
  }

  switch (parsed.reason) {
    case 'not-finite':
      problems.report(path, 'number-not-finite', { value });
      break;
    case 'ambiguous':
      problems.report(path, 'number-ambiguous', { value: String(value) });
      break;
    case 'wrong-type':
    case 'invalid-text':
      problems.report(path, 'number-invalid', { value });
      break;
  }
  return null;
}

/** Reads a jaar: an integer JSON number from 1900 to 2100. */
export function readJaar(value: unknown, path: JsonPath, problems: ProblemList): number | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= MIN_JAAR && value <= MAX_JAAR) {
    return value;
  }
  problems.report(path, 'jaar-invalid', { value });
  return null;
}
