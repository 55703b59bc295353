/**
 * The `gebieden` of a monitor: codes, names, types and the `ouder` hierarchy.
 */

import type { JsonPath } from './json-path.js';
import type { ProblemList } from './problem-list.js';
import {
  checkKeys,
  hasKey,
  isObject,
  keySet,
  readArray,
  readObject,
  readOptionalString,
  readRequired,
  readString,
} from './read.js';
import { normalizeName } from './strings.js';
import type { Gebied, GebiedType } from './types.js';

export const GEBIED_TYPES: readonly GebiedType[] = ['gemeente', 'wijk', 'dorp', 'buurt'];

const GEBIED_KEYS = keySet(['code', 'naam', 'type', 'ouder']);

export interface GebiedenIndex {
  gebieden: Gebied[];
  byCode: Map<string, Gebied>;
  /**
   * Codes of gebieden that were read but not kept because of other problems, so that a reference to
   * such a gebied does not raise a second problem. `isKnownCode` checks this set and `byCode`.
   */
  rejectedCodes: Set<string>;
  /** The `gebieden` items as written, from which the first `hintFor` builds `hints`. */
  items: readonly unknown[];
  /**
   * Look-up from a normalised code or naam to the code it belongs to. It is built only when a problem
   * needs a hint, because normalising every name is costly.
   */
  hints: Map<string, string> | null;
  /** False when `gebieden` itself was unusable; references to gebieden are then not checked. */
  checked: boolean;
  /**
   * False when a gebied has no usable code. References in `ouder` and in results are then not
   * checked, because the code they use may be the one that is missing.
   */
  allCodesRead: boolean;
}

/** Reads `gebieden` and checks codes, parents and cycles. */
export function readGebieden(value: unknown, path: JsonPath, problems: ProblemList): GebiedenIndex {
  const index: GebiedenIndex = {
    gebieden: [],
    byCode: new Map(),
    rejectedCodes: new Set(),
    items: [],
    hints: null,
    checked: false,
    allCodesRead: true,
  };
  if (value === undefined) {
    return index;
  }
  const items = readArray(value, path, problems);
  if (items === null) {
    return index;
  }
  index.checked = true;
  index.items = items;

  // Index in `gebieden` of the first item with each code, for paths in later problems.
  const itemIndexByCode = new Map<string, number>();
  for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
    const item = items[itemIndex];
    const gebied = readCleanGebied(item) ?? readGebied(item, path.child(itemIndex), problems, index);
    if (gebied === null) {
      continue;
    }

    if (itemIndexByCode.has(gebied.code)) {
      problems.report(path.child(itemIndex).child('code'), 'gebied-duplicate', {
        code: gebied.code,
        firstPath: path.child(itemIndexByCode.get(gebied.code)!).child('code').toString(),
      });
      continue;
    }
    itemIndexByCode.set(gebied.code, itemIndex);
    index.gebieden.push(gebied);
    index.byCode.set(gebied.code, gebied);
  }

  checkParents(index, itemIndexByCode, path, problems);
  checkCycles(index, itemIndexByCode, path, problems);
  return index;
}

/**
 * Reads a gebied that `readGebied` would read without a problem: only own known keys, a code and naam
 * that are not blank, a known type and an optional ouder text. Returns null for anything else, which
 * `readGebied` then reads and reports. Builds no JSON paths, because a monitor may have 15,000 gebieden.
 */
function readCleanGebied(value: unknown): Gebied | null {
  if (!isObject(value)) {
    return null;
  }

  let code: unknown = undefined;
  let naam: unknown = undefined;
  let type: unknown = undefined;
  let parent: unknown = undefined;
  for (const key in value) {
    if (!hasKey(value, key)) {
      return null;
    }
    switch (key) {
      case 'code':
        code = value.code;
        continue;
      case 'naam':
        naam = value.naam;
        continue;
      case 'type':
        type = value.type;
        continue;
      case 'ouder':
        parent = value.ouder;
        continue;
      default:
        return null;
    }
  }

  if (typeof code !== 'string' || code.trim() === '' || typeof naam !== 'string' || naam.trim() === '') {
    return null;
  }
  if (!GEBIED_TYPES.includes(type as GebiedType)) {
    return null;
  }
  if (parent === undefined || parent === null) {
    return { code, naam, type: type as GebiedType, parent: null };
  }
  if (typeof parent !== 'string') {
    return null;
  }
  return { code, naam, type: type as GebiedType, parent: parent.trim() === '' ? null : parent };
}

/** Returns whether a reference names a gebied that was read, also one with other problems. */
export function isKnownCode(index: GebiedenIndex, code: string): boolean {
  return index.byCode.has(code) || index.rejectedCodes.has(code);
}

/** Reads one gebied; its code joins `rejectedCodes` when another field is invalid. */
function readGebied(value: unknown, path: JsonPath, problems: ProblemList, index: GebiedenIndex): Gebied | null {
  const input = readObject(value, path, problems);
  if (input === null) {
    index.allCodesRead = false;
    return null;
  }
  checkKeys(input, GEBIED_KEYS, path, problems);

  const code = readString(readRequired(input, 'code', 'string', path, problems), 'code', path.child('code'), problems);
  const naam = readString(readRequired(input, 'naam', 'string', path, problems), 'naam', path.child('naam'), problems);
  const type = readGebiedType(readRequired(input, 'type', 'string', path, problems), path.child('type'), problems);
  const parent = readOptionalString(input.ouder, path.child('ouder'), problems);

  if (code === null) {
    index.allCodesRead = false;
    return null;
  }
  if (naam === null || type === null) {
    index.rejectedCodes.add(code);
    return null;
  }
  return { code, naam, type, parent: parent === null || parent.trim() === '' ? null : parent };
}

export function readGebiedType(value: unknown, path: JsonPath, problems: ProblemList): GebiedType | null {
  if (value === undefined) {
    return null;
  }
  if (GEBIED_TYPES.includes(value as GebiedType)) {
    return value as GebiedType;
  }
  problems.report(path, 'value-not-allowed', { key: 'type', value, allowed: GEBIED_TYPES });
  return null;
}

/** Returns the code that a mistyped reference most likely meant: same code in other case, or a naam. */
export function hintFor(index: GebiedenIndex, reference: string): string | null {
  index.hints ??= buildHints(index.items);
  return index.hints.get(normalizeName(reference)) ?? null;
}

/**
 * Maps the normalised code and naam of every item with a usable code to that code, as `readGebied`
 * reads them. The first gebied with a code or naam keeps it.
 */
function buildHints(items: readonly unknown[]): Map<string, string> {
  const hints = new Map<string, string>();
  const add = (text: string, code: string) => {
    const key = normalizeName(text);
    if (!hints.has(key)) {
      hints.set(key, code);
    }
  };

  for (const item of items) {
    if (!isObject(item)) {
      continue;
    }
    const code = hasKey(item, 'code') ? item.code : undefined;
    if (!isFilledString(code)) {
      continue;
    }
    add(code, code);
    const naam = hasKey(item, 'naam') ? item.naam : undefined;
    if (isFilledString(naam)) {
      add(naam, code);
    }
  }
  return hints;
}

function isFilledString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function checkParents(index: GebiedenIndex, itemIndexByCode: Map<string, number>, path: JsonPath, problems: ProblemList): void {
  if (!index.allCodesRead) {
    return;
  }
  for (const gebied of index.gebieden) {
    if (gebied.parent === null || isKnownCode(index, gebied.parent)) {
      continue;
    }
    const parent = gebied.parent;
    problems.report(path.child(itemIndexByCode.get(gebied.code)!).child('ouder'), 'ouder-unknown', {
      code: gebied.code,
      ouder: parent,
      suggestion: hintFor(index, parent),
    });
  }
}

/**
 * Reports every gebied that is its own ancestor. Each gebied is walked at most once, so the check is
 * linear in the number of gebieden.
 */
function checkCycles(index: GebiedenIndex, itemIndexByCode: Map<string, number>, path: JsonPath, problems: ProblemList): void {
  const ON_WALK = 1;
  const DONE = 2;
  const state = new Map<string, number>();

  // One list serves every walk, so that 15,000 gebieden do not allocate 15,000 lists.
  const walk: string[] = [];
  for (const start of index.gebieden) {
    walk.length = 0;
    let code: string | null = start.code;
    while (code !== null && !state.has(code)) {
      state.set(code, ON_WALK);
      walk.push(code);
      code = index.byCode.get(code)?.parent ?? null;
    }

    if (code !== null && state.get(code) === ON_WALK) {
      const cycle = [...walk.slice(walk.indexOf(code)), code];
      problems.report(path.child(itemIndexByCode.get(code)!).child('ouder'), 'ouder-cycle', { code, cycle });
    }
    for (const visited of walk) {
      state.set(visited, DONE);
    }
  }
}
