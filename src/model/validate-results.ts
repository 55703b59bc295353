/**
 * The `resultaten` of a monitor: one score set per gebied and jaar.
 *
 * Every look-up is a Map or Set access, so reading takes time linear in the size of the data. A
 * monitor of 15,000 gebieden over two jaren is read in one pass.
 */

import { JsonPath } from './json-path.js';
import { ProblemList } from './problem-list.js';
import {
  checkKeys,
  hasKey,
  isObject,
  keySet,
  MAX_JAAR,
  MIN_JAAR,
  readArray,
  readJaar,
  readObject,
  readRequired,
  readString,
  type JsonObject,
} from './read.js';
import { ResultMap, type BuildResult } from './result-map.js';
import { closestMatch } from './strings.js';
import type { Gebied, GebiedResult, Score, Thema } from './types.js';
import { hintFor, isKnownCode, type GebiedenIndex } from './validate-gebieden.js';
import { createNoDataScore, isCleanScore, readScore, type ScoreScales } from './validate-score.js';
import type { ScaleIndex } from './validate-scales.js';
import type { ThemaIndex } from './validate-themas.js';

const RESULT_KEYS = keySet(['gebied', 'jaar', 'totaal', 'themas', 'deelthemas']);

export interface ResultContext {
  gebieden: GebiedenIndex;
  themas: ThemaIndex;
  scales: ScoreScales;
}

/** The part of the result context that reading scores uses. */
type ScoreContext = Pick<ResultContext, 'themas' | 'scales'>;

/**
 * Counts thema and deelthema scores that have a value but no `klasse`, while the situatie scale has no
 * `vanaf` bounds to derive one. The chart draws such a score as no data, so `report` adds one warning
 * with the count and the first path instead of one per score.
 */
export class MissingKlasseTally {
  /**
   * Whether a score can lack a class unnoticed. With bounds, every value gets a class or a warning of
   * its own, and after an invalid scale its error already explains the missing classes.
   */
  readonly active: boolean;
  private count = 0;
  private firstPath: JsonPath = JsonPath.root;

  constructor(scale: ScaleIndex) {
    this.active = !scale.hasBounds && scale.checked;
  }

  /**
   * Counts a score when its value is a number and its raw `klasse` is absent, null or blank. A
   * `klasse` that is not a string is reported by the score reader, so it does not count.
   */
  check(value: unknown, input: JsonObject, path: () => JsonPath): void {
    const klasse = input.klasse;
    if (this.active && typeof value === 'number' && (klasse == null || (typeof klasse === 'string' && klasse.trim() === ''))) {
      if (this.count++ === 0) {
        this.firstPath = path();
      }
    }
  }

  report(problems: ProblemList): void {
    if (this.count > 0) {
      problems.report(this.firstPath, 'klasse-missing', { count: this.count, firstPath: this.firstPath.toString() });
    }
  }
}

export interface ResultsIndex {
  /** Ascending. */
  jaren: number[];
  results: Map<number, ResultMap>;
}

/**
 * Reads `resultaten`, filling every thema and deelthema that a result leaves out with a no-data score.
 *
 * Each result is first checked by `isCleanResult`, which allocates nothing. A clean result is kept as
 * written and built when a caller reads it (see `ResultMap`). Any other result goes through the full
 * readers, which report its problems with their JSON paths, so the problems are the same either way.
 */
export function readResults(value: unknown, path: JsonPath, problems: ProblemList, context: ResultContext): ResultsIndex {
  const results = new Map<number, ResultMap>();
  const items = value === undefined ? null : readArray(value, path, problems);
  if (items === null) {
    return { jaren: [], results };
  }
  if (items.length === 0) {
    problems.report(path, 'resultaten-empty', {});
  }

  const lists: ScoreIdLists = { themaIds: [...context.themas.themaIds], deelthemaIds: [...context.themas.deelthemaIds] };
  // The builder keeps only what building needs, so that the raw `gebieden` and their hints can go.
  const scoreContext: ScoreContext = { themas: context.themas, scales: context.scales };
  const byCode = context.gebieden.byCode;
  const build: BuildResult = (input) => buildResult(input, byCode, scoreContext, lists);
  const missingKlasse = new MissingKlasseTally(context.scales.situatie);

  for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
    const item = items[itemIndex];
    let code: string;
    let jaar: number;
    let scores: Scores | null = null;

    if (isCleanResult(item, context)) {
      code = item.gebied as string;
      jaar = item.jaar as number;
      if (missingKlasse.active) {
        countCleanMissingKlasse(item, path.child(itemIndex), missingKlasse);
      }
    } else {
      const read = readResult(item, path.child(itemIndex), problems, context, lists, missingKlasse);
      if (read === null) {
        continue;
      }
      ({ code, jaar, scores } = read);
    }

    const gebied = context.gebieden.byCode.get(code);
    if (gebied === undefined) {
      if (context.gebieden.checked && context.gebieden.allCodesRead && !isKnownCode(context.gebieden, code)) {
        problems.report(path.child(itemIndex).child('gebied'), 'result-gebied-unknown', {
          code,
          suggestion: hintFor(context.gebieden, code),
        });
      }
      continue;
    }

    let jaarResults = results.get(jaar);
    if (jaarResults === undefined) {
      jaarResults = new ResultMap(build);
      results.set(jaar, jaarResults);
    }
    if (jaarResults.has(code)) {
      // The first result is looked up again only for a problem that is shown, which keeps the
      // validator from holding an index of every result.
      const duplicate = { code, jaar };
      problems.report(path.child(itemIndex).child('gebied'), 'result-duplicate', () => ({
        ...duplicate,
        firstPath: path.child(firstResultIndex(items, duplicate.code, duplicate.jaar)).toString(),
      }));
      continue;
    }

    if (scores === null) {
      jaarResults.addPending(code, item as JsonObject);
    } else {
      jaarResults.addBuilt(code, { gebied, jaar, ...scores });
    }
  }

  missingKlasse.report(problems);
  const jaren = [...results.keys()].sort((a, b) => a - b);
  return { jaren, results };
}

/**
 * Counts the thema and deelthema scores without class of a result that `isCleanResult` accepted, so
 * every `waarde` is a number or null and every score an object.
 */
function countCleanMissingKlasse(item: JsonObject, itemPath: JsonPath, tally: MissingKlasseTally): void {
  for (const key of ['themas', 'deelthemas'] as const) {
    const scores = item[key];
    if (!isObject(scores)) {
      continue;
    }
    for (const id in scores) {
      const score = scores[id] as JsonObject;
      tally.check(score.waarde, score, () => itemPath.child(key).child(id));
    }
  }
}

type Scores = Pick<GebiedResult, 'totaal' | 'themas' | 'deelthemas'>;

/**
 * Returns the index of the first result for a gebied code and jaar. That is the result that was kept:
 * every item with this own code and jaar names a known gebied and a valid jaar, so only later ones
 * are duplicates.
 */
function firstResultIndex(items: readonly unknown[], code: string, jaar: number): number {
  return items.findIndex((item) => isObject(item) && hasKey(item, 'gebied') && item.gebied === code && hasKey(item, 'jaar') && item.jaar === jaar);
}

/** The known thema and deelthema ids as lists, for "did you mean" hints. */
interface ScoreIdLists {
  themaIds: readonly string[];
  deelthemaIds: readonly string[];
}

/**
 * Checks, without building anything, that reading the result would report no problem of its own: only
 * known keys, a code, a valid jaar and clean scores under known ids. Whether the gebied exists and
 * whether the result repeats another is checked afterwards for every result.
 */
function isCleanResult(item: unknown, context: ResultContext): item is JsonObject {
  if (!isObject(item)) {
    return false;
  }
  // The cases are the keys of RESULT_KEYS. Only own keys count, as for `readRequired`.
  const { scales, themas } = context;
  let code: unknown = undefined;
  let jaar: unknown = undefined;
  for (const key in item) {
    if (!hasKey(item, key)) {
      return false;
    }
    switch (key) {
      case 'gebied':
        code = item.gebied;
        continue;
      case 'jaar':
        jaar = item.jaar;
        continue;
      case 'totaal':
        if (!isCleanScore(item.totaal, scales)) {
          return false;
        }
        continue;
      case 'themas':
        if (!isCleanScoreMap(item.themas, themas.themaIds, scales)) {
          return false;
        }
        continue;
      case 'deelthemas':
        if (!isCleanScoreMap(item.deelthemas, themas.deelthemaIds, scales)) {
          return false;
        }
        continue;
      default:
        return false;
    }
  }

  return (
    typeof code === 'string' &&
    code.trim() !== '' &&
    typeof jaar === 'number' &&
    Number.isInteger(jaar) &&
    jaar >= MIN_JAAR &&
    jaar <= MAX_JAAR
  );
}

function isCleanScoreMap(value: unknown, knownIds: ReadonlySet<string>, scales: ScoreScales): boolean {
  if (!isObject(value)) {
    return false;
  }
  for (const id in value) {
    if (!knownIds.has(id) || !isCleanScore(value[id], scales)) {
      return false;
    }
  }
  return true;
}

/**
 * Reads one result with the full readers, reporting each problem at its path. Returns null when the
 * item is not an object or its gebied code or jaar is unusable.
 */
function readResult(
  item: unknown,
  itemPath: JsonPath,
  problems: ProblemList,
  context: ResultContext,
  lists: ScoreIdLists,
  missingKlasse: MissingKlasseTally,
): { code: string; jaar: number; scores: Scores } | null {
  const input = readObject(item, itemPath, problems);
  if (input === null) {
    return null;
  }
  checkKeys(input, RESULT_KEYS, itemPath, problems);

  const code = readString(readRequired(input, 'gebied', 'string', itemPath, problems), 'gebied', itemPath.child('gebied'), problems);
  const jaarValue = readRequired(input, 'jaar', 'integer', itemPath, problems);
  const jaar = jaarValue === undefined ? null : readJaar(jaarValue, itemPath.child('jaar'), problems);
  const scores = readScores(input, itemPath, problems, context, lists, missingKlasse);

  if (code === null || jaar === null) {
    return null;
  }
  return { code, jaar, scores };
}

/** Builds a result that `isCleanResult` accepted. Its readers report nothing, so their problem list is dropped. */
function buildResult(input: JsonObject, byCode: ReadonlyMap<string, Gebied>, context: ScoreContext, lists: ScoreIdLists): GebiedResult {
  const problems = new ProblemList();
  const code = input.gebied as string;
  const jaar = input.jaar as number;
  const gebied = byCode.get(code)!;
  return { gebied, jaar, ...readScores(input, JsonPath.root, problems, context, lists) };
}

/** Reads `totaal`, `themas` and `deelthemas` of a result, complete with no-data scores. */
function readScores(
  input: JsonObject,
  itemPath: JsonPath,
  problems: ProblemList,
  context: ScoreContext,
  lists: ScoreIdLists,
  missingKlasse: MissingKlasseTally | null = null,
): Scores {
  const totaal = hasKey(input, 'totaal') ? readScore(input.totaal, context.scales, itemPath.child('totaal'), problems) : createNoDataScore();
  const themaScores = readScoreMap(input, 'themas', context, context.themas.themaIds, lists.themaIds, itemPath, problems, missingKlasse);
  const deelthemaScores = readScoreMap(input, 'deelthemas', context, context.themas.deelthemaIds, lists.deelthemaIds, itemPath, problems, missingKlasse);
  return {
    totaal,
    themas: completeThemaScores(context.themas.themas, themaScores),
    deelthemas: completeDeelthemaScores(context.themas.themas, deelthemaScores),
  };
}

/** Reads `themas` or `deelthemas` of a result: an object of scores keyed by id. */
function readScoreMap(
  input: JsonObject,
  key: 'themas' | 'deelthemas',
  context: ScoreContext,
  knownIds: ReadonlySet<string>,
  knownIdList: readonly string[],
  resultPath: JsonPath,
  problems: ProblemList,
  missingKlasse: MissingKlasseTally | null,
): Map<string, Score> {
  const scores = new Map<string, Score>();
  if (!hasKey(input, key)) {
    return scores;
  }
  const path = resultPath.child(key);
  const object = readObject(input[key], path, problems);
  if (object === null) {
    return scores;
  }

  const code = key === 'themas' ? 'thema-unknown' : 'deelthema-unknown';
  const allIdsRead = key === 'themas' ? context.themas.allThemaIdsRead : context.themas.allDeelthemaIdsRead;
  for (const [id, value] of Object.entries(object)) {
    const scorePath = path.child(id);
    if (context.themas.checked && allIdsRead && !knownIds.has(id)) {
      problems.report(scorePath, code, () => ({ id, suggestion: closestMatch(id, knownIdList), ids: knownIdList }));
    }
    const score = readScore(value, context.scales, scorePath, problems);
    if (missingKlasse !== null && isObject(value)) {
      missingKlasse.check(score.value, value, () => scorePath);
    }
    scores.set(id, score);
  }
  return scores;
}

function completeThemaScores(themas: readonly Thema[], given: Map<string, Score>): Map<string, Score> {
  const complete = new Map<string, Score>();
  for (const thema of themas) {
    complete.set(thema.id, given.get(thema.id) ?? createNoDataScore());
  }
  return complete;
}

function completeDeelthemaScores(themas: readonly Thema[], given: Map<string, Score>): Map<string, Score> {
  const complete = new Map<string, Score>();
  for (const thema of themas) {
    for (const deelthema of thema.deelthemas) {
      complete.set(deelthema.id, given.get(deelthema.id) ?? createNoDataScore());
    }
  }
  return complete;
}
