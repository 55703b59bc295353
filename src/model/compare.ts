/**
 * Choosing, ordering and summarising the gebieden and jaren that `<buurt-vergelijk>` compares.
 * Missing values are left out of every mean and difference; they never count as 0.
 */

import { findGebied, jarenWithResult } from './select.js';
import type { Gebied, GebiedResult, Monitor, Score } from './types.js';

/** One column or card of a comparison: a gebied in a jaar, with its result when there is one. */
export interface CompareItem {
  key: string;
  gebied: Gebied;
  jaar: number;
  result: GebiedResult | null;
}

/** A list of gebieden or jaren: text separated by commas, as in an attribute, or an array from a script. */
export type CompareList = string | readonly (string | number)[];

export interface CompareRequest {
  /** Codes or names, as a list or separated by commas, or `alle-buurten` / `alle-wijken`; empty for `gebied`. */
  gebieden: CompareList;
  gebied: string;
  /** Adds the wijk (or dorp) and the gemeente above `gebied`. */
  context: boolean;
  /** Jaren, as a list or separated by commas; empty for one jaar. */
  jaren: CompareList;
  /** The one jaar when `jaren` is empty; the latest with a result per gebied when empty. */
  jaar: string;
}

export type CompareSelection =
  | { ok: true; items: CompareItem[] }
  | { ok: false; reason: 'no-gebied' }
  /**
   * `attribute` is the attribute that `query` came from. `commaName` is a gebied whose name has
   * `query` before or after a comma: the list was split inside that name.
   */
  | { ok: false; reason: 'unknown-gebied'; query: string; attribute: 'gebied' | 'gebieden'; suggestions: Gebied[]; commaName?: Gebied }
  | { ok: false; reason: 'invalid-jaar'; jaar: string; attribute: 'jaar' | 'jaren' }
  /**
   * None of `gebieden` has a result in `jaren`; `available` lists the jaren in which any of them has
   * one. `written` lists the gebieden as the request wrote them.
   */
  | { ok: false; reason: 'unknown-jaar'; jaren: number[]; available: number[]; gebieden: Gebied[]; written: WrittenGebied[] };

/** A gebied or keyword as the request wrote it, with the gebied it names; a keyword has none. */
export interface WrittenGebied {
  query: string;
  gebied?: Gebied;
}

/** Keywords for `gebieden` that stand for a whole level of the gemeente. */
export const GEBIED_KEYWORDS: Record<string, (gebied: Gebied) => boolean> = {
  'alle-buurten': (gebied) => gebied.type === 'buurt',
  'alle-wijken': (gebied) => gebied.type === 'wijk' || gebied.type === 'dorp',
};

/**
 * Returns the text of a value that a script set on a list or a single gebied or jaar. Numbers and
 * booleans become their text. Any other value becomes its type tag, such as `[object Object]`, which
 * the element names in its message. `String()` would throw for symbols and for objects without a
 * prototype.
 */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  // A URL object, which a script may set as `src` as it would on an img, reads as its address.
  if (value instanceof URL) return value.href;
  try {
    return Object.prototype.toString.call(value);
  } catch {
    // Reading the type tag runs a `Symbol.toStringTag` getter or a proxy's trap, which may throw.
    return '[object Object]';
  }
}

/**
 * Returns the text of an optional value, such as a `src` that a script set to a number, or null
 * when it is absent.
 */
export function optionalText(value: unknown): string | null {
  return value == null ? null : valueText(value);
}

/**
 * Returns the items of a list: an array, or text separated by commas. Text that contains a semicolon
 * is separated by semicolons only, so that names with a comma, such as "Buitengebied, verspreide
 * huizen", can be listed. Any other value is one item.
 */
export function splitList(list: unknown): string[] {
  let parts: string[];
  if (Array.isArray(list)) parts = list.map(valueText);
  else {
    const text = valueText(list);
    parts = text.split(text.includes(';') ? ';' : ',');
  }
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/**
 * Returns a list's text for its attribute: array items separated by commas, or by semicolons when an
 * item contains a comma, so that reading the attribute back gives the same items.
 */
export function listAttribute(list: unknown): string | null {
  if (list === null || list === undefined) return null;
  if (!Array.isArray(list)) return valueText(list);
  const items = list.map(valueText);
  return items.join(items.some((item) => item.includes(',')) ? '; ' : ',');
}

/** Returns the wijk or dorp and the gemeente above a gebied, nearest first. */
export function ancestors(monitor: Monitor, gebied: Gebied): Gebied[] {
  const chain: Gebied[] = [];
  const seen = new Set([gebied.code]);
  let parent = gebied.parent ? monitor.gebiedByCode.get(gebied.parent) : undefined;
  while (parent && !seen.has(parent.code)) {
    chain.push(parent);
    seen.add(parent.code);
    parent = parent.parent ? monitor.gebiedByCode.get(parent.parent) : undefined;
  }
  return chain;
}

/** Resolves the gebieden and jaren of a comparison into items, in the order they were asked for. */
export function selectCompareItems(monitor: Monitor, request: CompareRequest): CompareSelection {
  const gebieden: Gebied[] = [];
  const written: WrittenGebied[] = [];
  const add = (gebied: Gebied) => {
    if (!gebieden.includes(gebied)) gebieden.push(gebied);
  };

  const queries = splitList(request.gebieden);
  // Only a text list without semicolons is split at commas, and so can be split inside a name.
  const listText = Array.isArray(request.gebieden) ? '' : valueText(request.gebieden);
  const splitAtCommas = listText.includes(',') && !listText.includes(';');
  // `context` applies only to the one gebied of `gebied`, which counts when `gebieden` lists none.
  const withContext = request.context && queries.length === 0;
  const gebiedAttribute = queries.length === 0 ? 'gebied' : 'gebieden';
  if (queries.length === 0 && request.gebied.trim() !== '') queries.push(request.gebied.trim());
  if (queries.length === 0) return { ok: false, reason: 'no-gebied' };

  for (const query of queries) {
    const keyword = GEBIED_KEYWORDS[query.toLowerCase()];
    if (keyword) {
      written.push({ query });
      monitor.gebieden.filter(keyword).forEach(add);
      continue;
    }
    const found = findGebied(monitor, query);
    if (!('gebied' in found)) {
      // A list split inside a name leaves its part before or after the comma.
      const lower = query.toLowerCase();
      const commaName = splitAtCommas && monitor.gebieden.find((gebied) => {
        const naam = gebied.naam.toLowerCase();
        return naam.startsWith(`${lower},`) || naam.endsWith(`, ${lower}`) || naam.endsWith(`,${lower}`);
      });
      return { ok: false, reason: 'unknown-gebied', query, attribute: gebiedAttribute, suggestions: found.suggestions, ...(commaName ? { commaName } : {}) };
    }
    written.push({ query, gebied: found.gebied });
    add(found.gebied);
    if (withContext) ancestors(monitor, found.gebied).forEach(add);
  }

  // Only keywords can match no gebied, such as `alle-buurten` in a monitor of wijken.
  if (gebieden.length === 0) return { ok: false, reason: 'unknown-gebied', query: queries.join(','), attribute: gebiedAttribute, suggestions: [] };

  const jaarTexts = splitList(request.jaren);
  const jaarAttribute = jaarTexts.length === 0 ? 'jaar' : 'jaren';
  if (jaarTexts.length === 0 && request.jaar.trim() !== '') jaarTexts.push(request.jaar.trim());
  const jaren: number[] = [];
  for (const text of jaarTexts) {
    const jaar = Number(text);
    if (!Number.isInteger(jaar)) return { ok: false, reason: 'invalid-jaar', jaar: text, attribute: jaarAttribute };
    if (!jaren.includes(jaar)) jaren.push(jaar);
  }

  // A jaar without a result for any of the gebieden would only draw empty cards or a row of "—".
  if (jaren.length > 0) {
    const available = monitor.jaren.filter((jaar) => gebieden.some((gebied) => monitor.results.get(jaar)?.has(gebied.code)));
    const unknown = jaren.filter((jaar) => !available.includes(jaar));
    if (unknown.length > 0) return { ok: false, reason: 'unknown-jaar', jaren: unknown, available, gebieden, written };
  }

  const items: CompareItem[] = [];
  for (const gebied of gebieden) {
    const wanted = jaren.length > 0 ? jaren : jarenWithResult(monitor, gebied).slice(-1);
    if (wanted.length === 0) wanted.push(monitor.jaren[monitor.jaren.length - 1] ?? 0);
    for (const jaar of wanted) {
      const result = monitor.results.get(jaar)?.get(gebied.code) ?? null;
      items.push({ key: `${gebied.code}@${jaar}`, gebied, jaar, result });
    }
  }
  return { ok: true, items };
}

const APOSTROPHES = "['\u2018\u2019\u201B\u02BC`]";
/** Elided Dutch articles before a name: 's-Hertogenbosch and 't Zand sort under H and Z. */
const ELIDED_ARTICLE = new RegExp(`^${APOSTROPHES}[st][\\s-]+`, 'i');
// Made at the first sort by name, because a page's first Intl object took headless Chromium 9 to
// 25 ms in our measurements.
let collators: [Intl.Collator, Intl.Collator] | undefined;

/**
 * Compares two names as Dutch readers expect: with Dutch collation (`Intl.Collator('nl')`), accents
 * ignored (Ångström under A), and an elided article ('s-, 't) skipped, so 's-Hertogenbosch sorts
 * under H. IJ sorts as I followed by J, as in Dutch dictionaries.
 */
export function compareNames(a: string, b: string): number {
  const keyA = a.trim().replace(ELIDED_ARTICLE, '');
  const keyB = b.trim().replace(ELIDED_ARTICLE, '');
  const [collator, tieBreaker] = (collators ??= [
    new Intl.Collator('nl', { sensitivity: 'base', numeric: true }),
    new Intl.Collator('nl', { sensitivity: 'variant', numeric: true }),
  ]);
  return collator.compare(keyA, keyB) || tieBreaker.compare(a, b);
}

/** Returns the score of an item for a key: `totaal`, a thema id or a deelthema id; undefined when missing. */
export function scoreFor(item: CompareItem, key: string): Score | undefined {
  if (!item.result) return undefined;
  if (key === 'totaal') return item.result.totaal;
  return item.result.themas.get(key) ?? item.result.deelthemas.get(key);
}

/**
 * Sorts items by `naam` (Dutch collation, then jaar), by `totaal` or by a thema or deelthema id
 * (highest value first, missing values last), or keeps the given order for any other key.
 */
export function sortItems(items: readonly CompareItem[], key: string | null): CompareItem[] {
  const sorted = [...items];
  if (key === 'naam') {
    return sorted.sort((a, b) => compareNames(a.gebied.naam, b.gebied.naam) || a.jaar - b.jaar);
  }
  if (!key || sorted.every((item) => scoreFor(item, key) === undefined)) return sorted;

  const value = (item: CompareItem) => scoreFor(item, key)?.value ?? null;
  return sorted.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null && vb === null) return 0;
    if (va === null) return 1;
    if (vb === null) return -1;
    return vb - va;
  });
}

/** Mean of the values that are present, and how many there were; null without any. */
export function meanOf(values: readonly (number | null | undefined)[]): { mean: number | null; count: number } {
  let sum = 0;
  let count = 0;
  for (const value of values) {
    if (value === null || value === undefined || !Number.isFinite(value)) continue;
    sum += value;
    count++;
  }
  return { mean: count > 0 ? sum / count : null, count };
}

/** `value − reference`, or null when either is missing. */
export function differenceOf(value: number | null | undefined, reference: number | null | undefined): number | null {
  if (value === null || value === undefined || reference === null || reference === undefined) return null;
  if (!Number.isFinite(value) || !Number.isFinite(reference)) return null;
  return value - reference;
}
