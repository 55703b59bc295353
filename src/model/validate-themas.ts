/**
 * The `themas` of a monitor, each with its deelthema's.
 */

import type { JsonPath } from './json-path.js';
import type { ProblemList } from './problem-list.js';
import { checkKeys, keySet, readArray, readObject, readRequired, readString, readText } from './read.js';
import type { Deelthema, Thema } from './types.js';

const THEMA_KEYS = keySet(['id', 'label', 'deelthemas']);
const DEELTHEMA_KEYS = keySet(['id', 'label', 'omschrijving']);

export interface ThemaIndex {
  themas: Thema[];
  /** Every thema id read, also of themes with other problems. */
  themaIds: Set<string>;
  /** Every deelthema id read, also of deelthema's with other problems. */
  deelthemaIds: Set<string>;
  /** False when `themas` itself was unusable; references to themes are then not checked. */
  checked: boolean;
  /**
   * False when a thema has no usable id, or a deelthema's id cannot be read. A result that names
   * such a thema or deelthema is then not reported as unknown, because the id it uses may be the
   * one that is missing here.
   */
  allThemaIdsRead: boolean;
  allDeelthemaIdsRead: boolean;
}

/** Reads the `themas` of a monitor and checks that ids are unique and no thema is empty. */
export function readThemas(value: unknown, path: JsonPath, problems: ProblemList): ThemaIndex {
  const index: ThemaIndex = {
    themas: [],
    themaIds: new Set(),
    deelthemaIds: new Set(),
    checked: false,
    allThemaIdsRead: true,
    allDeelthemaIdsRead: true,
  };
  if (value === undefined) {
    return index;
  }
  const items = readArray(value, path, problems);
  if (items === null) {
    return index;
  }
  index.checked = true;
  if (items.length === 0) {
    problems.report(path, 'themas-empty', {});
    return index;
  }

  const firstThemaPath = new Map<string, string>();
  const firstDeelthemaPath = new Map<string, string>();
  items.forEach((item, itemIndex) => {
    const itemPath = path.child(itemIndex);
    const input = readObject(item, itemPath, problems);
    if (input === null) {
      index.allThemaIdsRead = false;
      index.allDeelthemaIdsRead = false;
      return;
    }
    checkKeys(input, THEMA_KEYS, itemPath, problems);

    const idPath = itemPath.child('id');
    const id = readString(readRequired(input, 'id', 'string', itemPath, problems), 'id', idPath, problems);
    const label = readText(readRequired(input, 'label', 'text', itemPath, problems), 'label', true, itemPath.child('label'), problems);

    let isDuplicate = false;
    if (id === null) {
      index.allThemaIdsRead = false;
    } else {
      index.themaIds.add(id);
      isDuplicate = firstThemaPath.has(id);
      if (isDuplicate) {
        problems.report(idPath, 'thema-duplicate', { id, firstPath: firstThemaPath.get(id)! });
      } else {
        firstThemaPath.set(id, idPath.toString());
      }
    }

    // The deelthema's of a duplicate thema are still read, so that their own problems are reported.
    const themaIndex = index.themas.length;
    const deelthemas = readDeelthemas(input, themaIndex, label?.nl ?? id ?? '', itemPath, problems, index, firstDeelthemaPath);
    if (id !== null && !isDuplicate && label !== null && deelthemas !== null) {
      index.themas.push({ id, label, deelthemas });
    }
  });
  return index;
}

function readDeelthemas(
  thema: Record<string, unknown>,
  themaIndex: number,
  themaName: string,
  themaPath: JsonPath,
  problems: ProblemList,
  index: ThemaIndex,
  firstPath: Map<string, string>,
): Deelthema[] | null {
  const path = themaPath.child('deelthemas');
  // Without a usable list, the deelthema ids that results use for this thema are unknown.
  const value = readRequired(thema, 'deelthemas', 'array', themaPath, problems);
  if (value === undefined) {
    index.allDeelthemaIdsRead = false;
    return null;
  }
  const items = readArray(value, path, problems);
  if (items === null) {
    index.allDeelthemaIdsRead = false;
    return null;
  }
  if (items.length === 0) {
    index.allDeelthemaIdsRead = false;
    problems.report(path, 'deelthemas-empty', { thema: themaName });
    return null;
  }

  const deelthemas: Deelthema[] = [];
  items.forEach((item, itemIndex) => {
    const itemPath = path.child(itemIndex);
    const input = readObject(item, itemPath, problems);
    if (input === null) {
      index.allDeelthemaIdsRead = false;
      return;
    }
    checkKeys(input, DEELTHEMA_KEYS, itemPath, problems);

    const idPath = itemPath.child('id');
    const id = readString(readRequired(input, 'id', 'string', itemPath, problems), 'id', idPath, problems);
    const label = readText(readRequired(input, 'label', 'text', itemPath, problems), 'label', true, itemPath.child('label'), problems);
    const description = readText(input.omschrijving, 'omschrijving', false, itemPath.child('omschrijving'), problems);

    if (id === null) {
      index.allDeelthemaIdsRead = false;
      return;
    }
    index.deelthemaIds.add(id);
    if (firstPath.has(id)) {
      problems.report(idPath, 'deelthema-duplicate', { id, firstPath: firstPath.get(id)! });
      return;
    }
    firstPath.set(id, idPath.toString());

    if (label !== null) {
      deelthemas.push({ id, label, description, themaIndex });
    }
  });
  return deelthemas;
}
