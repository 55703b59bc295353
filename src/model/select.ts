/**
 * Selecting the gebied and jaar that an element shows: by code or name, with suggestions for a name
 * that is almost right, and the latest jaar by default.
 */

import { formatAlternatives, formatList, quote } from './format-value.js';
import { editDistance, normalizeCode, normalizeName } from './strings.js';
import type { Gebied, GebiedResult, Monitor, Text } from './types.js';

export const MAX_SUGGESTIONS = 3;

export type FindGebiedResult = { gebied: Gebied } | { suggestions: Gebied[] };

export type SelectResultOutcome =
  | { result: GebiedResult; jaar: number }
  | {
      /** `no-results`: the gebied has no result in any jaar; `jaar-not-found`: not in the requested one. */
      reason: 'no-results' | 'jaar-not-found';
      jaar: number | null;
      /** Jaren that do have a result for the gebied, ascending. */
      jaren: number[];
    };

/** Look-ups of one monitor's gebieden, built once per monitor. */
interface GebiedLookup {
  byCode: Map<string, Gebied>;
  byName: Map<string, Gebied>;
  /** Normalised names, their words (see `wordsOf`) and lower-case codes, in the order of `monitor.gebieden`. */
  names: string[];
  words: string[];
  codes: string[];
}

// NOTE: the look-up is cached per Monitor object; a monitor whose `gebieden` are changed after the first
// search keeps the old look-up. `validate` always returns a new monitor, so this holds for its output.
const lookups = new WeakMap<Monitor, GebiedLookup>();

function lookupFor(monitor: Monitor): GebiedLookup {
  let lookup = lookups.get(monitor);
  if (lookup !== undefined) {
    return lookup;
  }

  lookup = { byCode: new Map(), byName: new Map(), names: [], words: [], codes: [] };
  for (const gebied of monitor.gebieden) {
    const code = normalizeCode(gebied.code);
    const name = normalizeName(gebied.naam);
    lookup.codes.push(code);
    lookup.names.push(name);
    lookup.words.push(wordsOf(name));
    // With two gebieden of the same name, the first in the data wins.
    if (!lookup.byCode.has(code)) {
      lookup.byCode.set(code, gebied);
    }
    if (!lookup.byName.has(name)) {
      lookup.byName.set(name, gebied);
    }
  }
  lookups.set(monitor, lookup);
  return lookup;
}

/**
 * Finds a gebied by code (ignoring case) or else by naam (ignoring case, diacritics, surrounding spaces
 * and the difference between ’ and '). Without a match, returns up to three suggestions, best first.
 */
export function findGebied(monitor: Monitor, query: string): FindGebiedResult {
  const lookup = lookupFor(monitor);
  const code = normalizeCode(query);
  const name = normalizeName(query);

  const gebied = lookup.byCode.get(code) ?? lookup.byName.get(name);
  if (gebied !== undefined) {
    return { gebied };
  }
  return { suggestions: suggestGebieden(monitor, lookup, name, code) };
}

/**
 * Returns the words of a normalised name joined by single spaces. Punctuation separates words, so
 * "het zand, 's-hertogenbosch" has the words "het zand s hertogenbosch".
 */
const wordsOf = (name: string): string => name.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Returns whether `name` contains `words` as whole words, such as "kom empel" contains "empel". Both come from `wordsOf`. */
const hasWords = (name: string, words: string): boolean => ` ${name} `.includes(` ${words} `);

/**
 * Ranks first a gebied that the query names with its type, as in "Dorp Empel" or "Wijk Noord". Then
 * come gebieden whose name starts with the query (shorter names first), those within a few edits of
 * the name or code (fewer edits first), and those whose name contains the query (shorter names
 * first). Only when none of these exists, it suggests the gebieden whose name the query contains as
 * whole words, as in "Buitengebied Empel". Those rank buurten, wijken and dorpen before the gemeente
 * and longer names first, and skip a name that is part of another such name. So a typo such as
 * "Binnenstad centum" does not also suggest the wijk Binnenstad.
 *
 * A type word beside the name wins over edits: "Dorp Empel" is within three edits of Kom Empel
 * only because both end in Empel, while the editor wrote the dorp's type and name. Other words
 * beside a real name do not win, because "Binnenstad Zuid" more likely means a buurt of the
 * Binnenstad than the wijk, and "Binnenstad centum" is a typo.
 *
 * A word that more than `MAX_SUGGESTIONS` other names contain as a whole word, such as "oost" or
 * "noord", points to no gebied in particular. So a name that contains such a query only inside a
 * word, such as Zuidoost for "oost", is not suggested, and such a name inside the query adds no
 * suggestion. A name that contains the query as whole words, such as De Groote Wielen for
 * "groote", is always suggested. NOTE: the threshold is a heuristic. In the gebieden of
 * 's-Hertogenbosch, "noord", "zuid", "oost", "west" and "groote" are words of four to seven other
 * names, and the names of dorpen such as Empel of at most three.
 */
function suggestGebieden(monitor: Monitor, lookup: GebiedLookup, name: string, code: string): Gebied[] {
  if (name === '') {
    return [];
  }
  const maxDistance = Math.min(5, Math.max(1, Math.floor(name.length / 3)));
  const words = wordsOf(name);
  const isCommon = (text: string) =>
    lookup.words.filter((other) => other !== text && hasWords(other, text)).length > MAX_SUGGESTIONS;
  const commonQuery = isCommon(words);

  const candidates: { gebied: Gebied; group: number; score: number }[] = [];
  const contained: typeof candidates = [];
  monitor.gebieden.forEach((gebied, index) => {
    const candidateName = lookup.names[index];
    const candidateWords = lookup.words[index];
    if (hasWords(words, `${gebied.type} ${candidateWords}`)) {
      candidates.push({ gebied, group: -1, score: 0 });
      return;
    }

    if (candidateName.startsWith(name)) {
      candidates.push({ gebied, group: 0, score: candidateName.length });
      return;
    }

    const distance = Math.min(
      editDistance(name, candidateName, maxDistance),
      editDistance(code, lookup.codes[index], maxDistance),
    );
    if (distance <= maxDistance) {
      candidates.push({ gebied, group: 1, score: distance });
      return;
    }

    if (name.length >= 3 && candidateName.includes(name) && (!commonQuery || hasWords(candidateWords, words))) {
      candidates.push({ gebied, group: 2, score: candidateName.length });
      return;
    }

    if (
      hasWords(words, candidateWords) &&
      !isCommon(candidateWords) &&
      !lookup.words.some((other) => other !== candidateWords && hasWords(words, other) && hasWords(other, candidateWords))
    ) {
      contained.push({ gebied, group: gebied.type === 'gemeente' ? 4 : 3, score: -candidateName.length });
    }
  });

  // Array.prototype.sort is stable, so equal candidates keep the order of the data.
  const ranked = candidates.length > 0 ? candidates : contained;
  ranked.sort((a, b) => a.group - b.group || a.score - b.score);
  return ranked.slice(0, MAX_SUGGESTIONS).map((candidate) => candidate.gebied);
}

/** Returns the jaren that have a result for the gebied, ascending. */
export function jarenWithResult(monitor: Monitor, gebied: Gebied): number[] {
  return monitor.jaren.filter((jaar) => monitor.results.get(jaar)?.has(gebied.code) ?? false);
}

/**
 * Returns the jaar to show: the requested one when the gebied has a result for it, the latest jaar
 * with a result when none is requested, and null otherwise.
 */
export function resolveJaar(monitor: Monitor, gebied: Gebied, jaar?: number | null): number | null {
  if (jaar !== undefined && jaar !== null) {
    return monitor.results.get(jaar)?.has(gebied.code) ? jaar : null;
  }
  const jaren = jarenWithResult(monitor, gebied);
  return jaren.length > 0 ? jaren[jaren.length - 1] : null;
}

/** Selects the result of a gebied in a jaar, by default the latest jaar with a result. */
export function selectResult(monitor: Monitor, gebied: Gebied, jaar?: number | null): SelectResultOutcome {
  const resolved = resolveJaar(monitor, gebied, jaar);
  const result = resolved === null ? undefined : monitor.results.get(resolved)?.get(gebied.code);
  if (resolved !== null && result !== undefined) {
    return { result, jaar: resolved };
  }

  const jaren = jarenWithResult(monitor, gebied);
  return { reason: jaren.length === 0 ? 'no-results' : 'jaar-not-found', jaar: jaar ?? null, jaren };
}

/**
 * Returns the names of gebieden to show in a message, such as suggestions. A name that two of them
 * share gets the code, as in "Binnenstad (WK079601)", because the name alone always selects the
 * first of them and the reader cannot tell them apart.
 */
export function suggestionNames(suggestions: readonly Gebied[]): string[] {
  const names = suggestions.map((gebied) => normalizeName(gebied.naam));
  return suggestions.map((gebied, index) =>
    names.indexOf(names[index]) === names.lastIndexOf(names[index]) ? gebied.naam : `${gebied.naam} (${gebied.code})`,
  );
}

/** Builds the message for a gebied that was not found, e.g. `Gebied "Binnenstad centum" niet gevonden. Bedoelde u: Binnenstad centrum?` */
export function unknownGebiedMessage(query: string, suggestions: readonly Gebied[]): Text {
  const quotedQuery = quote(query.trim());
  if (suggestions.length === 0) {
    return {
      nl: `Gebied ${quotedQuery} niet gevonden. Controleer de schrijfwijze, of gebruik de gebiedscode uit de gegevens.`,
      en: `Gebied ${quotedQuery} not found. Check the spelling, or use the gebied code from the data.`,
    };
  }
  const names = suggestionNames(suggestions);
  return {
    nl: `Gebied ${quotedQuery} niet gevonden. Bedoelde u: ${formatAlternatives(names, 'nl')}?`,
    en: `Gebied ${quotedQuery} not found. Did you mean: ${formatAlternatives(names, 'en')}?`,
  };
}

/** Builds the message for a gebied without a result in the requested jaar, listing the jaren that exist. */
export function noResultMessage(gebied: Gebied, jaar: number | null, jaren: readonly number[]): Text {
  if (jaar === null || jaren.length === 0) {
    return {
      nl: `Voor ${gebied.naam} staan geen resultaten in de gegevens.`,
      en: `There are no results for ${gebied.naam} in the data.`,
    };
  }
  const listed = jaren.map(String);
  return {
    nl: `Voor ${gebied.naam} zijn er geen resultaten over ${jaar}. Wel over: ${formatList(listed, 'nl')}.`,
    en: `There are no results for ${gebied.naam} in ${jaar}. Available: ${formatList(listed, 'en')}.`,
  };
}
