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
   * Every code read, also of gebieden with other problems, so that a reference to such a gebied does
   * not raise a second problem.
   */
  knownCodes: Set<string>;
  /**
   * Codes and names, each followed by the code it belongs to, in the order read. `hintFor` turns them
   * into a look-up only when a problem needs a hint, because normalising every name is costly.
   */
  hintTexts: string[];
  /** Look-up from a normalised code or naam to the code it belongs to, built by the first `hintFor`. */
  hints: Map<string, string> | null;
  /** False when `gebieden` itself was unusable; references to gebieden are then not checked. */
  checked: boolean;
}

/** Reads `gebieden` and checks codes, parents and cycles. */
export function readGebieden(value: unknown, path: JsonPath, problems: ProblemList): GebiedenIndex {
  const index: GebiedenIndex = {
    gebieden: [],
    byCode: new Map(),
    knownCodes: new Set(),
    hintTexts: [],
    hints: null,
    checked: false,
  };
  if (value === undefined) {
    return index;
  }
  const items = readArray(value, path, problems);
  if (items === null) {
    return index;
  }
  index.checked = true;

  // Index in `gebieden` of the first item with each code, for paths in later problems.
  const itemIndexByCode = new Map<string, number>();
  for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
    const item = items[itemIndex];
    let gebied = readCleanGebied(item);
    if (gebied !== null) {
      addKnownCode(index, gebied.code, gebied.naam);
    } else {
      gebied = readGebied(item, path.child(itemIndex), problems, index);
    }
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

/** Records a code that references may use, also of a gebied with other problems, and its hints. */
function addKnownCode(index: GebiedenIndex, code: string, naam: string | null): void {
  index.knownCodes.add(code);
  index.hintTexts.push(code, code);
  if (naam !== null) {
    index.hintTexts.push(naam, code);
  }
}

/** Reads one gebied; its code joins `knownCodes` even when another field is invalid. */
function readGebied(value: unknown, path: JsonPath, problems: ProblemList, index: GebiedenIndex): Gebied | null {
  const input = readObject(value, path, problems);
  if (input === null) {
    return null;
  }
  checkKeys(input, GEBIED_KEYS, path, problems);

  const code = readString(readRequired(input, 'code', 'string', path, problems), 'code', path.child('code'), problems);
  const naam = readString(readRequired(input, 'naam', 'string', path, problems), 'naam', path.child('naam'), problems);
  const type = readGebiedType(readRequired(input, 'type', 'string', path, problems), path.child('type'), problems);
  const parent = readOptionalString(input.ouder, path.child('ouder'), problems);

  if (code !== null) {
    addKnownCode(index, code, naam);
  }

  if (code === null || naam === null || type === null) {
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
  if (index.hints === null) {
    index.hints = new Map();
    for (let i = 0; i < index.hintTexts.length; i += 2) {
      const key = normalizeName(index.hintTexts[i]);
      // The first gebied with a code or naam keeps it.
      if (!index.hints.has(key)) {
        index.hints.set(key, index.hintTexts[i + 1]);
      }
    }
  }
  return index.hints.get(normalizeName(reference)) ?? null;
}

function checkParents(index: GebiedenIndex, itemIndexByCode: Map<string, number>, path: JsonPath, problems: ProblemList): void {
  for (const gebied of index.gebieden) {
    if (gebied.parent === null || index.knownCodes.has(gebied.parent)) {
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
