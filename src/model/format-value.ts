/**
 * Showing values from the data inside problem messages: numbers in the message's language, texts in
 * double quotes and anything long cut to about 40 characters.
 */

import type { Lang, Text } from './types.js';

const MAX_SHOWN_LENGTH = 40;

// Made at the first message that shows a number, because a page's first Intl object
// took headless Chromium 9 to 25 ms in our measurements, and the library would pay it on loading.
const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};

/** Formats a number without thousands separators: `6,8` and `−0,4` (U+2212) in Dutch, `6.8` in English. */
export function formatNumber(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) {
    return String(value);
  }
  const format = (numberFormats[lang] ??= new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { useGrouping: false, maximumFractionDigits: 20 }));
  const text = format.format(value);
  return lang === 'nl' ? text.replace('-', '\u2212') : text;
}

/**
 * Truncates a text to `max` characters (40 by default), the last being `…` when cut. Messages quote
 * attribute values, addresses and values from the data through this, so a 3 MB value stays one line.
 */
export function shorten(text: string, max = MAX_SHOWN_LENGTH): string {
  // A cut between the two halves of a surrogate pair would leave half an emoji.
  return text.length > max ? `${text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…` : text;
}

/** Writes a text from the data in double quotes, shortened, with JSON escapes for quotes and newlines. */
export function quote(text: string): string {
  return JSON.stringify(shorten(text));
}

/** Shows any value from the data as it would read in JSON: `"6,8,1"`, `6,8`, `true`, `{"nl":…}`. */
export function showValue(value: unknown, lang: Lang): string {
  if (typeof value === 'string') {
    return quote(value);
  }
  if (typeof value === 'number') {
    return formatNumber(value, lang);
  }
  if (value === undefined) {
    return lang === 'nl' ? '(niets)' : '(nothing)';
  }
  if (value === null || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (typeof value === 'function' || typeof value === 'symbol') {
    return lang === 'nl' ? '(geen JSON-waarde)' : '(not a JSON value)';
  }
  return shorten(stringifyObject(value));
}

function stringifyObject(value: object): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // A cyclic or BigInt-holding object can only come from code, never from JSON text.
    return Array.isArray(value) ? '[…]' : '{…}';
  }
}

/** Describes what kind of JSON value something is, e.g. "een lijst" / "a list". */
export function describeKind(value: unknown): Text {
  if (value === null) {
    return { nl: 'null', en: 'null' };
  }
  if (Array.isArray(value)) {
    return { nl: 'een lijst', en: 'a list' };
  }
  switch (typeof value) {
    case 'string':
      return { nl: 'een tekst', en: 'a text' };
    case 'number':
      return { nl: 'een getal', en: 'a number' };
    case 'boolean':
      return { nl: 'een ja/nee-waarde', en: 'a true/false value' };
    case 'object':
      return { nl: 'een object', en: 'an object' };
    default:
      return { nl: 'geen JSON-waarde', en: 'not a JSON value' };
  }
}

/** Joins items as "a, b of c" / "a, b or c". */
export function formatAlternatives(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(lang === 'nl' ? 'nl' : 'en-GB', { type: 'disjunction' }).format(items);
}

/** Joins items as "a, b en c" / "a, b and c". */
export function formatList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(lang === 'nl' ? 'nl' : 'en-GB', { type: 'conjunction' }).format(items);
}
