/**
 * Validation of the monitor form (`"formaat": "wijkmonitor/1"`): every gebied, thema, scale and result
 * of one municipality.
 */

import { createDefaultScales } from './defaults.js';
import { JsonPath } from './json-path.js';
import type { ProblemList } from './problem-list.js';
import { checkKeys, keySet, readObject, readRequired, readText, type JsonObject } from './read.js';
import type { Monitor } from './types.js';
import { readGebieden } from './validate-gebieden.js';
import { readResults } from './validate-results.js';
import { indexScale, readScale, type ScaleIndex, type ScaleName } from './validate-scales.js';
import type { ScoreScales } from './validate-score.js';
import { readThemas } from './validate-themas.js';
import { readValueSpec } from './validate-value-spec.js';

export const MONITOR_FORMAAT = 'wijkmonitor/1';

const MONITOR_KEYS = keySet(['$schema', 'formaat', 'titel', 'bron', 'waarden', 'gebieden', 'themas', 'schalen', 'resultaten']);
const SCALES_KEYS = keySet(['situatie', 'ontwikkeling']);

/** Validates a monitor whose `formaat` the caller has checked; returns null when any error was found. */
export function validateMonitor(input: JsonObject, problems: ProblemList): Monitor | null {
  const root = JsonPath.root;
  checkKeys(input, MONITOR_KEYS, root, problems);

  const title = readText(input.titel, 'titel', false, root.child('titel'), problems);
  const source = readText(input.bron, 'bron', false, root.child('bron'), problems);
  const values = readValueSpec(input.waarden, root.child('waarden'), problems);

  const gebieden = readGebieden(readRequired(input, 'gebieden', 'array', root, problems), root.child('gebieden'), problems);
  const themas = readThemas(readRequired(input, 'themas', 'array', root, problems), root.child('themas'), problems);
  const scales = readMonitorScales(readRequired(input, 'schalen', 'object', root, problems), root.child('schalen'), problems);
  const { jaren, results } = readResults(
    readRequired(input, 'resultaten', 'array', root, problems),
    root.child('resultaten'),
    problems,
    { gebieden, themas, scales },
  );

  if (problems.hasErrors) {
    return null;
  }
  return {
    title,
    source,
    values,
    gebieden: gebieden.gebieden,
    gebiedByCode: gebieden.byCode,
    themas: themas.themas,
    scales: { situatie: scales.situatie.scale, ontwikkeling: scales.ontwikkeling.scale },
    jaren,
    results,
  };
}

/**
 * Reads `schalen`, where a monitor must give both scales. A missing or invalid scale is replaced by an
 * unchecked stand-in, so that the scores are still read for their other problems.
 */
function readMonitorScales(value: unknown, path: JsonPath, problems: ProblemList): ScoreScales {
  const defaults = createDefaultScales();
  const input = value === undefined ? null : readObject(value, path, problems);
  if (input !== null) {
    checkKeys(input, SCALES_KEYS, path, problems);
  }

  const read = (name: ScaleName): ScaleIndex => {
    if (input === null) {
      return indexScale(name, defaults[name], false);
    }
    const scaleValue = readRequired(input, name, 'object', path, problems);
    const scale = scaleValue === undefined ? null : readScale(scaleValue, name, path.child(name), problems);
    return scale === null ? indexScale(name, defaults[name], false) : indexScale(name, scale);
  };
  return { situatie: read('situatie'), ontwikkeling: read('ontwikkeling') };
}
