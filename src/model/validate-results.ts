/**
 * The `resultaten` of a monitor: one score set per gebied and jaar.
 *
 * Every look-up is a Map or Set access, so reading takes time linear in the size of the data. A
 * monitor of 15,000 gebieden over two jaren is read in one pass.
 */

import type { JsonPath } from './json-path.js';
import type { ProblemList } from './problem-list.js';
import { checkKeys, hasKey, keySet, readArray, readJaar, readObject, readRequired, readString, type JsonObject } from './read.js';
import { closestMatch } from './strings.js';
import type { GebiedResult, Score, Thema } from './types.js';
import { hintFor, type GebiedenIndex } from './validate-gebieden.js';
import { createNoDataScore, readScore, type ScoreScales } from './validate-score.js';
import type { ThemaIndex } from './validate-themas.js';

const RESULT_KEYS = keySet(['gebied', 'jaar', 'totaal', 'themas', 'deelthemas']);

export interface ResultContext {
  gebieden: GebiedenIndex;
  themas: ThemaIndex;
  scales: ScoreScales;
}

export interface ResultsIndex {
  /** Ascending. */
  jaren: number[];
  results: Map<number, Map<string, GebiedResult>>;
}

/** Reads `resultaten`, filling every thema and deelthema that a result leaves out with a no-data score. */
export function readResults(value: unknown, path: JsonPath, problems: ProblemList, context: ResultContext): ResultsIndex {
  const results = new Map<number, Map<string, GebiedResult>>();
  const items = value === undefined ? null : readArray(value, path, problems);
  if (items === null) {
    return { jaren: [], results };
  }
  if (items.length === 0) {
    problems.report(path, 'resultaten-empty', {});
  }

  const themaIdList = [...context.themas.themaIds];
  const deelthemaIdList = [...context.themas.deelthemaIds];
  // Index in `resultaten` of the first result per jaar and gebied, for the duplicate message.
  const firstIndex = new Map<number, Map<string, number>>();

  items.forEach((item, itemIndex) => {
    const itemPath = path.child(itemIndex);
    const input = readObject(item, itemPath, problems);
    if (input === null) {
      return;
    }
    checkKeys(input, RESULT_KEYS, itemPath, problems);

    const code = readString(readRequired(input, 'gebied', 'string', itemPath, problems), 'gebied', itemPath.child('gebied'), problems);
    const jaarValue = readRequired(input, 'jaar', 'integer', itemPath, problems);
    const jaar = jaarValue === undefined ? null : readJaar(jaarValue, itemPath.child('jaar'), problems);

    const totaal = hasKey(input, 'totaal') ? readScore(input.totaal, context.scales, itemPath.child('totaal'), problems) : createNoDataScore();
    const themaScores = readScoreMap(input, 'themas', context, context.themas.themaIds, themaIdList, itemPath, problems);
    const deelthemaScores = readScoreMap(input, 'deelthemas', context, context.themas.deelthemaIds, deelthemaIdList, itemPath, problems);

    if (code === null || jaar === null) {
      return;
    }
    const gebied = context.gebieden.byCode.get(code);
    if (gebied === undefined) {
      if (context.gebieden.checked && !context.gebieden.knownCodes.has(code)) {
        problems.report(itemPath.child('gebied'), 'result-gebied-unknown', { code, suggestion: hintFor(context.gebieden, code) });
      }
      return;
    }

    let jaarFirstIndex = firstIndex.get(jaar);
    if (jaarFirstIndex === undefined) {
      jaarFirstIndex = new Map();
      firstIndex.set(jaar, jaarFirstIndex);
      results.set(jaar, new Map());
    }
    const earlier = jaarFirstIndex.get(code);
    if (earlier !== undefined) {
      problems.report(itemPath.child('gebied'), 'result-duplicate', {
        code,
        jaar,
        firstPath: path.child(earlier).toString(),
      });
      return;
    }
    jaarFirstIndex.set(code, itemIndex);

    results.get(jaar)!.set(code, {
      gebied,
      jaar,
      totaal,
      themas: completeThemaScores(context.themas.themas, themaScores),
      deelthemas: completeDeelthemaScores(context.themas.themas, deelthemaScores),
    });
  });

  const jaren = [...results.keys()].sort((a, b) => a - b);
  return { jaren, results };
}

/** Reads `themas` or `deelthemas` of a result: an object of scores keyed by id. */
function readScoreMap(
  input: JsonObject,
  key: 'themas' | 'deelthemas',
  context: ResultContext,
  knownIds: ReadonlySet<string>,
  knownIdList: readonly string[],
  resultPath: JsonPath,
  problems: ProblemList,
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
  for (const [id, value] of Object.entries(object)) {
    const scorePath = path.child(id);
    if (context.themas.checked && !knownIds.has(id)) {
      problems.report(scorePath, code, () => ({ id, suggestion: closestMatch(id, knownIdList), ids: knownIdList }));
    }
    scores.set(id, readScore(value, context.scales, scorePath, problems));
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
