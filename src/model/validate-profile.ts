/**
 * Validation of the profile form: one gebied in one jaar, with its themes, deelthema's and scores
 * together, as a web editor writes it by hand.
 */

import { createDefaultScales } from './defaults.js';
import { JsonPath } from './json-path.js';
import type { ProblemList } from './problem-list.js';
import {
  checkKeys,
  hasKey,
  isObject,
  keySet,
  readArray,
  readJaar,
  readNumber,
  readObject,
  readRequired,
  readString,
  readText,
  type JsonObject,
} from './read.js';
import { slugify } from './strings.js';
import type { Deelthema, Gebied, Monitor, Score, Text, Thema } from './types.js';
import { readGebiedType } from './validate-gebieden.js';
import { indexScale, readScale, type ScaleIndex, type ScaleName } from './validate-scales.js';
import { createNoDataScore, readScore, readScoreFields, SCORE_KEY_LIST, scoreFromValue, type ScoreScales } from './validate-score.js';
import { readValueSpec } from './validate-value-spec.js';
import { MissingKlasseTally } from './validate-results.js';

const PROFILE_KEYS = keySet(['$schema', 'gebied', 'jaar', 'titel', 'bron', 'waarden', 'schalen', 'totaal', 'themas']);
const PROFILE_GEBIED_KEYS = keySet(['naam', 'code', 'type']);
const PROFILE_SCALES_KEYS = keySet(['situatie', 'ontwikkeling']);
const PROFILE_THEMA_KEYS = keySet(['id', 'naam', 'deelthemas'], SCORE_KEY_LIST);
const PROFILE_DEELTHEMA_KEYS = keySet(['id', 'naam', 'omschrijving'], SCORE_KEY_LIST);

/** Type of the gebied when a profile gives none. */
export const DEFAULT_PROFILE_GEBIED_TYPE = 'buurt';

/** Themes and scores read from a profile, with the ids already given or derived. */
interface ProfileThemas {
  themas: Thema[];
  themaScores: Map<string, Score>;
  deelthemaScores: Map<string, Score>;
  missingKlasse: MissingKlasseTally;
}

/**
 * Validates a profile and turns it into a monitor with one gebied and one jaar; returns null when any
 * error was found. Themes and deelthema's without `id` get one made from their naam.
 */
export function validateProfile(input: JsonObject, problems: ProblemList): Monitor | null {
  const root = JsonPath.root;
  checkKeys(input, PROFILE_KEYS, root, problems);

  const gebied = readProfileGebied(input.gebied, root.child('gebied'), problems);
  const jaarValue = readRequired(input, 'jaar', 'integer', root, problems);
  const jaar = jaarValue === undefined ? null : readJaar(jaarValue, root.child('jaar'), problems);
  const title = readText(input.titel, 'titel', false, root.child('titel'), problems);
  const source = readText(input.bron, 'bron', false, root.child('bron'), problems);
  const values = readValueSpec(input.waarden, root.child('waarden'), problems);
  const scales = readProfileScales(input.schalen, root.child('schalen'), problems);
  const totaal = readProfileTotal(input, scales, root.child('totaal'), problems);
  const profileThemas = readProfileThemas(input.themas, scales, root.child('themas'), problems);

  if (problems.hasErrors || gebied === null || jaar === null || profileThemas === null) {
    return null;
  }

  const result = {
    gebied,
    jaar,
    totaal,
    themas: profileThemas.themaScores,
    deelthemas: profileThemas.deelthemaScores,
  };
  return {
    title,
    source,
    values,
    gebieden: [gebied],
    gebiedByCode: new Map([[gebied.code, gebied]]),
    themas: profileThemas.themas,
    scales: { situatie: scales.situatie.scale, ontwikkeling: scales.ontwikkeling.scale },
    jaren: [jaar],
    results: new Map([[jaar, new Map([[gebied.code, result]])]]),
  };
}

/**
 * Reads `gebied`: a naam, or `{ naam, code?, type? }`. Without a code the slug of the naam serves as
 * code; without a type the gebied is a buurt.
 */
function readProfileGebied(value: unknown, path: JsonPath, problems: ProblemList): Gebied | null {
  if (typeof value === 'string') {
    const naam = readString(value, 'gebied', path, problems);
    return naam === null ? null : { code: slugify(naam) || naam, naam, type: DEFAULT_PROFILE_GEBIED_TYPE, parent: null };
  }
  if (!isObject(value)) {
    problems.report(path, 'string-expected', { value });
    return null;
  }
  checkKeys(value, PROFILE_GEBIED_KEYS, path, problems);

  const naam = readString(readRequired(value, 'naam', 'string', path, problems), 'naam', path.child('naam'), problems);
  const code = hasKey(value, 'code') ? readString(value.code, 'code', path.child('code'), problems) : null;
  const type = hasKey(value, 'type') ? readGebiedType(value.type, path.child('type'), problems) : DEFAULT_PROFILE_GEBIED_TYPE;
  if (naam === null || type === null) {
    return null;
  }
  return { code: code ?? (slugify(naam) || naam), naam, type, parent: null };
}

/** Reads `schalen`; each scale that is absent takes the default three classes. */
function readProfileScales(value: unknown, path: JsonPath, problems: ProblemList): ScoreScales {
  const defaults = createDefaultScales();
  const input = value === undefined || value === null ? null : readObject(value, path, problems);
  if (input !== null) {
    checkKeys(input, PROFILE_SCALES_KEYS, path, problems);
  }

  // After an invalid `schalen` the defaults are unchecked stand-ins, so classes are not reported twice.
  const isInvalid = value !== undefined && value !== null && input === null;

  const read = (name: ScaleName): ScaleIndex => {
    if (input === null || input[name] === undefined) {
      return indexScale(name, defaults[name], !isInvalid);
    }
    const scale = readScale(input[name], name, path.child(name), problems);
    return scale === null ? indexScale(name, defaults[name], false) : indexScale(name, scale);
  };
  return { situatie: read('situatie'), ontwikkeling: read('ontwikkeling') };
}

/** Reads `totaal`: a score object, or just a number. */
function readProfileTotal(input: JsonObject, scales: ScoreScales, path: JsonPath, problems: ProblemList): Score {
  if (!hasKey(input, 'totaal')) {
    return createNoDataScore();
  }
  const value = input.totaal;
  if (isObject(value)) {
    return readScore(value, scales, path, problems);
  }
  return scoreFromValue(readNumber(value, path, problems), scales, path, problems);
}

function readProfileThemas(value: unknown, scales: ScoreScales, path: JsonPath, problems: ProblemList): ProfileThemas | null {
  const items = readArray(value, path, problems);
  if (items === null) {
    return null;
  }
  if (items.length === 0) {
    problems.report(path, 'themas-empty', {});
    return null;
  }

  const profile: ProfileThemas = { themas: [], themaScores: new Map(), deelthemaScores: new Map(), missingKlasse: new MissingKlasseTally(scales.situatie) };
  const firstThemaPath = new Map<string, string>();
  const firstDeelthemaPath = new Map<string, string>();

  items.forEach((item, itemIndex) => {
    const itemPath = path.child(itemIndex);
    const input = readObject(item, itemPath, problems);
    if (input === null) {
      return;
    }

    const naam = readText(readRequired(input, 'naam', 'text', itemPath, problems), 'naam', true, itemPath.child('naam'), problems);
    const identity = readId(input, naam, `thema-${itemIndex + 1}`, itemPath, problems);
    const score = readScoreFields(input, scales, itemPath, problems, PROFILE_THEMA_KEYS);
    profile.missingKlasse.check(score.value, input, () => itemPath);

    const themaIndex = profile.themas.length;
    const deelthemas = readProfileDeelthemas(input, identity?.id ?? '', naam, themaIndex, scales, itemPath, problems, profile, firstDeelthemaPath);

    if (identity === null || naam === null || deelthemas === null) {
      return;
    }
    if (firstThemaPath.has(identity.id)) {
      problems.report(identity.path, 'thema-duplicate', { id: identity.id, firstPath: firstThemaPath.get(identity.id)! });
      return;
    }
    firstThemaPath.set(identity.id, identity.path.toString());
    profile.themas.push({ id: identity.id, label: naam, deelthemas });
    profile.themaScores.set(identity.id, score);
  });
  profile.missingKlasse.report(problems);
  return profile;
}

function readProfileDeelthemas(
  thema: JsonObject,
  themaId: string,
  themaNaam: Text | null,
  themaIndex: number,
  scales: ScoreScales,
  themaPath: JsonPath,
  problems: ProblemList,
  profile: ProfileThemas,
  firstPath: Map<string, string>,
): Deelthema[] | null {
  const path = themaPath.child('deelthemas');
  const value = readRequired(thema, 'deelthemas', 'array', themaPath, problems);
  if (value === undefined) {
    return null;
  }
  const items = readArray(value, path, problems);
  if (items === null) {
    return null;
  }
  if (items.length === 0) {
    problems.report(path, 'deelthemas-empty', { thema: themaNaam?.nl ?? themaId });
    return null;
  }

  const deelthemas: Deelthema[] = [];
  const idsInThema = new Set<string>();
  items.forEach((item, itemIndex) => {
    const itemPath = path.child(itemIndex);
    const input = readObject(item, itemPath, problems);
    if (input === null) {
      return;
    }

    const naam = readText(readRequired(input, 'naam', 'text', itemPath, problems), 'naam', true, itemPath.child('naam'), problems);
    const description = readText(input.omschrijving, 'omschrijving', false, itemPath.child('omschrijving'), problems);
    const identity = readId(input, naam, `${themaId}-${itemIndex + 1}`, itemPath, problems);
    const score = readScoreFields(input, scales, itemPath, problems, PROFILE_DEELTHEMA_KEYS);
    profile.missingKlasse.check(score.value, input, () => itemPath);
    if (identity === null || naam === null) {
      return;
    }

    // Two themes may each have a deelthema of the same name, such as "Overlast"; a derived id then
    // gets the thema id in front. The same name twice within one thema stays a duplicate.
    let id = identity.id;
    if (identity.derived && firstPath.has(id) && !idsInThema.has(id)) {
      id = `${themaId}-${id}`;
    }
    if (firstPath.has(id)) {
      problems.report(identity.path, 'deelthema-duplicate', { id, firstPath: firstPath.get(id)! });
      return;
    }
    firstPath.set(id, identity.path.toString());
    idsInThema.add(id);
    deelthemas.push({ id, label: naam, description, themaIndex });
    profile.deelthemaScores.set(id, score);
  });
  return deelthemas;
}

/**
 * Reads `id`, or derives it from the naam when absent. `path` is where a duplicate is reported: the
 * id when given, else the naam it came from.
 */
function readId(
  input: JsonObject,
  naam: Text | null,
  fallback: string,
  itemPath: JsonPath,
  problems: ProblemList,
): { id: string; derived: boolean; path: JsonPath } | null {
  if (hasKey(input, 'id')) {
    const id = readString(input.id, 'id', itemPath.child('id'), problems);
    return id === null ? null : { id, derived: false, path: itemPath.child('id') };
  }
  if (naam === null) {
    return null;
  }
  return { id: slugify(naam.nl) || fallback, derived: true, path: itemPath.child('naam') };
}
