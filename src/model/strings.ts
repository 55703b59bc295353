/**
 * String helpers shared by the validator and gebied selection: name normalisation, slugs and edit
 * distance for "did you mean" suggestions.
 */

/** Apostrophe look-alikes that editors and CMSs put in names such as 's-Hertogenbosch. */
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u00B4`]/g;

const COMBINING_MARKS = /\p{M}/gu;

/**
 * Invisible format characters, such as direction marks, zero-width spaces and soft hyphens, that a
 * name copied from another page can carry.
 */
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** Normalises a gebied code for comparison: lower case, without invisible format characters or surrounding spaces. */
export function normalizeCode(code: string): string {
  return code.replace(FORMAT_CHARACTERS, '').trim().toLowerCase();
}

/**
 * Printable ASCII words without the backtick, separated by single spaces: text that `normalizeName`
 * would only lower-case.
 */
const PLAIN_NAME = /^[\x21-\x5F\x61-\x7E]+(?: [\x21-\x5F\x61-\x7E]+)*$/;

/**
 * Normalises a name for comparison: lower case, no diacritics or invisible format characters, curly
 * apostrophes as `'`, surrounding spaces removed and inner runs of whitespace collapsed to one space.
 */
export function normalizeName(name: string): string {
  // Most codes and names are plain ASCII, so they skip the Unicode normalisation, which costs far more.
  if (PLAIN_NAME.test(name)) {
    return name.toLowerCase();
  }
  return name
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(FORMAT_CHARACTERS, '')
    .replace(APOSTROPHES, "'")
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ');
}

/** Turns a label into an id: lower case ASCII letters and digits separated by single hyphens. */
export function slugify(text: string): string {
  return normalizeName(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Computes the Levenshtein distance between two strings. With `max`, it stops as soon as the distance
 * must exceed `max` and then returns `max + 1`, so a scan over many candidates stays cheap.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) {
    return max + 1;
  }

  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) {
    previous[j] = j;
  }

  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > max) {
      return max + 1;
    }
    [previous, current] = [current, previous];
  }

  return previous[b.length];
}

/**
 * Returns the candidate closest to `word` by case-insensitive edit distance, or null when none is
 * within about a third of the word's length (at least 1, at most 3 edits).
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | null {
  const target = word.toLowerCase();
  const maxDistance = Math.min(3, Math.max(1, Math.floor(target.length / 3)));

  let best: string | null = null;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    const distance = editDistance(target, candidate.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
